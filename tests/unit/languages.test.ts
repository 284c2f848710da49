import { describe, expect, test } from 'vitest';
import { languageFromTag } from '../../core/detect/index.ts';
import { localeFiles } from '../../extension/i18n/catalog';
import { FALLBACK_LANGUAGE, LANGUAGES, LANGUAGE_NAMES, languageOfTag } from '../../core/languages';
import { ADMIRE_PLACEHOLDER, BUILT_IN_ACTIVITIES, DEFAULT_TEMPLATES, inviteLanguage, TEMPLATE_KINDS } from '../../core/templates';
import { wordingSchema } from '../../core/wording-settings';

describe('languageOfTag', () => {
  test.each([
    ['en', 'en'],
    ['pt-BR', 'pt'],
    ['de_AT', 'de'],
    ['FR-ca', 'fr'],
    ['es-419', 'es'],
    ['it', undefined],
    ['', undefined],
    [undefined, undefined],
    [null, undefined],
    ['constructor', undefined],
  ])('%s → %s', (tag, code) => {
    expect(languageOfTag(tag)).toBe(code);
  });

  test('an invite in a language Someday does not speak is written in the fallback', () => {
    expect(inviteLanguage('it-IT')).toBe(FALLBACK_LANGUAGE);
    expect(inviteLanguage('pt-PT')).toBe('pt');
  });

  test('the detector reads tags the same way', () => {
    for (const tag of ['en-GB', 'pt-BR', 'de_AT', 'it', '']) expect(languageFromTag(tag)).toBe(languageOfTag(tag));
  });
});

// The type checker makes each Record<LanguageCode, …> name a missing language; these check that
// nothing keeps words for a language the registry does not list, and that the lists agree at run time.
describe('every list of languages is the registry', () => {
  const sorted = [...LANGUAGES].sort();

  test('names, templates, the {admire} note and the activities', () => {
    expect(Object.keys(LANGUAGE_NAMES).sort()).toEqual(sorted);
    for (const kind of TEMPLATE_KINDS) expect(Object.keys(DEFAULT_TEMPLATES[kind]).sort()).toEqual(sorted);
    expect(Object.keys(ADMIRE_PLACEHOLDER).sort()).toEqual(sorted);
    for (const activity of BUILT_IN_ACTIVITIES) {
      expect(Object.keys(activity.label).sort()).toEqual(sorted);
      expect(Object.keys(activity.phrase).sort()).toEqual(sorted);
    }
  });

  test('the interface text is built for each language, in the registry order', () => {
    expect(localeFiles().map((file) => file.relativeDest)).toEqual(LANGUAGES.map((code) => `_locales/${code}/messages.json`));
  });

  test('the stored wording accepts a template in each language and no other', () => {
    const wording = (lang: string) => ({ templates: { social: { [lang]: 'Hi {times}' } }, customActivities: [], defaultActivity: 'coffee' });
    for (const code of LANGUAGES) expect(wordingSchema.safeParse(wording(code)).success).toBe(true);
    expect(wordingSchema.safeParse(wording('it')).success).toBe(false);
  });
});
