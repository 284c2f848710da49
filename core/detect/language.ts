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

/** Char code → bit h set when its lowercase form matches LETTER_HINTS[h]. */
const hintMasks = new Map<number, number>();

/** hintMaskOf for Latin letters, filled on first use (-1: not computed yet). */
const latinHints = new Int16Array(0x250).fill(-1);

function hintMaskOf(code: number): number {
  if (code < latinHints.length) {
    let known = latinHints[code] ?? -1;
    if (known < 0) {
      known = hintMaskFor(code);
      latinHints[code] = known;
    }
    return known;
  }
  return hintMaskFor(code);
}

function hintMaskFor(code: number): number {
  let mask = hintMasks.get(code);
  if (mask === undefined) {
    const lower = String.fromCharCode(code).toLowerCase();
    mask = 0;
    for (let h = 0; h < LETTER_HINTS.length; h++) if (LETTER_HINTS[h]?.[0].test(lower)) mask |= 1 << h;
    if (hintMasks.size < 10_000) hintMasks.set(code, mask);
  }
  return mask;
}

const NON_ASCII = /[^\0-\x7f]/;

/** The guess from summed word credits (see wordCredits) and the letters of `text`. */
export function guessFromScores(text: string, totals: ArrayLike<number>): LanguageGuess {
  const scores = [totals[0] ?? 0, totals[1] ?? 0, totals[2] ?? 0, totals[3] ?? 0, totals[4] ?? 0];
  // Letters only matter for short snippets; a sample keeps huge inputs cheap. Every hint letter is non-ASCII.
  const sampleLength = Math.min(text.length, 2000);
  let hints = 0;
  // Plain ASCII text (most messages) has no hint letters: one native scan settles it.
  if (sampleLength < text.length || NON_ASCII.test(text)) for (let i = 0; i < sampleLength; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) hints |= hintMaskOf(code);
  }
  if (hints !== 0) {
    for (let h = 0; h < LETTER_HINTS.length; h++) {
      const hint = LETTER_HINTS[h];
      if (hint && (hints & (1 << h)) !== 0) {
        const slot = LANGUAGE_ORDER.indexOf(hint[1]);
        scores[slot] = (scores[slot] ?? 0) + hint[2];
      }
    }
  }
  // Rank by score, ties in LANGUAGE_ORDER (English first): a stable insertion sort of five slots.
  const ranked = [0, 1, 2, 3, 4];
  for (let a = 1; a < ranked.length; a++) {
    const slot = ranked[a] ?? 0;
    let b = a - 1;
    while (b >= 0 && (scores[ranked[b] ?? 0] ?? 0) < (scores[slot] ?? 0)) {
      ranked[b + 1] = ranked[b] ?? 0;
      b--;
    }
    ranked[b + 1] = slot;
  }
  const first = ranked[0] ?? 0;
  const best = scores[first] ?? 0;
  if (best === 0) return { best: 'en', alternatives: [], confident: false };
  const alternatives: LanguageCode[] = [];
  for (let r = 1; r < ranked.length; r++) {
    const score = scores[ranked[r] ?? 0] ?? 0;
    if (score > 0 && score >= best / 2) alternatives.push(LANGUAGE_ORDER[ranked[r] ?? 0] ?? 'en');
  }
  const runnerUp = scores[ranked[1] ?? 0] ?? 0;
  const confident = (best >= 3 && best >= runnerUp * 2) || (best >= 2 && runnerUp === 0);
  return { best: LANGUAGE_ORDER[first] ?? 'en', alternatives, confident };
}

