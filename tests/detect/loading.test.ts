import { describe, expect, test, vi } from 'vitest';
import { detectVaguePhrases, type DetectOptions } from '../../core/detect/index.ts';
import { loadCorpus } from './corpus.ts';
import { LANGUAGE_LOADERS } from '../../core/detect/lang/loaders.ts';
import { createLoadingDetector, type LanguageLoader } from '../../core/detect/loading.ts';
import type { LanguageCode } from '../../core/detect/types.ts';

/** The real loaders, counted. */
function countedLoaders(fail: LanguageCode[] = []) {
  const calls: LanguageCode[] = [];
  const loaders = Object.fromEntries(
    Object.entries(LANGUAGE_LOADERS).map(([code, load]) => [
      code,
      (() => {
        calls.push(code as LanguageCode);
        return fail.includes(code as LanguageCode) ? Promise.reject(new Error('gone')) : load();
      }) satisfies LanguageLoader,
    ]),
  ) as Record<LanguageCode, LanguageLoader>;
  return { loaders, calls };
}

describe('the loading detector', () => {
  test.each([
    ['hey! we should hang out sometime', 'en'],
    ['oye, a ver si quedamos un día de estos', 'es'],
    ['on devrait se voir un de ces jours', 'fr'],
    ['wir sollten uns mal wieder treffen', 'de'],
    ['a gente devia se ver qualquer dia', 'pt'],
  ])('%j: the same matches as the all-languages detector, loading only what the text needs', async (text, lang) => {
    const { loaders, calls } = countedLoaders();
    const detector = createLoadingDetector(loaders);
    const expected = detectVaguePhrases(text);
    expect(expected.length).toBeGreaterThan(0);
    expect(await detector.detectVaguePhrases(text)).toEqual(expected);
    expect(calls).toContain(lang);
    expect(calls.length).toBeLessThan(5);
  });

  test('a language loads once, however many messages need it', async () => {
    const { loaders, calls } = countedLoaders();
    const detector = createLoadingDetector(loaders);
    await Promise.all([detector.detectVaguePhrases('we should hang out'), detector.detectVaguePhrases('we should get coffee sometime')]);
    await detector.detectVaguePhrases('miss you, let us catch up soon');
    expect(calls.filter((code) => code === 'en')).toHaveLength(1);
  });

  test('a language that cannot load costs only its own matches, with one warning, and is tried again later', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { loaders, calls } = countedLoaders(['fr']);
    const detector = createLoadingDetector(loaders);
    expect(await detector.detectVaguePhrases('on devrait se voir un de ces jours')).toEqual([]);
    expect(await detector.detectVaguePhrases('we should hang out sometime')).toEqual(detectVaguePhrases('we should hang out sometime'));
    expect(warn).toHaveBeenCalledTimes(1);
    await detector.detectVaguePhrases('on devrait se voir un de ces jours');
    expect(calls.filter((code) => code === 'fr')).toHaveLength(2);
    warn.mockRestore();
  });

  test('the corpus: the same fused matches as the all-languages detector, with and without the box’s surface and language', async () => {
    const detector = createLoadingDetector(LANGUAGE_LOADERS);
    const entries = loadCorpus().filter((_, index) => index % 20 === 0);
    expect(entries.length).toBeGreaterThan(500);
    let found = 0;
    for (const entry of entries) {
      const variants: (DetectOptions | undefined)[] = [
        undefined,
        { surface: entry.surface ?? 'direct', addressed: entry.addressed },
        { lang: entry.lang, surface: entry.surface ?? 'direct', addressed: entry.addressed },
        // A broadcast nobody is addressed in: longing drops (it reads English longing words too).
        { lang: entry.lang, surface: 'post', addressed: false },
      ];
      for (const options of variants) {
        const expected = detectVaguePhrases(entry.text, options);
        found += expected.length;
        expect(await detector.detectVaguePhrases(entry.text, options), `${entry.file}:${entry.line} ${JSON.stringify(options)}`).toEqual(expected);
      }
    }
    expect(found).toBeGreaterThan(100);
  }, 30_000);

  test('a Spanish broadcast loads English too, for its longing words', async () => {
    const { loaders, calls } = countedLoaders();
    const detector = createLoadingDetector(loaders);
    const text = 'te extraño tanto, qué ganas de verte';
    const options: DetectOptions = { lang: 'es', surface: 'post', addressed: false };
    expect(await detector.detectVaguePhrases(text, options)).toEqual(detectVaguePhrases(text, options));
    expect(calls.sort()).toEqual(['en', 'es']);
  });

  test('a preloaded language is ready ahead of the first message, with the same matches', async () => {
    const { loaders, calls } = countedLoaders();
    const detector = createLoadingDetector(loaders);
    await detector.preload('es');
    expect(calls).toEqual(['es']);
    const text = 'oye, a ver si quedamos un día de estos';
    expect(await detector.detectVaguePhrases(text, { lang: 'es' })).toEqual(detectVaguePhrases(text, { lang: 'es' }));
  });

  test('empty text loads nothing', async () => {
    const { loaders, calls } = countedLoaders();
    expect(await createLoadingDetector(loaders).detectVaguePhrases('')).toEqual([]);
    expect(calls).toEqual([]);
  });
});
