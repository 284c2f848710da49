/**
 * The learned half of the detector: its asset format, its fallback to the
 * rules, the fusion table, the 200,000-character cut and the audience
 * (surface / addressed) inputs.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeMessage, detectVaguePhrases, MAX_SCANNED_LENGTH, scannedPart, setModelAssets } from '../../core/detect/index.ts';
import { decodeModel, MODEL_FORMAT, MODEL_VERSION, scoreUnits } from '../../core/detect/model/classifier.ts';
import { fuse, type FusionParams, type ScoredUnit } from '../../core/detect/model/fusion.ts';
import { MODEL_ASSETS } from '../../core/detect/models/index.ts';
import type { RawMatch } from '../../core/detect/engine.ts';
import { loadCorpus } from './corpus.ts';
import { prepare, trainModel, type Prepared } from './learn.ts';

afterEach(() => {
  setModelAssets(MODEL_ASSETS);
  vi.restoreAllMocks();
});

describe('shipped model assets', () => {
  it.each(['en', 'es', 'fr', 'de', 'pt'])('%s decodes to full-size Int8 weights with a fusion', (lang) => {
    const model = decodeModel(MODEL_ASSETS[lang], lang);
    expect(model.wish.values.length).toBe(model.wish.mask + 1);
    expect(model.kind.values.length).toBe(model.kind.mask + 1);
    // A trained model has weights of both signs, not a block of zeros.
    expect(model.wish.values.some((v) => v > 0) && model.wish.values.some((v) => v < 0)).toBe(true);
    expect(['rules', 'or', 'or-veto']).toContain(model.fusion.mode);
  });
});

describe('a missing or damaged model falls back to the rules', () => {
  const good = MODEL_ASSETS.en as { wish: { weights: string } };
  const damaged: Array<[string, unknown]> = [
    ['missing', undefined],
    ['not an object', 'weights'],
    ['another format', { ...good, format: 'something-else' }],
    ['a newer version', { ...good, version: MODEL_VERSION + 1 }],
    ['another language', { ...good, lang: 'fr' }],
    ['cut-off weights', { ...good, wish: { ...good.wish, weights: good.wish.weights.slice(0, 100) } }],
    ['weights that are not base64', { ...good, wish: { ...good.wish, weights: '***not base64***' } }],
    ['a bad fusion', { ...good, fusion: { mode: 'always', threshold: 0, ruleFloor: 0 } }],
  ];
  it.each(damaged)('%s: rules alone, one warning, no card on plain text', (_name, asset) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const rulesOnly = analyzeMessage('we should hang out sometime', { lang: 'en' });
    setModelAssets({ ...MODEL_ASSETS, en: asset });
    const found = detectVaguePhrases('we should hang out sometime', { lang: 'en' });
    expect(found.map((m) => [m.start, m.end, m.kind])).toEqual(rulesOnly?.rules.map((m) => [m.start, m.end, m.kind]));
    expect(detectVaguePhrases('running 10 min late, see you there', { lang: 'en' })).toEqual([]);
    expect(detectVaguePhrases('ok sounds good', { lang: 'en' })).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/en detector model could not be read/);
  });

  it('says what is wrong with an asset', () => {
    expect(() => decodeModel({ format: MODEL_FORMAT, version: 99 }, 'en')).toThrow(/version 99/);
    expect(() => decodeModel({ ...(MODEL_ASSETS.en as object), lang: 'de' }, 'en')).toThrow(/"de", not "en"/);
  });
});

describe('fusion', () => {
  const rule = (start: number, end: number, kind: 'social' | 'business' = 'social'): RawMatch => ({ start, end, kind, phraseStart: start, phraseEnd: end });
  const unit = (start: number, end: number, wish: number, extra: Partial<ScoredUnit> = {}): ScoredUnit => ({
    start,
    end,
    spanStart: start,
    wish,
    business: 0.1,
    timeInMessage: false,
    guarded: false,
    wordCount: 5,
    ...extra,
  });
  const or: FusionParams = { mode: 'or', threshold: 0.6, ruleFloor: 0 };
  const cases: Array<[string, RawMatch[], ScoredUnit[], FusionParams, Array<[number, number, string]>]> = [
    ['rules alone ignore the model', [rule(0, 10)], [unit(20, 30, 0.99)], { mode: 'rules', threshold: 0.5, ruleFloor: 0 }, [[0, 10, 'social']]],
    ['a rule span wins over its sentence', [rule(4, 10)], [unit(0, 12, 0.99)], or, [[4, 10, 'social']]],
    ['the model adds a sentence the rules missed', [rule(0, 10)], [unit(0, 10, 0.1), unit(11, 30, 0.8)], or, [[0, 10, 'social'], [11, 30, 'social']]],
    ['below the threshold adds nothing', [], [unit(0, 10, 0.59)], or, []],
    ['business odds give the kind', [], [unit(0, 10, 0.9, { business: 0.7 })], or, [[0, 10, 'business']]],
    ['a greeting stays out of a model span', [], [unit(0, 20, 0.9, { spanStart: 5 })], or, [[5, 20, 'social']]],
    ['or-veto: a concrete time vetoes the model', [], [unit(0, 10, 0.9, { timeInMessage: true })], { mode: 'or-veto', threshold: 0.6, ruleFloor: 0 }, []],
    ['or: no veto', [], [unit(0, 10, 0.9, { timeInMessage: true })], or, [[0, 10, 'social']]],
    ['a rule match the model scores under the floor is dropped', [rule(0, 10)], [unit(0, 10, 0.05)], { ...or, ruleFloor: 0.1 }, []],
    ['a rule match outside every scored sentence stays', [rule(50, 60)], [unit(0, 10, 0.05)], { ...or, ruleFloor: 0.1 }, [[50, 60, 'social']]],
    ['modelKind: the model relabels a rule match', [rule(0, 10)], [unit(0, 10, 0.9, { business: 0.8 })], { ...or, modelKind: true }, [[0, 10, 'business']]],
    ['modelKind: an unsure model leaves the rule kind', [rule(0, 10, 'business')], [unit(0, 10, 0.9, { business: 0.4 })], { ...or, modelKind: true }, [[0, 10, 'business']]],
    ['guards veto a model-only sentence', [], [unit(0, 10, 0.9, { guarded: true })], { ...or, guards: true }, []],
    ['without guards the model decides', [], [unit(0, 10, 0.9, { guarded: true })], or, [[0, 10, 'social']]],
    ['a one-word sentence is never a model-only wish', [], [unit(0, 3, 0.99, { wordCount: 1 })], or, []],
    ['model alone: sentence spans only', [rule(2, 8)], [unit(0, 10, 0.9)], { mode: 'model', threshold: 0.5, ruleFloor: 0 }, [[0, 10, 'social']]],
  ];
  it.each(cases)('%s', (_name, rules, units, params, expected) => {
    expect(fuse(rules, units, params).map((m) => [m.start, m.end, m.kind])).toEqual(expected);
  });
});

describe('training', () => {
  it('is reproducible: the same messages and seed give the same weights', () => {
    const some = loadCorpus()
      .filter((entry) => entry.lang === 'en' && entry.split === 'holdout')
      .map(prepare)
      .filter((item): item is Prepared => item !== undefined);
    const params: FusionParams = { mode: 'or', threshold: 0.5, ruleFloor: 0 };
    const a = trainModel(some, 'en', 7, params);
    const b = trainModel(some, 'en', 7, params);
    const c = trainModel(some, 'en', 8, params);
    expect(Buffer.from(a.wish.values).equals(Buffer.from(b.wish.values))).toBe(true);
    expect(a.wish.scale).toBe(b.wish.scale);
    expect(Buffer.from(a.wish.values).equals(Buffer.from(c.wish.values))).toBe(false);
  });

  it('gives each sentence the same features however often it is read', () => {
    const text = 'hey!! we should go bowling sometime. how was the trip?';
    // "hey!!" ends with its own terminal, so it is a sentence of its own.
    const first = analyzeMessage(text, { lang: 'en' });
    analyzeMessage('something else entirely, with other words in it', { lang: 'en' });
    const again = analyzeMessage(text, { lang: 'en' });
    expect(again?.units.map((u) => u.hashes)).toEqual(first?.units.map((u) => u.hashes));
    expect(first?.units.map((u) => text.slice(u.spanStart, u.end))).toEqual(['hey!!', 'we should go bowling sometime.', 'how was the trip?']);
    const model = decodeModel(MODEL_ASSETS.en, 'en');
    for (const scored of scoreUnits(model, first?.units ?? [])) expect(scored.wish).toBeGreaterThanOrEqual(0);
  });
});

describe('the 200,000-character cut', () => {
  const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  it.each([0, 1, 3, 7, 8, 9])('falls on a word boundary when "sometime" straddles it (offset %i)', (offset) => {
    const wish = 'we should hang out sometime';
    const filler = 'ok '.repeat(Math.ceil(MAX_SCANNED_LENGTH / 3));
    const head = filler.slice(0, MAX_SCANNED_LENGTH - wish.length + offset);
    const text = `${head}${wish} and more words after it`;
    const part = scannedPart(text);
    expect(part.length).toBeLessThanOrEqual(MAX_SCANNED_LENGTH);
    expect(isWordChar(part.at(-1)) && isWordChar(text[part.length])).toBe(false);
    for (const match of detectVaguePhrases(text)) {
      expect(match.end).toBeLessThanOrEqual(part.length);
      expect(isWordChar(text[match.end - 1]) && isWordChar(text[match.end])).toBe(false);
    }
  });

  it('keeps a wish that ends before the cut', () => {
    const text = `we should hang out sometime! ${'la '.repeat(80_000)}`;
    expect(detectVaguePhrases(text, { lang: 'en' })[0]).toMatchObject({ start: 0, end: 28 });
  });

  it('never splits a surrogate pair, and a single giant word leaves nothing to read', () => {
    const emoji = '😀'.repeat(MAX_SCANNED_LENGTH);
    const part = scannedPart(emoji);
    expect(part.length % 2).toBe(0);
    expect(scannedPart('a'.repeat(MAX_SCANNED_LENGTH + 5))).toBe('');
    expect(detectVaguePhrases('a'.repeat(MAX_SCANNED_LENGTH + 5))).toEqual([]);
  });
});

describe('where the message goes', () => {
  const cases: Array<[string, Parameters<typeof detectVaguePhrases>[1], boolean]> = [
    ['I miss you', undefined, true],
    ['I miss you', { lang: 'en', surface: 'direct' }, true],
    ['I miss you', { lang: 'en', surface: 'post' }, false],
    ['I miss you', { lang: 'en', surface: 'post', addressed: false }, false],
    ['I miss you', { lang: 'en', surface: 'comment', addressed: false }, false],
    ['I miss you', { lang: 'en', surface: 'comment', addressed: true }, true],
    ['I miss you', { lang: 'en', surface: 'comment' }, true],
    ['@sara I miss you!! we need a coffee soon', { lang: 'en', surface: 'post', addressed: false }, true],
    ['missing you guys so much', { lang: 'en', surface: 'post' }, false],
    ['miss you!! write to me at sara@example.com', { lang: 'en', surface: 'post' }, false],
    ['te extraño mucho', { lang: 'es', surface: 'post', addressed: false }, false],
    ['te extraño mucho', { lang: 'es', surface: 'direct' }, true],
    ['du fehlst mir', { lang: 'de', surface: 'post', addressed: false }, false],
    ['tu me manques', { lang: 'fr', surface: 'post', addressed: false }, false],
    ['saudades de você', { lang: 'pt', surface: 'post', addressed: false }, false],
    // A wish to meet in a post can still be answered by whoever reads it; the model weighs the surface there.
    ['we should all hang out sometime', { lang: 'en', surface: 'post' }, true],
  ];
  it.each(cases)('%j with %j → %s', (text, options, expected) => {
    expect(detectVaguePhrases(text, options).length > 0).toBe(expected);
  });
});
