/**
 * Someday's phrase detector: finds open-ended wishes to meet or talk
 * ("we should hang out sometime", "I miss you", "would love to pick your
 * brain") and returns the spans an invite with real free times can replace.
 *
 * Pure TypeScript with relative imports only, so it runs in the content
 * script, in vitest and in plain Node alike. This entry carries the rules of
 * all five languages; the content script loads them one at a time instead
 * (loading.ts), through the same detector (detector.ts).
 */
import { createDetector } from './detector.ts';
import { de } from './lang/de.ts';
import { en } from './lang/en.ts';
import { es } from './lang/es.ts';
import { fr } from './lang/fr.ts';
import { pt } from './lang/pt.ts';
import type { LanguageCode, LanguageRules, VagueMatch } from './types.ts';

export { languageFromTag } from './detector.ts';
export type { LanguageCode, VagueKind, VagueMatch } from './types.ts';

const ALL_RULES: Record<LanguageCode, LanguageRules> = { en, es, fr, de, pt };

const detector = createDetector((code) => ALL_RULES[code]);

export function detectVaguePhrases(text: string, options?: { lang?: string }): VagueMatch[] {
  return detector.detectVaguePhrases(text, options);
}

/**
 * The language a message is written in, as the detector reads it: for choosing the words of the
 * invite that replaces a phrase in it. Short or unclear text counts as English.
 */
export function detectLanguage(text: string): LanguageCode {
  return detector.detectLanguage(text);
}
