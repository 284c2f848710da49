/** Interface text: `t('key', ...substitutions)` in the browser's language, English where it has none. */
import { browser } from 'wxt/browser';
import { catalog, type MessageKey } from './catalog';

export type { MessageKey } from './catalog';

let english: Record<MessageKey, string> | null = null;

function fill(template: string, substitutions: readonly string[]): string {
  return template.replace(/\$(\d)/g, (match, index: string) => substitutions[Number(index) - 1] ?? match);
}

export function t(key: MessageKey, ...substitutions: string[]): string {
  let translated = '';
  try {
    // WXT types getMessage from files in public/; these messages are generated at build time instead.
    const getMessage = browser.i18n?.getMessage as ((key: string, substitutions?: string[]) => string) | undefined;
    translated = getMessage?.(key, substitutions) ?? '';
  } catch {
    // Outside an extension page (unit tests), or an extension context that has gone away.
  }
  if (translated) return translated;
  english ??= catalog('en');
  return fill(english[key], substitutions);
}
