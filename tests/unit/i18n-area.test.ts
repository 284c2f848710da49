import { afterEach, describe, expect, test, vi } from 'vitest';
import { areaTranslator } from '../../extension/i18n/area';
import { card } from '../../extension/i18n/messages/card';

afterEach(() => vi.unstubAllGlobals());

describe("one area's text, in the browser's language", () => {
  test.each([
    ['en-US', 'en'],
    ['pt-BR', 'pt'],
    ['de', 'de'],
    ['fr-CA', 'fr'],
    ['es-419', 'es'],
    ['ja-JP', 'en'],
  ] as const)('UI language %s reads the %s card', (uiLanguage, locale) => {
    vi.stubGlobal('chrome', { i18n: { getUILanguage: () => uiLanguage } });
    const t = areaTranslator(card);
    expect(t('cardAccept')).toBe(card[locale].cardAccept);
    expect(t('cardTitleWith', 'hang out', 'Sam')).toBe(card[locale].cardTitleWith.replace('$1', 'hang out').replace('$2', 'Sam'));
  });
});
