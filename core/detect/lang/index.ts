/**
 * The hand-written rules of every language, as people edit them. Only the build (scripts/detector-rules.ts)
 * and tests read these; the detector reads the compiled data made from them (../compiled/).
 */
import type { LanguageCode, SourceRules } from '../types.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { pt } from './pt.ts';

export const SOURCE_RULES: Record<LanguageCode, SourceRules> = { en, es, fr, de, pt };
