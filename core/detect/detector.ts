/**
 * The detector over whichever languages are at hand: each language's rules and its learned model come
 * together (`LanguageData`). `index.ts` gives it all five at once (the contract's `detectVaguePhrases`,
 * for Node, tests and training); the content script gives it the languages it has loaded so far, one
 * at a time (`loading.ts`), and asks first which languages a text needs (`languagesFor`). Detection is
 * the same code either way: the rules, the model's fusion and guards, then the audience.
 *
 * Pure TypeScript with relative imports only.
 */
import { compileLanguage, detectInLanguage, toVagueMatch, type CompiledLanguage, type RawMatch } from './engine.ts';
import { FUNCTION_WORDS } from './lang/function-words.ts';
import { buildFunctionWordTable, guessFromScores, LANGUAGE_ORDER, wordCredits, type FunctionWordTable } from './language.ts';
import { languageOfTag } from '../languages.ts';
import { lexeme, type Lexeme } from './lexicon.ts';
import { decodeModel, scoreUnits, scorerFor, type Model } from './model/classifier.ts';
import { extractUnits, type Surface, type Unit } from './model/features.ts';
import { fuse, type FusionParams, type ScoredUnit } from './model/fusion.ts';
import { foldWord, tokenize, type Token, type TokenBuffer, type WordAttachment } from './tokenize.ts';
import type { LanguageCode, LanguageRules, VagueKind, VagueMatch } from './types.ts';

export interface DetectOptions {
  /** BCP 47 tag: en, es, fr, de, pt; without it the engine guesses. */
  lang?: string;
  /** Where the text is being written (the site adapter knows). */
  surface?: Surface;
  /** The text is aimed at someone: a direct message, a reply, an @mention. */
  addressed?: boolean;
}

/** One language as the detector reads it: its rules, and its model's asset (missing or damaged: the rules alone). */
export interface LanguageData {
  rules: LanguageRules;
  model?: unknown;
}

/** Where each language comes from: undefined while it is not loaded. */
export type LanguageSource = (code: LanguageCode) => LanguageData | undefined;

/** What one message looks like to the detector, for training and evaluation. */
export interface MessageAnalysis {
  text: string;
  lang: LanguageCode;
  /** The rules' merged matches. */
  rules: RawMatch[];
  /** The matches of the primary language's own rules (the others come from the English fallback). */
  ownRules: RawMatch[];
  /** The model language's sentences with their features. */
  units: Unit[];
}

export interface Detector {
  detectVaguePhrases(text: string, options?: DetectOptions): VagueMatch[];
  /** The language a message is written in, for the invite's words; short or unclear text counts as English. */
  detectLanguage(text: string): LanguageCode;
  /**
   * The languages a detection of `text` reads (their rules, the first one's model and longing words),
   * the ones it runs first.
   */
  languagesFor(text: string, options?: DetectOptions): LanguageCode[];
  /** Runs the rules and extracts the model's features, without the model (training, eval:detector). */
  analyzeMessage(text: string, options?: DetectOptions): MessageAnalysis | undefined;
  /** True when the match's own words hold a longing word of the message's language (or English). */
  isLonging(phrase: string, code: LanguageCode): boolean;
  forAudience(text: string, matches: RawMatch[], code: LanguageCode, options: DetectOptions | undefined): RawMatch[];
  /** Forgets the decoded models (the source's assets changed). */
  forgetModels(): void;
  /**
   * Does a loaded language's one-time work now (compiling its rules, decoding its model), so the
   * first detection in it does not: for idle time before the person pauses.
   */
  warm(code: LanguageCode): void;
}

/** "pt-BR" → "pt" (a page's tag may carry spaces); unknown tags give undefined so the engine guesses. */
export function languageFromTag(tag: string | undefined): LanguageCode | undefined {
  return languageOfTag(tag?.trim());
}

let functionWords: FunctionWordTable | undefined;

/** The function-word table for the language guess: plain word lists, cheap to build, no rules needed. */
function functionWordTable(): FunctionWordTable {
  if (!functionWords) {
    const lists = new Map<LanguageCode, readonly string[]>();
    for (const code of LANGUAGE_ORDER) lists.set(code, FUNCTION_WORDS[code]);
    functionWords = buildFunctionWordTable(lists);
  }
  return functionWords;
}

