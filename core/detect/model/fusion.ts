/**
 * How the rules and the learned classifier decide together. The same
 * function runs in the shipped detector and in training's cross-validation,
 * so the fusion chosen there is exactly the one that runs on the page.
 */
import type { RawMatch } from '../engine.ts';
import type { VagueKind } from '../types.ts';

/**
 * rules: the rules alone. model: the classifier alone (its sentence spans).
 * or: a rule match, or a sentence the model scores at least `threshold`.
 * or-veto: as "or", but a model-only sentence is dropped when the message
 * names a concrete time anywhere (the rules' time guard vetoes the model).
 * In every mode but "rules", a rule match is dropped when the model scores
 * each sentence it touches below `ruleFloor` (0 keeps every rule match;
 * ruleFloor = threshold lets the model decide while the rules keep their spans).
 * With `modelKind`, a kept rule match takes the kind the model gives its
 * sentence when the model is sure of it (odds outside 0.3–0.7).
 * With `guards`, the rules' guards (negation, reported speech, the past, a
 * third party, a sign-off, quotes) veto a model-only sentence.
 * A model-only sentence needs two words at least ("com" of an address is no wish).
 */
export type FusionMode = 'rules' | 'model' | 'or' | 'or-veto';

export interface FusionParams {
  mode: FusionMode;
  threshold: number;
  ruleFloor: number;
  modelKind?: boolean;
  guards?: boolean;
  /**
   * A model-only span starts at the first clause of its sentence that the model scores at least this
   * ("lol ok so I was thinking, we should go bowling sometime" → "we should go bowling sometime");
   * when none does, at the clause it scores highest. Undefined: the whole sentence.
   */
  clauseStart?: number;
  /**
   * With clauseStart: the guards are read from the chosen clause to the sentence's end, not over the
   * whole sentence ("my sister is getting married, but we should go bowling sometime" is no third party's wish).
   */
  clauseGuards?: boolean;
  /**
   * A guard on negation, the past or a sign-off vetoes only a model-only sentence scored below this
   * ("we should go fishing again sometime like we used to" is no past event); a firm guard (a third
   * party, reported speech, quotes) always vetoes. Undefined: every guard vetoes.
   */
  guardOverride?: number;
}

export interface ScoredUnit {
  start: number;
  end: number;
  spanStart: number;
  /** Probability that the sentence carries an open wish. */
  wish: number;
  /** Probability that such a wish is a business one. */
  business: number;
  timeInMessage: boolean;
  guarded: boolean;
  /** The guard is a third party, reported speech or quotes: guardOverride never lifts it. */
  firmGuard?: boolean;
  wordCount: number;
  /** The sentence's clauses, when it has two or more: where a span from each would start, and its wish score. */
  clauses?: ReadonlyArray<ScoredClause>;
}

export interface ScoredClause {
  start: number;
  wish: number;
  guarded: boolean;
}

export const RULES_ONLY: FusionParams = { mode: 'rules', threshold: 1, ruleFloor: 0 };

/**
 * `ownRules`, when given, are the matches of the model's own language's rules: a rule match that
 * overlaps none of them came from another language's rules (the English fallback on a German page),
 * which this model cannot judge, so it stays as the rules made it.
 */
/** Where a model-only span starts in this sentence under a clause threshold (see FusionParams.clauseStart). */
export function clauseStartOf(unit: ScoredUnit, threshold: number): number {
  return chosenClause(unit, threshold)?.start ?? unit.spanStart;
}

function chosenClause(unit: ScoredUnit, threshold: number): ScoredClause | undefined {
  const clauses = unit.clauses;
  if (!clauses || clauses.length === 0) return undefined;
  let best = clauses[0] as ScoredClause;
  for (const clause of clauses) {
    if (clause.wish >= threshold) return clause;
    if (clause.wish > best.wish) best = clause;
  }
  return best;
}

export function fuse(rules: readonly RawMatch[], units: readonly ScoredUnit[], params: FusionParams, ownRules?: readonly RawMatch[]): RawMatch[] {
  if (params.mode === 'rules' || units.length === 0) return rules.slice();
  const kept: RawMatch[] = [];
  if (params.mode !== 'model') {
    for (const match of rules) {
      let best: ScoredUnit | undefined;
      for (const unit of units) if (unit.start < match.end && unit.end > match.start && (!best || unit.wish > best.wish)) best = unit;
      if (ownRules && !ownRules.some((own) => own.start < match.end && own.end > match.start)) {
        kept.push(match);
        continue;
      }
      // A rule match outside every scored sentence (the text was too long to score) stays as the rules made it.
      if (best && best.wish < params.ruleFloor) continue;
      const sure = best !== undefined && params.modelKind === true && Math.abs(best.business - 0.5) >= 0.2;
      kept.push(sure ? { ...match, kind: (best as ScoredUnit).business >= 0.5 ? 'business' : 'social' } : match);
    }
  }
  for (const unit of units) {
    if (unit.wish < params.threshold) continue;
    if (params.mode === 'or-veto' && unit.timeInMessage) continue;
    const clause = params.clauseStart === undefined ? undefined : chosenClause(unit, params.clauseStart);
    const guarded = clause && params.clauseGuards === true ? clause.guarded : unit.guarded;
    const overruled = params.guardOverride !== undefined && unit.wish >= params.guardOverride && unit.firmGuard !== true;
    if (unit.wordCount < 2 || (params.guards === true && guarded && !overruled)) continue;
    if (kept.some((match) => match.start < unit.end && match.end > unit.start)) continue;
    const kind: VagueKind = unit.business >= 0.5 ? 'business' : 'social';
    const start = clause?.start ?? unit.spanStart;
    kept.push({ start, end: unit.end, kind, phraseStart: start, phraseEnd: unit.end });
  }
  kept.sort((a, b) => a.start - b.start);
  return kept;
}
