import { describe, expect, test } from 'vitest';
import { loadLanguage } from '../../core/detect/compile.ts';
import { de } from '../../core/detect/compiled/de.ts';
import { en } from '../../core/detect/compiled/en.ts';
import { es } from '../../core/detect/compiled/es.ts';
import { fr } from '../../core/detect/compiled/fr.ts';
import { pt } from '../../core/detect/compiled/pt.ts';
import { detectInLanguage } from '../../core/detect/engine.ts';
import { decodeModel, scorerFor } from '../../core/detect/model/classifier.ts';
import { extractUnits, type UnitScorer } from '../../core/detect/model/features.ts';
import { MODEL_ASSETS } from '../../core/detect/models/index.ts';
import { tokenize } from '../../core/detect/tokenize.ts';
import type { LanguageCode, LanguageRules } from '../../core/detect/types.ts';
import { loadCorpus } from './corpus.ts';

const COMPILED: Record<LanguageCode, LanguageRules> = { en, es, fr, de, pt };
const corpus = loadCorpus();

describe('the detector sums character grams per word, with exactly the scores of listing them', () => {
  test.each(Object.keys(COMPILED) as LanguageCode[])('%s: every corpus message, each sentence, both models', (code) => {
    const lang = loadLanguage(COMPILED[code]);
    const model = decodeModel(MODEL_ASSETS[code], code);
    const summing = scorerFor(model);
    // The same scorer without its weights lists every gram, as training does.
    const listing: UnitScorer = { wish: summing.wish, kind: summing.kind };
    const texts = corpus.filter((entry) => entry.lang === code).map((entry) => entry.text);
    // Odd words too: empty and one-letter words, where grams reach back further.
    texts.push("a b c d e f", "' ' we should ' hang", 'x y z we should hang out sometime x');
    let compared = 0;
    for (const text of texts) {
      const tokens = tokenize(text);
      detectInLanguage(text, tokens, lang);
      const fast = extractUnits(text, tokens, lang.scratchWords, lang, { ruleSpans: [] }, summing);
      const slow = extractUnits(text, tokens, lang.scratchWords, lang, { ruleSpans: [] }, listing);
      expect(fast.map((unit) => [unit.wishLogit, unit.kindLogit]), text).toEqual(slow.map((unit) => [unit.wishLogit, unit.kindLogit]));
      compared += fast.length;
    }
    expect(compared).toBeGreaterThan(500);
    // The whole corpus of the language: seconds on a loaded machine.
  }, 60_000);
});
