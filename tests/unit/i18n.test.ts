import { describe, expect, test } from 'vitest';
import { catalog, localeFiles } from '../../extension/i18n/catalog';
import { t } from '../../extension/i18n';
import { LOCALES } from '../../extension/i18n/locales';

describe('interface text', () => {
  test.each(LOCALES)('%s has every key, none empty', (locale) => {
    const messages = catalog(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(catalog('en')).sort());
    for (const [key, message] of Object.entries(messages)) expect(message, key).not.toBe('');
  });

  test('keys fit the extension i18n format', () => {
    for (const key of Object.keys(catalog('en'))) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  test('each locale file is valid messages.json', () => {
    const files = localeFiles();
    expect(files.map((file) => file.relativeDest)).toEqual(LOCALES.map((locale) => `_locales/${locale}/messages.json`));
    for (const file of files) {
      const parsed = JSON.parse(file.contents) as Record<string, { message: string }>;
      expect(parsed.extName?.message).toBe('Someday');
    }
  });

  test('t falls back to English outside an extension page', () => {
    expect(t('extName')).toBe('Someday');
  });
});
