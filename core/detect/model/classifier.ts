/**
 * The learned classifier: two logistic regressions over hashed features (is
 * this sentence an open wish; is that wish a business one), weights quantized
 * to Int8 and shipped per language as a versioned asset (core/detect/models).
 * Decoding is a base64 read into typed arrays, done once per language; a
 * missing or damaged asset returns undefined so the rules work alone.
 */
import type { FusionParams, ScoredUnit } from './fusion.ts';
import type { Unit, UnitScorer } from './features.ts';

export const MODEL_FORMAT = 'someday-detector-model';
export const MODEL_VERSION = 1;

/** What scripts/train-detector.ts writes, one per language. */
export interface ModelAsset {
  format: typeof MODEL_FORMAT;
  version: number;
  lang: string;
  /** What it was trained on and how, for people reading the asset. */
  trainedOn: string;
  wish: WeightsAsset;
  kind: WeightsAsset;
  fusion: FusionParams;
}

export interface WeightsAsset {
  /** log2 of the number of hashed slots. */
  bits: number;
  /** Real weight = int8 × scale. */
  scale: number;
  bias: number;
  /** base64 of the Int8 weights, 2^bits of them. */
  weights: string;
}

export interface Weights {
  mask: number;
  scale: number;
  bias: number;
  values: Int8Array;
}

export interface Model {
  lang: string;
  /** Made once per model (see scorerFor). */
  scorer?: UnitScorer;
  wish: Weights;
  kind: Weights;
  fusion: FusionParams;
}

const MODES = new Set(['rules', 'model', 'or', 'or-veto']);

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function decodeWeights(asset: WeightsAsset | undefined): Weights {
  if (!asset || typeof asset !== 'object') throw new Error('weights missing');
  const { bits, scale, bias, weights } = asset;
  if (!Number.isInteger(bits) || bits < 8 || bits > 20) throw new Error(`bad slot count 2^${String(bits)}`);
  if (!Number.isFinite(scale) || scale <= 0 || !Number.isFinite(bias)) throw new Error('bad scale or bias');
  if (typeof weights !== 'string') throw new Error('weights are not text');
  const bytes = decodeBase64(weights);
  if (bytes.length !== 1 << bits) throw new Error(`expected ${1 << bits} weights, found ${bytes.length}`);
  return { mask: (1 << bits) - 1, scale, bias, values: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
}

/** Turns an asset into a model, or throws an Error saying what is wrong with it. */
export function decodeModel(asset: unknown, lang: string): Model {
  if (!asset || typeof asset !== 'object') throw new Error('no model asset');
  const a = asset as Partial<ModelAsset>;
  if (a.format !== MODEL_FORMAT) throw new Error('not a Someday detector model');
  if (a.version !== MODEL_VERSION) throw new Error(`model version ${String(a.version)}, this build reads ${MODEL_VERSION}`);
  if (a.lang !== lang) throw new Error(`model is for "${String(a.lang)}", not "${lang}"`);
  const fusion = a.fusion;
  if (!fusion || !MODES.has(fusion.mode) || !Number.isFinite(fusion.threshold) || !Number.isFinite(fusion.ruleFloor)) throw new Error('bad fusion settings');
  if (fusion.guardOverride !== undefined && !(Number.isFinite(fusion.guardOverride) && fusion.guardOverride >= 0 && fusion.guardOverride <= 1)) throw new Error('bad guard override');
  if (fusion.clauseStart !== undefined && !(Number.isFinite(fusion.clauseStart) && fusion.clauseStart >= 0 && fusion.clauseStart <= 1)) throw new Error('bad clause threshold');
  return {
    lang,
    wish: decodeWeights(a.wish),
    kind: decodeWeights(a.kind),
    fusion: {
      mode: fusion.mode,
      threshold: fusion.threshold,
      ruleFloor: fusion.ruleFloor,
      modelKind: fusion.modelKind === true,
      guards: fusion.guards === true,
      ...(fusion.clauseStart === undefined ? {} : { clauseStart: fusion.clauseStart }),
      ...(fusion.clauseGuards === true ? { clauseGuards: true } : {}),
      ...(fusion.guardOverride === undefined ? {} : { guardOverride: fusion.guardOverride }),
    },
  };
}

/** The raw score (log-odds) of a feature vector; n-grams are scaled by 1/sqrt(count) so long sentences do not shout. */
export function logit(weights: Weights, hashes: readonly number[], ngramCount: number, length: number = hashes.length): number {
  const { mask, values } = weights;
  let grams = 0;
  for (let i = 0; i < ngramCount; i++) grams += values[(hashes[i] as number) & mask] as number;
  let flags = 0;
  for (let i = ngramCount; i < length; i++) flags += values[(hashes[i] as number) & mask] as number;
  const norm = ngramCount > 0 ? 1 / Math.sqrt(ngramCount) : 0;
  return weights.bias + weights.scale * (grams * norm + flags);
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function scoreUnits(model: Model, units: readonly Unit[]): ScoredUnit[] {
  return units.map((unit) => ({
    start: unit.start,
    end: unit.end,
    spanStart: unit.spanStart,
    timeInMessage: unit.timeInMessage,
    guarded: unit.guarded,
    firmGuard: unit.firmGuard,
    wordCount: unit.wordCount,
    wish: sigmoid(unit.wishLogit ?? logit(model.wish, unit.hashes, unit.ngramCount)),
    business: sigmoid(unit.kindLogit ?? logit(model.kind, unit.hashes, unit.ngramCount)),
    clauses: unit.clauses?.map((clause) => ({ start: clause.start, guarded: clause.guarded, wish: sigmoid(clause.wishLogit ?? logit(model.wish, clause.hashes, clause.ngramCount)) })),
  }));
}

/** The model as a scorer extractUnits calls on each sentence's features as they are made. */
export function scorerFor(model: Model): UnitScorer {
  const { clauseStart, threshold } = model.fusion;
  return {
    wish: (hashes, length, ngramCount) => logit(model.wish, hashes, ngramCount, length),
    kind: (hashes, length, ngramCount) => logit(model.kind, hashes, ngramCount, length),
    // Only a sentence the fusion can keep needs its clauses: log-odds of the threshold, a little below for rounding.
    clauseFloor: clauseStart === undefined || model.fusion.mode === 'rules' ? Infinity : Math.log(threshold / (1 - threshold)) - 1e-6,
  };
}
