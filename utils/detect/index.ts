/**
 * Someday's phrase detector: finds open-ended wishes to meet or talk
 * ("we should hang out sometime", "I miss you", "would love to pick your
 * brain") and returns the spans an invite with real free times can replace.
 *
 * Pure TypeScript with relative imports only, so it runs in the content
 * script, in vitest and in plain Node alike.
 */
import { compileLanguage, detectInLanguage, toVagueMatch, type CompiledLanguage, type RawMatch } from './engine.ts';
import { buildFunctionWordTable, guessFromScores, wordCredits, type FunctionWordTable } from './language.ts';
import { de } from './lang/de.ts';
import { en } from './lang/en.ts';
import { es } from './lang/es.ts';
import { fr } from './lang/fr.ts';
import { pt } from './lang/pt.ts';
import { lexeme, type Lexeme } from './lexicon.ts';
import { tokenize, type Token, type TokenBuffer, type WordAttachment } from './tokenize.ts';
import type { LanguageCode, LanguageRules, VagueKind, VagueMatch } from './types.ts';

export type { LanguageCode, VagueKind, VagueMatch } from './types.ts';

const ALL_RULES: Record<LanguageCode, LanguageRules> = { en, es, fr, de, pt };

/** Each language's rules, compiled the first time a message needs them (null: they failed to compile). */
const compiled = new Map<LanguageCode, CompiledLanguage | null>();
let functionWords: FunctionWordTable | undefined;

/**
 * A language's compiled rules. Compiling is the costly part of a first
 * detection, so it happens per language on first use: an English page never
 * pays for the other four.
 */
function language(code: LanguageCode): CompiledLanguage | undefined {
  let lang = compiled.get(code);
  if (lang === undefined) {
    // A broken rule list must cost only its own language, never the others.
    try {
      lang = compileLanguage(ALL_RULES[code]);
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
    const lists = new Map<LanguageCode, string[]>();
    for (const [code, rules] of Object.entries(ALL_RULES) as Array<[LanguageCode, LanguageRules]>) lists.set(code, rules.functionWords);
    functionWords = buildFunctionWordTable(lists);
  }
  return functionWords;
}

/** "pt-BR" → "pt"; unknown tags give undefined so the engine guesses. */
export function languageFromTag(tag: string | undefined): LanguageCode | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return primary && primary in ALL_RULES ? (primary as LanguageCode) : undefined;
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
const MAX_SCANNED_LENGTH = 200_000;

export function detectVaguePhrases(text: string, options?: { lang?: string }): VagueMatch[] {
  try {
    if (typeof text !== 'string' || text.length === 0) return [];
    const scanned = text.length > MAX_SCANNED_LENGTH ? text.slice(0, MAX_SCANNED_LENGTH) : text;
    functionWordTable();
    const tokens = tokenize(scanned, lexemeScratch, tokenScratch);
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

/**
 * The language a message is written in, as the detector reads it: for choosing the words of the
 * invite that replaces a phrase in it. Short or unclear text counts as English.
 */
export function detectLanguage(text: string): LanguageCode {
  try {
    if (typeof text !== 'string' || text.length === 0) return 'en';
    const scanned = text.length > MAX_SCANNED_LENGTH ? text.slice(0, MAX_SCANNED_LENGTH) : text;
    functionWordTable();
    const tokens = tokenize(scanned, lexemeScratch, tokenScratch);
    return pickLanguages(scanned, tokens, lexemeScratch.out, undefined)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
