/**
 * Subscribed feeds, in the background: subscribing, refreshing one, refreshing all (the alarm)
 * or the stale ones (on startup). Before every fetch the address is checked again and the
 * person's grant for its origin looked up, so a feed restored from a backup, or one whose
 * permission was taken back in the browser's settings, waits for the person instead of being
 * fetched. A feed that fails keeps its last good busy times and records why, with when.
 */
import type { StoredCalendar } from '../../core/stored-calendars';
import { checkFeedAddress } from './feed-address';
import { fetchCalendarText } from './feed-fetch';
import { hasOrigin, releaseOriginIfUnused } from './host-access';
import { CalendarInputError, englishMessage, failure, problemOf, type CalendarProblem, type CalendarResult } from './problems';
import { readCalendarOffThread } from './read-off-thread';
import { CALENDAR_MAX_BYTES, calendarNameFromIcs, type CalendarRead } from './reading';
import { personTimeZone, pruneEndedBusy, readCalendarSettings, readStoredCalendars, updateCalendars } from './stored';

export const FEED_TIMEOUT_MS = 30_000;

/** A feed's text, fetched only if its address is allowed and its origin granted, right now. */
async function fetchAllowedFeed(address: string): Promise<string> {
  const { url } = checkFeedAddress(address);
  if (!(await hasOrigin(url))) throw new CalendarInputError({ code: 'feed-no-permission', host: url.host });
  return fetchCalendarText(url.href, { maxBytes: CALENDAR_MAX_BYTES, timeoutMs: FEED_TIMEOUT_MS });
}

async function readFeed(ics: string, url: string, now: Date): Promise<CalendarRead> {
  const reply = await readCalendarOffThread({ ics, now: now.getTime(), timeZone: await personTimeZone() });
  if (reply.ok) return reply.read;
  // A page that is not a calendar is most often a sign-in page: the address is wrong or unshared.
  if (reply.problem.code === 'not-icalendar') throw new CalendarInputError({ code: 'feed-not-calendar', host: new URL(url).host });
  throw new CalendarInputError(reply.problem);
}

/**
 * Subscribes to a feed: fetched and read once before it is stored, so a wrong address adds nothing.
 * Runs in the background, after the options page was granted the feed's origin (which it asks
 * for only once the person confirmed an http or home-network address).
 */
export async function addFeed(input: string, now: () => Date = () => new Date()): Promise<CalendarResult> {
  let url: URL;
  try {
    url = checkFeedAddress(input).url;
  } catch (error) {
    return failure(error);
  }
  const existing = (await readStoredCalendars()).find((calendar) => calendar.source.kind === 'feed' && calendar.source.url === url.href);
  if (existing) {
    const problem: CalendarProblem = { code: 'already-subscribed', name: existing.name };
    return { ok: false, error: englishMessage(problem), problem };
  }
  try {
    const text = await fetchAllowedFeed(url.href);
    const readTime = now();
    const read = await readFeed(text, url.href, readTime);
    const calendar: StoredCalendar = {
      id: crypto.randomUUID(),
      name: calendarNameFromIcs(text) ?? url.host,
      source: { kind: 'feed', url: url.href },
      ...read,
      readAt: readTime.getTime(),
      lastError: null,
    };
    await updateCalendars((calendars) => [...calendars, calendar]);
    return { ok: true, calendar };
  } catch (error) {
    await releaseOriginIfUnused(url.href, await readStoredCalendars());
    return failure(error);
  }
}

/** Fetches one feed again and reads it over the coming weeks. */
export async function refreshCalendar(id: string, now: () => Date = () => new Date()): Promise<CalendarResult> {
  const removed: CalendarProblem = { code: 'calendar-removed' };
  const calendar = (await readStoredCalendars()).find((candidate) => candidate.id === id);
  if (!calendar) return { ok: false, id, error: englishMessage(removed), problem: removed };
  if (calendar.source.kind !== 'feed') {
    const problem: CalendarProblem = { code: 'file-not-refreshable' };
    return { ok: false, id, error: englishMessage(problem), problem };
  }
  const { url } = calendar.source;
  let outcome: Pick<StoredCalendar, 'busy' | 'coversFrom' | 'coversUntil' | 'readAt'> | { problem: CalendarProblem; at: number };
  try {
    const text = await fetchAllowedFeed(url);
    const readTime = now();
    outcome = { ...(await readFeed(text, url, readTime)), readAt: readTime.getTime() };
  } catch (error) {
    outcome = { problem: problemOf(error), at: now().getTime() };
  }
  let updated: StoredCalendar | undefined;
  try {
    await updateCalendars((calendars) =>
      calendars.map((candidate) => {
        if (candidate.id !== id) return candidate;
        updated =
          'problem' in outcome
            ? { ...candidate, lastError: { message: englishMessage(outcome.problem), at: outcome.at, problem: outcome.problem } }
            : { ...candidate, ...outcome, lastError: null };
        return updated;
      }),
    );
  } catch (error) {
    return { ...failure(error), id };
  }
  if (!updated) return { ok: false, id, error: englishMessage(removed), problem: removed };
  return 'problem' in outcome
    ? { ok: false, id, error: englishMessage(outcome.problem), problem: outcome.problem }
    : { ok: true, calendar: updated };
}

/** Refreshes every feed, one after another, and lets imported files' past busy times go. */
export async function refreshAllCalendars(now: () => Date = () => new Date()): Promise<CalendarResult[]> {
  const calendars = await readStoredCalendars();
  const results: CalendarResult[] = [];
  for (const calendar of calendars) {
    if (calendar.source.kind === 'feed') results.push(await refreshCalendar(calendar.id, now));
  }
  await pruneEndedBusy(now());
  return results;
}

/** Feeds not read within one period (the browser was closed, an alarm was lost) are due now. */
export async function refreshStaleCalendars(now: () => Date = () => new Date()): Promise<void> {
  const { refreshMinutes } = await readCalendarSettings();
  const due = now().getTime() - refreshMinutes * 60_000;
  const stale = (await readStoredCalendars()).filter(
    (calendar) => calendar.source.kind === 'feed' && Math.max(calendar.readAt ?? 0, calendar.lastError?.at ?? 0) < due,
  );
  for (const calendar of stale) await refreshCalendar(calendar.id, now);
  await pruneEndedBusy(now());
}
