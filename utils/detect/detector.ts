/**
 * The detector over whichever languages' rules are at hand. `index.ts` gives it all five at once (the
 * contract's `detectVaguePhrases`, for Node and tests); the content script gives it the rules it has
 * loaded so far, one language at a time (`loading.ts`), and asks first which languages a text needs.
 *
 * Pure TypeScript with relative imports only.
 */
import { compileLanguage, detectInLanguage, toVagueMatch, type CompiledLanguage, type RawMatch } from './engine.ts';
import { FUNCTION_WORDS } from './lang/function-words.ts';
import { buildFunctionWordTable, guessFromScores, LANGUAGE_ORDER, wordCredits, type FunctionWordTable } from './language.ts';
import { lexeme, type Lexeme } from './lexicon.ts';
import { tokenize, type Token, type TokenBuffer, type WordAttachment } from './tokenize.ts';
import type { LanguageCode, LanguageRules, VagueKind, VagueMatch } from './types.ts';

/** Where the rules of a language come from: undefined while they are not loaded. */
export type RulesSource = (code: LanguageCode) => LanguageRules | undefined;

export interface DetectOptions {
  /** BCP 47 tag: en, es, fr, de, pt. Without it the detector guesses. */
  lang?: string;
}

export interface Detector {
  detectVaguePhrases(text: string, options?: DetectOptions): VagueMatch[];
  /** The language a message is written in, for the invite's words; short or unclear text counts as English. */
  detectLanguage(text: string): LanguageCode;
  /** The languages whose rules a detection of `text` reads, in the order it reads them. */
  languagesFor(text: string, options?: DetectOptions): LanguageCode[];
}

/** Messages longer than this are cut for detection; composer boxes never get near it. */
const MAX_SCANNED_LENGTH = 200_000;

const isLanguageCode = (code: string): code is LanguageCode => (LANGUAGE_ORDER as readonly string[]).includes(code);

/** "pt-BR" → "pt"; unknown tags give undefined so the engine guesses. */
export function languageFromTag(tag: string | undefined): LanguageCode | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return primary && isLanguageCode(primary) ? primary : undefined;
}

export function createDetector(rulesOf: RulesSource): Detector {
  /** Each language's compiled rules (null: they failed to compile). */
  const compiled = new Map<LanguageCode, CompiledLanguage | null>();
  let functionWords: FunctionWordTable | undefined;
  /**
   * Each word and number token's lexeme, found while tokenizing. Reused between calls (detection is
   * synchronous): only word and number indexes are ever read, and those are written for every message.
   */
  const lexemeScratch: WordAttachment<Lexeme> = { of: lexeme, out: [] };
  /** Token objects reused between calls; nothing keeps a token once a call returns. */
  const tokenScratch: TokenBuffer = { tokens: [], pool: [] };

  /**
   * A language's compiled rules. Compiling is the costly part of a first detection, so it happens per
   * language on first use: an English page never pays for the other four.
   */
  function language(code: LanguageCode): CompiledLanguage | undefined {
    let lang = compiled.get(code);
    if (lang === undefined) {
      const rules = rulesOf(code);
      if (!rules) return undefined; // Not loaded yet: not remembered, so it is compiled once it is.
      // A broken rule list must cost only its own language, never the others.
      try {
        lang = compileLanguage(rules);
      } catch {
        lang = null;
      }
      compiled.set(code, lang);
    }
    return lang ?? undefined;
  }

  /** The function-word table for the language guess: plain word lists, cheap to build. */
  function functionWordTable(): FunctionWordTable {
    if (!functionWords) {
      const lists = new Map<LanguageCode, readonly string[]>();
      for (const code of LANGUAGE_ORDER) lists.set(code, FUNCTION_WORDS[code]);
      functionWords = buildFunctionWordTable(lists);
    }
    return functionWords;
  }

  /** A word's evidence for the language guess, computed once per distinct raw word. */
  function creditsOf(lex: Lexeme): Int8Array | undefined {
    if (lex.credits === null) lex.credits = wordCredits(lex.folded, functionWordTable());
    return lex.credits;
  }

  function pickLanguages(
    text: string,
    tokens: readonly Token[],
    lexemes: ReadonlyArray<Lexeme | undefined>,
    requested: LanguageCode | undefined,
  ): LanguageCode[] {
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

  /** Tokenizes (a cut of) `text` into the scratch buffers; the scanned text and its tokens. */
  function read(text: string): { scanned: string; tokens: Token[] } {
    const scanned = text.length > MAX_SCANNED_LENGTH ? text.slice(0, MAX_SCANNED_LENGTH) : text;
    functionWordTable();
    return { scanned, tokens: tokenize(scanned, lexemeScratch, tokenScratch) };
  }

  return {
    detectVaguePhrases(text, options) {
      try {
        if (typeof text !== 'string' || text.length === 0) return [];
        const { scanned, tokens } = read(text);
        const lexemes = lexemeScratch.out;
        const chosen = pickLanguages(scanned, tokens, lexemes, languageFromTag(options?.lang));
        let raw: RawMatch[] = [];
        for (const code of chosen) {
          const lang = language(code);
          if (!lang) continue;
          const found = detectInLanguage(scanned, tokens, lang, lexemes);
          if (found.length > 0) raw = raw.concat(found);
        }
        if (raw.length === 0) return [];
        return mergeMatches(scanned, tokens, raw).map((match) => toVagueMatch(scanned, match));
      } catch {
        // A detector bug must never break typing in the page.
        return [];
      }
    },
    detectLanguage(text) {
      try {
        if (typeof text !== 'string' || text.length === 0) return 'en';
        const { scanned, tokens } = read(text);
        return pickLanguages(scanned, tokens, lexemeScratch.out, undefined)[0] ?? 'en';
      } catch {
        return 'en';
      }
    },
    languagesFor(text, options) {
      try {
        if (typeof text !== 'string' || text.length === 0) return [];
        const { scanned, tokens } = read(text);
        return pickLanguages(scanned, tokens, lexemeScratch.out, languageFromTag(options?.lang));
      } catch {
        return ['en'];
      }
    },
  };
}

/** Sort, then join overlapping spans and spans separated only by space or a connector. */
function mergeMatches(text: string, tokens: readonly Token[], raw: RawMatch[]): RawMatch[] {
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
