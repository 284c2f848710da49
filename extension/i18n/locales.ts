import { LANGUAGES, type LanguageCode } from '../../core/languages';

/** The interface languages Someday ships: every language it speaks, English first (the fallback). */
export const LOCALES = LANGUAGES;
export type Locale = LanguageCode;

/**
 * One area's interface text in every language. English defines the keys; the other languages
 * must have every one of them, so a missing translation is a type error, not a blank label.
 * Placeholders are `$1`, `$2`, … (the extension i18n format).
 */
export type AreaMessages<Keys extends string> = { en: Record<Keys, string> } & Record<Exclude<Locale, 'en'>, Record<Keys, string>>;

export function defineMessages<Keys extends string>(messages: AreaMessages<Keys>): AreaMessages<Keys> {
  return messages;
}
