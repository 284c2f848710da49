/**
 * Someday's phrase detector: finds open-ended wishes to meet or talk
 * ("we should hang out sometime", "I miss you", "would love to pick your
 * brain") and returns the spans an invite with real free times can replace.
 *
 * Pure TypeScript with relative imports only, so it runs in the content
 * script, in vitest and in plain Node alike. This entry carries all five
 * languages' rules and models; the content script loads them one language at
 * a time instead (loading.ts), through the same detector (detector.ts).
 */
import { createDetector, type DetectOptions, type MessageAnalysis } from './detector.ts';
import { de } from './lang/de.ts';
import { en } from './lang/en.ts';
import { es } from './lang/es.ts';
import { fr } from './lang/fr.ts';
import { pt } from './lang/pt.ts';
import type { RawMatch } from './engine.ts';
import { MODEL_ASSETS } from './models/index.ts';
import type { LanguageCode, LanguageRules, VagueMatch } from './types.ts';

export { fuseAndMerge, isAddressed, languageFromTag, MAX_SCANNED_LENGTH, scannedPart } from './detector.ts';
export type { DetectOptions, MessageAnalysis } from './detector.ts';
export type { LanguageCode, VagueKind, VagueMatch } from './types.ts';

const ALL_RULES: Record<LanguageCode, LanguageRules> = { en, es, fr, de, pt };

let modelAssets: Partial<Record<LanguageCode, unknown>> = MODEL_ASSETS;

const detector = createDetector((code) => ({ rules: ALL_RULES[code], model: modelAssets[code] }));

/**
 * Replaces the model assets (for tests of damaged assets). Languages without
 * one use the rules alone.
 */
export function setModelAssets(assets: Partial<Record<LanguageCode, unknown>>): void {
  modelAssets = assets;
  detector.forgetModels();
}

export function detectVaguePhrases(text: string, options?: DetectOptions): VagueMatch[] {
  return detector.detectVaguePhrases(text, options);
}

/**
 * Runs the rules and extracts the model's features, without the model: the
 * training script and eval:detector score these with models they train.
 */
export function analyzeMessage(text: string, options?: DetectOptions): MessageAnalysis | undefined {
  return detector.analyzeMessage(text, options);
}

/** True when the match's own words hold a longing word of the message's language (or English). */
export function isLonging(phrase: string, code: LanguageCode): boolean {
  return detector.isLonging(phrase, code);
}

/**
 * Where the text goes moves the decision: "I miss you" in a direct message
 * invites an answer; in a post with nobody addressed (said to a TV show, a
 * city, someone who died) it has no one to answer it, so it is dropped there.
 */
export function forAudience(text: string, matches: RawMatch[], code: LanguageCode, options: DetectOptions | undefined): RawMatch[] {
  return detector.forAudience(text, matches, code, options);
}

/**
 * The language a message is written in, as the detector reads it: for choosing the words of the
 * invite that replaces a phrase in it. Short or unclear text counts as English.
 */
export function detectLanguage(text: string): LanguageCode {
  return detector.detectLanguage(text);
}
