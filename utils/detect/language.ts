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

const LETTER_HINTS: Array<[RegExp, LanguageCode, number]> = [
  [/[ñ¿¡]/, 'es', 3],
  [/[ãõ]/, 'pt', 3],
  [/[äöüß]/, 'de', 3],
  [/[èêëîïûœà]/, 'fr', 2],
  [/ç/, 'fr', 1],
  [/ç/, 'pt', 1],
  [/[áíóú]/, 'es', 1],
  [/[áíóúâô]/, 'pt', 1],
  [/é/, 'fr', 1],
];

export function guessLanguage(text: string, foldedWords: readonly string[], functionWords: ReadonlyMap<LanguageCode, ReadonlySet<string>>): LanguageGuess {
  const scores = new Map<LanguageCode, number>();
  for (const [code, set] of functionWords) {
    let score = 0;
    for (const word of foldedWords) if (set.has(word)) score++;
    scores.set(code, score);
  }
  // Letters only matter for short snippets; a sample keeps huge inputs cheap.
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  const lower = sample.toLowerCase();
  for (const [pattern, code, weight] of LETTER_HINTS) {
    if (pattern.test(lower)) scores.set(code, (scores.get(code) ?? 0) + weight);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || (a[0] === 'en' ? -1 : b[0] === 'en' ? 1 : 0));
  const [first, second] = ranked;
  if (!first || first[1] === 0) return { best: 'en', alternatives: [], confident: false };
  const alternatives = ranked.slice(1).filter(([, score]) => score > 0 && score >= first[1] / 2).map(([code]) => code);
  const confident = first[1] >= 2 && (!second || first[1] >= second[1] * 1.5);
  return { best: first[0], alternatives, confident };
}
