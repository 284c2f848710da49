/**
 * The languages Someday speaks, listed once. Everything that has words in a language keys them by
 * `LanguageCode` with a `Record<LanguageCode, …>`, so the list here is the only one and a language
 * added here makes the type checker name every place that still lacks its words:
 *
 * - the detector: its rules (core/detect/lang/<code>.ts) and model (core/detect/models/<code>.ts),
 *   listed in core/detect/index.ts, core/detect/lang/loaders.ts and function-words.ts, and the
 *   content side's loader for its module (entrypoints/suggestions/index.ts);
 * - invite wording: the templates and the `{admire}` note, the built-in activities' labels and
 *   phrases (templates.ts), and the slot wording (format-slots/parts.ts, format-slots/week.ts);
 * - the interface text: one entry per language in each extension/i18n/messages/<area>.ts;
 * - the stored wording settings, whose schema accepts exactly these codes (wording-settings.ts);
 * - the name people pick it by, below.
 *
 * Pure: no DOM, no browser.
 */

/** In the order pickers show them; English first, the fallback everywhere. */
export const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt'] as const;
export type LanguageCode = (typeof LANGUAGES)[number];

/** What a person reads when words in another language are missing. */
export const FALLBACK_LANGUAGE = 'en' satisfies LanguageCode;

/** Each language by its own name, as a picker lists it. */
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

/** The language of a BCP 47 tag ("pt-BR" → "pt", "de_AT" → "de"), or undefined when Someday has none. */
export function languageOfTag(tag: string | undefined | null): LanguageCode | undefined {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return isLanguageCode(primary) ? primary : undefined;
}
