/**
 * Host permissions for feeds: each feed's origin is granted by the person (in the options page,
 * right after they confirmed an http or home-network address), checked before every fetch, and
 * given back once no feed needs it. Granting is the options page's job: browsers only show the
 * prompt for a click the person just made.
 */
import { browser } from 'wxt/browser';
import type { StoredCalendar } from '../../core/stored-calendars';
import { originPattern } from './feed-address';

export async function hasOrigin(url: string | URL): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}

/** Gives back a feed's host permission once no remaining feed needs it. */
export async function releaseOriginIfUnused(url: string, calendars: readonly StoredCalendar[]): Promise<void> {
  const origin = new URL(url).origin;
  const stillUsed = calendars.some((calendar) => calendar.source.kind === 'feed' && new URL(calendar.source.url).origin === origin);
  if (stillUsed) return;
  try {
    await browser.permissions.remove({ origins: [originPattern(url)] });
  } catch (error) {
    console.warn('[Someday] Could not give back the permission for', origin, error);
  }
}