/**
 * Each word and number token's lexeme, found while tokenizing. Reused between
 * calls (detection is synchronous): only word and number indexes are ever
 * read, and those are written for every message.
 */
const lexemeScratch: WordAttachment<Lexeme> = { of: lexeme, out: [] };
/** Token objects reused between calls; nothing keeps a token once a call returns. */
const tokenScratch: TokenBuffer = { tokens: [], pool: [] };

/** Messages longer than this are cut for detection; composer boxes never get near it. */
export const MAX_SCANNED_LENGTH = 200_000;

const WORD_CHAR = /[\p{L}\p{N}\p{M}'’_]/u;

/**
 * The text the detector reads: all of it, or for huge text the part before
 * the last word boundary at or under MAX_SCANNED_LENGTH, so no span can end
 * inside a word that the cut would have split ("some|time"). A surrogate pair
 * is never split either.
 */
export function scannedPart(text: string): string {
  if (text.length <= MAX_SCANNED_LENGTH) return text;
  let cut = MAX_SCANNED_LENGTH;
  const isWord = (at: number): boolean => {
    const code = text.charCodeAt(at);
    if (code >= 0xdc00 && code <= 0xdfff) return true; // the low half of a pair belongs with the high half
    return WORD_CHAR.test(text.charAt(at));
  };
  // Back up to the start of the word the cut falls in (a word of 200,000 letters leaves nothing).
  while (cut > 0 && isWord(cut) && (isWord(cut - 1) || (text.charCodeAt(cut - 1) >= 0xd800 && text.charCodeAt(cut - 1) <= 0xdbff))) cut--;
  return text.slice(0, cut);
}

/**
 * The fusion, then adjacent wishes joined into one span ("I miss you. Call me
 * when you wake up?"), as the rules' own matches are. Training's cross-validation
 * calls this too, so it scores exactly what ships.
 */
export function fuseAndMerge(text: string, rules: readonly RawMatch[], units: readonly ScoredUnit[], params: FusionParams, ownRules?: readonly RawMatch[]): RawMatch[] {
  const fused = fuse(rules, units, params, ownRules);
  return fused.length > 1 ? mergeMatches(text, fused) : fused;
}

const MENTION = /(?:^|[\s(])@[\p{L}\p{N}_]/u;

/**
 * Whether the text is aimed at someone. A direct message always is; a post or
 * a box the adapter says addresses nobody is, only when it @mentions someone.
 * Without surface and addressed the text decides alone (true here).
 */
export function isAddressed(text: string, options: DetectOptions | undefined): boolean {
  const addressed = options?.addressed ?? (options?.surface === 'post' ? undefined : true);
  if (addressed === true) return true;
  return MENTION.test(text);
}

const WORDS = /[\p{L}\p{N}\p{M}]+/gu;

interface RulesRun {
  scanned: string;
  tokens: readonly Token[];
  primary: LanguageCode;
  rules: RawMatch[];
  ownRules: RawMatch[];
  units: (model?: Model) => Unit[];
}

export function createDetector(source: LanguageSource): Detector {
  /** Each language's compiled rules (null: they failed to compile). */
  const compiled = new Map<LanguageCode, CompiledLanguage | null>();
  /** Each language's decoded model (null: missing or damaged, the rules work alone). */
  const models = new Map<LanguageCode, Model | null>();
  /** Each language's longing list, folded, with a leading space for word-start matching. */
  const longingLists = new Map<LanguageCode, string[]>();

  /**
   * A language's compiled rules. Compiling is the costly part of a first
   * detection, so it happens per language on first use: an English page never
   * pays for the other four.
   */
  function language(code: LanguageCode): CompiledLanguage | undefined {
    let lang = compiled.get(code);
    if (lang === undefined) {
      const data = source(code);
      if (!data) return undefined; // Not loaded yet: not remembered, so it is compiled once it is.
      // A broken rule list must cost only its own language, never the others.
      try {
        lang = compileLanguage(data.rules);
      } catch {
        lang = null;
      }
      compiled.set(code, lang);
    }
    return lang ?? undefined;
  }

  function modelFor(code: LanguageCode): Model | undefined {
    let model = models.get(code);
    if (model === undefined) {
      const data = source(code);
      if (!data) return undefined;
      try {
        model = decodeModel(data.model, code);
      } catch (error) {
        // One warning per language, then the rules alone: never a crash, never a card on every message.
        console.warn(`Someday: the ${code} detector model could not be read (${error instanceof Error ? error.message : String(error)}); using the rules alone.`);
        model = null;
      }
      models.set(code, model);
    }
    return model ?? undefined;
  }

  function runRules(text: string, options: DetectOptions | undefined): RulesRun | undefined {
    if (typeof text !== 'string' || text.length === 0) return undefined;
    const scanned = scannedPart(text);
    functionWordTable();
    const tokens = tokenize(scanned, lexemeScratch, tokenScratch);
    const lexemes = lexemeScratch.out;
    const chosen = pickLanguages(scanned, tokens, lexemes, languageFromTag(options?.lang));
    const primary = chosen[0] ?? 'en';
    let raw: RawMatch[] = [];
    let ownRules: RawMatch[] = [];
    for (const code of chosen) {
      const lang = language(code);
      if (!lang) continue;
      const found = detectInLanguage(scanned, tokens, lang, lexemes);
      if (found.length > 0) raw = raw.concat(found);
      if (code === primary) ownRules = found.slice();
    }
    const rules = raw.length === 0 ? raw : mergeMatches(scanned, raw);
    // The primary language's word stream is still in its scratch buffer until the next message.
    const units = (model?: Model): Unit[] => {
      const lang = language(primary);
      if (!lang) return [];
      const scorer = model ? (model.scorer ??= scorerFor(model)) : undefined;
      // An @mention addresses the text whatever the box is, as the corpus guide labels it.
      const addressed = options?.addressed === false && MENTION.test(scanned) ? true : options?.addressed;
      return extractUnits(scanned, tokens, lang.scratchWords, lang, { surface: options?.surface, addressed, ruleSpans: rules }, scorer);
    };
    return { scanned, tokens, primary, rules, ownRules, units };
  }

  function fuseWith(run: RulesRun, params: FusionParams, model: Model): RawMatch[] {
    return fuseAndMerge(run.scanned, run.rules, scoreUnits(model, run.units(model)), params, run.ownRules);
  }

  function longingOf(code: LanguageCode): string[] {
    let list = longingLists.get(code);
    if (!list) {
      const data = source(code);
      if (!data) return []; // Not loaded: not remembered either.
      list = data.rules.longing.map((entry) => ` ${foldWord(entry)}`);
      longingLists.set(code, list);
    }
    return list;
  }

  function isLonging(phrase: string, code: LanguageCode): boolean {
    const folded = ` ${(phrase.match(WORDS) ?? []).map(foldWord).join(' ')}`;
    const lists = code === 'en' ? [longingOf('en')] : [longingOf(code), longingOf('en')];
    return lists.some((list) => list.some((entry) => folded.includes(entry)));
  }

  /**
   * Where the text goes moves the decision: "I miss you" in a direct message
   * invites an answer; in a post with nobody addressed (said to a TV show, a
   * city, someone who died) it has no one to answer it, so it is dropped there.
   */
  function forAudience(text: string, matches: RawMatch[], code: LanguageCode, options: DetectOptions | undefined): RawMatch[] {
    if (matches.length === 0 || isAddressed(text, options)) return matches;
    return matches.filter((match) => !isLonging(text.slice(match.start, match.end), code));
  }

  return {
    detectVaguePhrases(text, options) {
      try {
        const run = runRules(text, options);
        if (!run) return [];
        let matches = run.rules;
        const model = modelFor(run.primary);
        if (model && model.fusion.mode !== 'rules') {
          matches = fuseWith(run, model.fusion, model);
        }
        matches = forAudience(run.scanned, matches, run.primary, options);
        if (matches.length === 0) return [];
        return matches.map((match) => toVagueMatch(run.scanned, match));
      } catch {
        // A detector bug must never break typing in the page.
        return [];
      }
    },
    detectLanguage(text) {
      try {
        if (typeof text !== 'string' || text.length === 0) return 'en';
        const scanned = scannedPart(text);
        functionWordTable();
        const tokens = tokenize(scanned, lexemeScratch, tokenScratch);
        return pickLanguages(scanned, tokens, lexemeScratch.out, undefined)[0] ?? 'en';
      } catch {
        return 'en';
      }
    },
    languagesFor(text, options) {
      try {
        if (typeof text !== 'string' || text.length === 0) return [];
        const scanned = scannedPart(text);
        functionWordTable();
        const tokens = tokenize(scanned, lexemeScratch, tokenScratch);
        const chosen = pickLanguages(scanned, tokens, lexemeScratch.out, languageFromTag(options?.lang));
        // A broadcast nobody is addressed in reads English longing words too.
        if (!chosen.includes('en') && !isAddressed(scanned, options)) chosen.push('en');
        return chosen;
      } catch {
        return ['en'];
      }
    },
    analyzeMessage(text, options) {
      const run = runRules(text, options);
      if (!run) return undefined;
      return { text: run.scanned, lang: run.primary, rules: run.rules, ownRules: run.ownRules, units: run.units() };
    },
    isLonging,
    forAudience,
    forgetModels: () => models.clear(),
    warm(code) {
      try {
        language(code);
        const model = modelFor(code);
        if (model) model.scorer ??= scorerFor(model);
      } catch {
        // Warming is only ahead of time: the detection does the same work and handles it.
      }
    },
  };
}

/** A word's evidence for the language guess, computed once per distinct raw word. */
function creditsOf(lex: Lexeme): Int8Array | undefined {
  if (lex.credits === null) lex.credits = wordCredits(lex.folded, functionWordTable());
  return lex.credits;
}

function pickLanguages(text: string, tokens: readonly Token[], lexemes: ReadonlyArray<Lexeme | undefined>, requested: LanguageCode | undefined): LanguageCode[] {
  if (requested) return requested === 'en' ? ['en'] : [requested, 'en'];
  // The first few hundred words settle the language; huge inputs need no more.
  // One running total per LANGUAGE_ORDER slot (credits arrays have exactly five).
  let en = 0;
  let es = 0;
  let fr = 0;
  let de = 0;
  let pt = 0;
  let counted = 0;
  for (let t = 0; t < tokens.length; t++) {
    const lex = lexemes[t];
    if (tokens[t]?.kind !== 'word' || lex === undefined) continue;
    const credits = creditsOf(lex);
    if (credits) {
      en += credits[0] ?? 0;
      es += credits[1] ?? 0;
      fr += credits[2] ?? 0;
      de += credits[3] ?? 0;
      pt += credits[4] ?? 0;
    }
    if (++counted >= 300) break;
  }
  const guess = guessFromScores(text, [en, es, fr, de, pt]);
  if (guess.confident) return [guess.best];
  const picked: LanguageCode[] = [guess.best];
  for (const code of guess.alternatives) if (!picked.includes(code)) picked.push(code);
  if (!picked.includes('en')) picked.push('en');
  return picked;
}

/** Sort, then join overlapping spans and spans separated only by space or a connector. */
function mergeMatches(text: string, raw: RawMatch[]): RawMatch[] {
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: RawMatch[] = [];
  for (const match of raw) {
    const last = merged[merged.length - 1];
    if (last && (match.start < last.end || onlyGlueBetween(text, last.end, match.start))) {
      last.end = Math.max(last.end, match.end);
      last.phraseEnd = Math.max(last.phraseEnd, match.phraseEnd);
      last.kind = mergeKind(last.kind, match.kind);
      continue;
    }
    merged.push({ ...match });
  }
  return merged;
}

const GLUE = /^[\s,;:&+\-–—.!?…]*(?:(?:and|but|also|plus|so|y|et|und|e|aber|mais|pero|mas)\b[\s,;:&+\-–—.!?…]*)?$/iu;

function onlyGlueBetween(text: string, from: number, to: number): boolean {
  if (to - from > 12) return false;
  return GLUE.test(text.slice(from, to));
}

function mergeKind(a: VagueKind, b: VagueKind): VagueKind {
  return a === 'business' || b === 'business' ? 'business' : 'social';
}
