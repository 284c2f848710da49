import { describe, expect, test } from 'vitest';
import { compiledRulesModule } from '../../scripts/detector-rules.ts';
import { compileLanguage, compileRules, loadLanguage, packNumbers, unpackNumbers } from '../../core/detect/compile.ts';
import { de } from '../../core/detect/compiled/de.ts';
import { en } from '../../core/detect/compiled/en.ts';
import { es } from '../../core/detect/compiled/es.ts';
import { fr } from '../../core/detect/compiled/fr.ts';
import { pt } from '../../core/detect/compiled/pt.ts';
import { detectInLanguage, type CompiledLanguage, type RawMatch } from '../../core/detect/engine.ts';
import { SOURCE_RULES } from '../../core/detect/lang/index.ts';
import { LANGUAGE_ORDER } from '../../core/detect/language.ts';
import { LANGUAGES } from '../../core/languages.ts';
import { decodeModel } from '../../core/detect/model/classifier.ts';
import { MODEL_ASSETS } from '../../core/detect/models/index.ts';
import { tokenize } from '../../core/detect/tokenize.ts';
import type { LanguageCode, LanguageRules } from '../../core/detect/types.ts';
import { loadCorpus } from './corpus.ts';
import { readFileSync } from 'node:fs';

const COMPILED: Record<LanguageCode, LanguageRules> = { en, es, fr, de, pt };
const corpus = loadCorpus();

function run(lang: CompiledLanguage, text: string): RawMatch[] {
  return detectInLanguage(text, tokenize(text), lang);
}

describe('each language is compiled at build time', () => {
  test.each(LANGUAGE_ORDER)('compiled/%s.ts is what the generator makes from its hand-written rules today', (code) => {
    // A rule edited without `npm run rules:detector` (the build runs it) fails here.
    const onDisk = readFileSync(new URL(`../../core/detect/compiled/${code}.ts`, import.meta.url), 'utf8');
    expect(onDisk === compiledRulesModule(code), `core/detect/compiled/${code}.ts is stale: run npm run rules:detector`).toBe(true);
  });

  test.each(LANGUAGE_ORDER)('%s: the decoded data finds exactly what the hand-written rules find', (code) => {
    const source = compileRules(SOURCE_RULES[code]);
    const decoded = compileLanguage(COMPILED[code]);
    // Every corpus message of the language, and word salads of the rules' own vocabulary (most patterns get far there).
    const texts = corpus.filter((entry) => entry.lang === code).map((entry) => entry.text);
    const vocabulary = [...source.wordIds.keys()];
    let seed = 5;
    const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let round = 0; round < 1500; round++) {
      const length = 2 + Math.floor(random() * 14);
      texts.push(Array.from({ length }, () => vocabulary[Math.floor(random() * vocabulary.length)] ?? '').join(random() < 0.2 ? ', ' : ' '));
    }
    let matched = 0;
    for (const text of texts) {
      const expected = run(source, text);
      matched += expected.length;
      expect(run(decoded, text), text).toEqual(expected);
    }
    expect(matched).toBeGreaterThan(150);
    // The whole corpus of the language: seconds on a loaded machine.
  }, 60_000);

  test('damaged compiled data throws an Error that says what is wrong, never a half-built language', () => {
    const data = en.compiled!;
    expect(() => compileLanguage({ ...en, compiled: { ...data, version: 99 } })).toThrow(/format or version/);
    expect(() => compileLanguage({ ...en, compiled: { ...data, edges: packNumbers(unpackNumbers(data.edges).slice(0, -2)) } })).toThrow(/edges/);
    expect(() => compileLanguage({ ...en, compiled: { ...data, edges: `${data.edges}\\` } })).toThrow(/alphabet/);
    expect(() => compileLanguage({ ...en, compiled: { ...data, specs: data.specs.slice(1) } })).toThrow(/specs/);
    expect(() => compileLanguage({ ...en, compiled: { ...data, roots: [0, 1, 99_999, 2, 3] } })).toThrow(/trie node/);
    expect(() => compileLanguage({ ...en, compiled: { ...data, elements: data.elements.slice(0, 2) } })).toThrow(/element/);
    expect(() => loadLanguage(SOURCE_RULES.en)).toThrow(/not compiled/);
  });

  test('packed number lists read back as written', () => {
    const values = [0, 1, 45, 46, 47, 2069, 2070, 2071, 123_456, 0, 9_999_999];
    expect(unpackNumbers(packNumbers(values))).toEqual(values);
    expect(() => packNumbers([-1])).toThrow();
  });

  test('one list of languages, and every language has rules, compiled data and a model', () => {
    expect([...LANGUAGE_ORDER]).toEqual([...LANGUAGES]);
    expect(Object.keys(SOURCE_RULES).sort()).toEqual([...LANGUAGES].sort());
    for (const code of LANGUAGES) {
      expect(SOURCE_RULES[code].code).toBe(code);
      expect(COMPILED[code].code).toBe(code);
      expect(() => decodeModel(MODEL_ASSETS[code], code)).not.toThrow();
    }
  });

  test('a language that leaves out a list the engine reads by name fails the type check', () => {
    const { OBJECT_VERBS: _left, ...rest } = en.macros;
    // @ts-expect-error OBJECT_VERBS is a typed field every language lists (empty when it has none).
    const broken: LanguageRules['macros'] = rest;
    expect(broken.OBJECT_VERBS).toBeUndefined();
  });

  test('the compiled modules leave out the macros only patterns use', () => {
    // They live on in the tries; what the engine reads by name stays.
    expect(Object.keys(en.macros)).not.toContain('ACT');
    expect(Object.keys(SOURCE_RULES.en.macros)).toContain('ACT');
    expect(en.macros.GREETING).toEqual(SOURCE_RULES.en.macros.GREETING);
  });
});
