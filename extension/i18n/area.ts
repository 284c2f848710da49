/**
 * Interface text for one area, from that area's own messages: for the content side, where asking
 * `i18n.getMessage` costs a synchronous trip to the browser on the first call and the full catalog
 * would carry every page's text. The language is the browser's, as `getMessage` picks it: the UI
 * language if Someday has it, else English.
 */
import { FALLBACK_LANGUAGE, languageOfTag } from '../../core/languages';
import type { AreaMessages, Locale } from './locales';

function uiLocale(): Locale {
  let tag = '';
  try {
    const scope = globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } }; browser?: { i18n?: { getUILanguage?: () => string } } };
    tag = (scope.browser?.i18n ?? scope.chrome?.i18n)?.getUILanguage?.() ?? '';
  } catch {
    // Outside an extension (unit tests): the page's language below.
  }
  return languageOfTag(tag || globalThis.navigator?.language) ?? FALLBACK_LANGUAGE;
}

function fill(template: string, substitutions: readonly string[]): string {
  return template.replace(/\$(\d)/g, (match, index: string) => substitutions[Number(index) - 1] ?? match);
}

export function areaTranslator<Keys extends string>(messages: AreaMessages<Keys>): (key: Keys, ...substitutions: string[]) => string {
  let table: Record<Keys, string> | null = null;
  return (key, ...substitutions) => {
    table ??= messages[uiLocale()];
    return fill(table[key] ?? messages.en[key], substitutions);
  };
}
