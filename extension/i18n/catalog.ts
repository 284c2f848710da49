/**
 * Every area's messages merged into one catalog per language. The build writes it out as
 * `_locales/<lang>/messages.json`; `t()` reads it through the browser, with English as fallback.
 * Add an area: write `messages/<area>.ts` with `defineMessages`, then list it here.
 */
import { LOCALES, type Locale } from './locales';
import { calendars } from './messages/calendars';
import { card } from './messages/card';
import { common } from './messages/common';
import { invites } from './messages/invites';
import { options } from './messages/options';
import { popup } from './messages/popup';
import { storage } from './messages/storage';

const AREAS = [common, card, popup, options, invites, calendars, storage] as const;

type AreaKeys<A> = A extends { en: Record<infer K, string> } ? K : never;
export type MessageKey = AreaKeys<(typeof AREAS)[number]>;

export function catalog(locale: Locale): Record<MessageKey, string> {
  return Object.assign({}, ...AREAS.map((area) => area[locale])) as Record<MessageKey, string>;
}

/** The `_locales/<lang>/messages.json` files, as the extension format wants them. */
export function localeFiles(): { relativeDest: string; contents: string }[] {
  return LOCALES.map((locale) => {
    const messages = Object.fromEntries(
      Object.entries(catalog(locale)).map(([key, message]) => [key, { message: String(message) }]),
    );
    return { relativeDest: `_locales/${locale}/messages.json`, contents: `${JSON.stringify(messages, null, 2)}\n` };
  });
}
