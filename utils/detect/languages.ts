/**
 * The languages Someday reads and writes, in one list. The detector takes its
 * languages from here (every language has a typed record: lang/<code>.ts for
 * its rules, compiled/<code>.ts and models/<code>.ts for what ships), and the
 * rest of the app (templates, activities, slot wording, stored settings,
 * interface text) is meant to take its list from here too.
 *
 * Plain data with no imports, so any module (pure engines, the content side,
 * the options page) can import it without pulling in the detector.
 */
export const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt'] as const;

/** A BCP 47 primary language tag Someday supports. */
export type LanguageCode = (typeof LANGUAGES)[number];

/** Each language's name in its own language, for choosers. */
export const LANGUAGE_NAMES: Record<LanguageCode, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  pt: 'Português',
};

export function isLanguageCode(code: string): code is LanguageCode {
  return (LANGUAGES as readonly string[]).includes(code);
}
