/**
 * Guesses the language of a message from function words and telltale letters.
 * Cheap by design: one pass over already-folded words plus a scan for
 * diacritics. Short or mixed text falls back to English.
 */
import type { LanguageCode } from './types.ts';

export interface LanguageGuess {
  best: LanguageCode;
  /** Other languages with some evidence, strongest first. */
  alternatives: LanguageCode[];
  confident: boolean;
}

const FRENCH_ELISION = /^(?:qu|[cdjlmnst])'[a-z]/;

const LETTER_HINTS: Array<[RegExp, LanguageCode, number]> = [
  [/[ñ¿¡]/, 'es', 3],
  [/[ãõ]/, 'pt', 3],
  [/[äöüß]/, 'de', 3],
  [/[èêëîïûœàâ]/, 'fr', 2],
  [/ç/, 'fr', 1],
  [/ç/, 'pt', 1],
  [/[áíóú]/, 'es', 1],
  [/[áíóúâô]/, 'pt', 1],
  [/é/, 'fr', 1],
];

/** Function word → the languages it belongs to; built once from the per-language lists. */
export type FunctionWordTable = ReadonlyMap<string, readonly LanguageCode[]>;

export function buildFunctionWordTable(lists: ReadonlyMap<LanguageCode, readonly string[]>): FunctionWordTable {
  const table = new Map<string, LanguageCode[]>();
  for (const [code, words] of lists) {
    for (const word of words) {
      const codes = table.get(word);
      if (!codes) table.set(word, [code]);
      else if (!codes.includes(code)) codes.push(code);
    }
  }
  return table;
}

/** Score slots, in the order ties are broken after English. */
export const LANGUAGE_ORDER: readonly LanguageCode[] = ['en', 'es', 'fr', 'de', 'pt'];

/**
 * What one folded word adds to each language's score (indexed like
 * LANGUAGE_ORDER), or undefined when it is evidence for none. Pure in the
 * word, so callers may cache it.
 */
export function wordCredits(word: string, table: FunctionWordTable): Int8Array | undefined {
  let credits: Int8Array | undefined;
  const credit = (part: string) => {
    const codes = table.get(part);
    if (codes) {
      credits ??= new Int8Array(LANGUAGE_ORDER.length);
      for (const code of codes) credits[LANGUAGE_ORDER.indexOf(code)] = (credits[LANGUAGE_ORDER.indexOf(code)] ?? 0) + 1;
    }
    return codes !== undefined;
  };
  if (credit(word)) return credits;
  if (word.includes('-') || word.includes("'")) {
    // "fais-moi", "qu'on", "j'ai": score the parts; an elided article or pronoun is French.
    for (const part of word.split(/['-]/)) if (part) credit(part);
    if (FRENCH_ELISION.test(word)) {
      credits ??= new Int8Array(LANGUAGE_ORDER.length);
      credits[2] = (credits[2] ?? 0) + 1;
    }
  }
  return credits;
}

export function guessLanguage(text: string, foldedWords: readonly string[], table: FunctionWordTable): LanguageGuess {
  const totals = new Int32Array(LANGUAGE_ORDER.length);
  for (const word of foldedWords) {
    const credits = wordCredits(word, table);
    if (credits) for (let k = 0; k < totals.length; k++) totals[k] = (totals[k] ?? 0) + (credits[k] ?? 0);
  }
  return guessFromScores(text, totals);
}

/** The guess from summed word credits (see wordCredits) and the letters of `text`. */
export function guessFromScores(text: string, totals: Int32Array): LanguageGuess {
  const scores = new Map<LanguageCode, number>(LANGUAGE_ORDER.map((code, k) => [code, totals[k] ?? 0]));
  // Letters only matter for short snippets; a sample keeps huge inputs cheap.
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  if (hasNonAscii(sample)) {
    const lower = sample.toLowerCase();
    for (const [pattern, code, weight] of LETTER_HINTS) {
      if (pattern.test(lower)) scores.set(code, (scores.get(code) ?? 0) + weight);
    }
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || (a[0] === 'en' ? -1 : b[0] === 'en' ? 1 : 0));
  const [first, second] = ranked;
  if (!first || first[1] === 0) return { best: 'en', alternatives: [], confident: false };
  const alternatives = ranked.slice(1).filter(([, score]) => score > 0 && score >= first[1] / 2).map(([code]) => code);
  const runnerUp = second?.[1] ?? 0;
  const confident = (first[1] >= 3 && first[1] >= runnerUp * 2) || (first[1] >= 2 && runnerUp === 0);
  return { best: first[0], alternatives, confident };
}

/** Any character outside ASCII: only then can letter hints apply. */
function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}
