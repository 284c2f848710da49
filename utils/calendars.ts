/**
 * The person's calendars as busy times: importing a file, subscribing to a feed, refreshing feeds
 * on an alarm, removing. Browser glue around the pure `readBusyFromIcs`; all state is in storage
 * because the background service worker can be stopped at any time.
 *
 * Imports, removals and restores run in the options page; fetching feeds runs in the background
 * (it alone may reach a feed's origin once the person granted it). Both write through
 * `updateCalendars`, which re-reads storage under a lock so neither overwrites the other.
 */
import { browser } from 'wxt/browser';
import type { Interval } from './availability';
import { CalendarError, DEFAULT_MAX_BYTES, readBusyFromIcs } from './calendar';
import { isIanaTimeZone } from './calendar/zones';
import { effectiveTimeZone } from './availability-settings';
import { readStored, STORED, updateStored } from './storage';
import { storedCalendarsSchema, type BusyPair, type CalendarSettings, type StoredCalendar } from './stored-calendars';

/** Busy times are read from a day back (an evening that already started) to this many days ahead. */
export const CALENDAR_DAYS_AHEAD = 60;
/** The largest calendar file or feed Someday reads. */
export const CALENDAR_MAX_BYTES = DEFAULT_MAX_BYTES;
/** Local storage holds 10 MB; the calendars stay well inside it so settings never fail to save. */
export const CALENDAR_STORAGE_BUDGET_BYTES = 8 * 1024 * 1024;
export const FEED_TIMEOUT_MS = 30_000;
export const REFRESH_ALARM = 'someday-calendar-refresh';
export const REFRESH_CHOICES_MINUTES = [30, 60, 120, 360, 720, 1440] as const;

const DAY_MS = 86_400_000;

/**
 * Why a calendar could not be used, as data, so the options page can word it in the person's
 * language. The English sentence travels alongside (`error`, `message`) for logs and storage.
 */
export type CalendarProblem =
  | { code: 'address-empty' | 'calendar-removed' | 'file-not-refreshable' | 'not-icalendar' | 'truncated' | 'unreadable' | 'invalid-range' }
  | { code: 'address-invalid'; text: string }
  | { code: 'address-scheme'; scheme: string }
  | { code: 'already-subscribed'; name: string }
  | { code: 'feed-no-permission' | 'feed-unreachable' | 'feed-not-calendar'; host: string }
  | { code: 'feed-timeout'; host: string; seconds: number }
  /** `status` is the code and the server's own reason, e.g. "404 Not Found"; `hint` when the address is likely wrong or unshared. */
  | { code: 'feed-http'; host: string; status: string; hint: boolean }
  | { code: 'feed-too-large'; bytes: number; limitBytes: number }
  | { code: 'too-large'; limitBytes: number }
  | { code: 'storage-full'; bytes: number; budgetBytes: number }
  /** `yours`: the zone set in availability is unknown; otherwise the file names a zone it does not describe (`zone` null if unnamed). */
  | { code: 'unknown-time-zone'; zone: string | null; yours: boolean }
  | { code: 'unexpected'; detail: string | null };

/** What the options page shows after asking for an import, a feed or a refresh. */
export type CalendarResult =
  | { ok: true; calendar: StoredCalendar }
  | { ok: false; error: string; problem?: CalendarProblem; id?: string };

/** A problem with what the person typed or chose, worded for them in English; `problem` says it as data. */
export class CalendarInputError extends Error {
  override name = 'CalendarInputError';
  readonly problem: CalendarProblem;

  constructor(problem: CalendarProblem, message: string) {
    super(message);
    this.problem = problem;
  }
}

export function calendarRange(now: Date): { start: Date; end: Date } {
  return { start: new Date(now.getTime() - DAY_MS), end: new Date(now.getTime() + CALENDAR_DAYS_AHEAD * DAY_MS) };
}

/**
 * The address to fetch for what the person pasted: `webcal://` (iCloud, Outlook's "subscribe"
 * links) is plain https underneath; anything but http(s) is refused.
 */
export function toFeedUrl(input: string): URL {
  const text = input.trim();
  if (text === '') throw new CalendarInputError({ code: 'address-empty' }, 'Paste the calendar’s iCal address first.');
  const rewritten = text.replace(/^webcals?:\/\//i, 'https://');
  let url: URL;
  try {
    url = new URL(rewritten);
  } catch {
    throw new CalendarInputError({ code: 'address-invalid', text }, `“${text}” is not a web address. It should start with https:// or webcal://.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CalendarInputError({ code: 'address-scheme', scheme: url.protocol }, `Someday reads calendars from https://, http:// or webcal:// addresses, not ${url.protocol}//.`);
  }
  url.hash = '';
  return url;
}

/** The host permission pattern covering a feed: what is requested when it is added. */
export function originPattern(url: string | URL): string {
  return `${new URL(url).origin}/*`;
}

/** Sorted, overlapping and touching times merged, clipped to the range: the least the engine needs. */
export function mergeBusy(intervals: readonly Interval[], range: { start: Date; end: Date }): BusyPair[] {
  const from = range.start.getTime();
  const until = range.end.getTime();
  const pairs = intervals
    .map(({ start, end }): BusyPair => [Math.max(start.getTime(), from), Math.min(end.getTime(), until)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: BusyPair[] = [];
  for (const pair of pairs) {
    const last = merged[merged.length - 1];
    if (last && pair[0] <= last[1]) last[1] = Math.max(last[1], pair[1]);
    else merged.push([pair[0], pair[1]]);
  }
  return merged;
}

/** The calendar's own name (X-WR-CALNAME), if the file gives one. */
export function calendarNameFromIcs(ics: string): string | null {
  const head = ics.slice(0, 64 * 1024).replace(/\r?\n[ \t]/g, '');
  const match = /^X-WR-CALNAME(?:;[^:\r\n]*)?:(.*)$/im.exec(head);
  if (!match) return null;
  const name = match[1]!
    .replace(/\\[nN]/g, ' ')
    .replace(/\\([,;\\])/g, '$1')
    .trim();
  return name === '' ? null : name.slice(0, 120);
}

function nameFromFileName(fileName: string): string {
  return fileName.replace(/\.(ics|ical|ifb|icalendar)$/i, '').trim() || 'Calendar';
}

/** The busy times of one calendar text over the coming weeks, in the person's zone. */
export function readCalendar(ics: string, options: { now: Date; timeZone: string }): Pick<StoredCalendar, 'busy' | 'coversFrom' | 'coversUntil'> {
  const range = calendarRange(options.now);
  const intervals = readBusyFromIcs(ics, range, { timeZone: options.timeZone, maxBytes: CALENDAR_MAX_BYTES });
  return { busy: mergeBusy(intervals, range), coversFrom: range.start.getTime(), coversUntil: range.end.getTime() };
}

/** The zone availability is written in (a stored zone that cannot be read takes the browser's). */
export async function personTimeZone(): Promise<string> {
  return effectiveTimeZone(await readStored(STORED.availability));
}

/** The calendars that can be read; one that cannot stays stored (see utils/storage.ts) and is left out here. */
export function readStoredCalendars(): Promise<StoredCalendar[]> {
  return readStored(STORED.calendars);
}

export function readCalendarSettings(): Promise<CalendarSettings> {
  return readStored(STORED.calendarSettings);
}

/**
 * Reads the stored calendars, applies `change`, and writes the result, one change at a time. A
 * change that throws, or a result over the storage budget, writes nothing: the stored calendars
 * stay as they were.
 */
export function updateCalendars(change: (calendars: StoredCalendar[]) => StoredCalendar[]): Promise<StoredCalendar[]> {
  return updateStored(STORED.calendars, (current) => {
    const next = storedCalendarsSchema.parse(change(current));
    const bytes = new TextEncoder().encode(JSON.stringify(next)).length;
    if (bytes > CALENDAR_STORAGE_BUDGET_BYTES) {
      throw new CalendarInputError(
        { code: 'storage-full', bytes, budgetBytes: CALENDAR_STORAGE_BUDGET_BYTES },
        `These busy times would take ${(bytes / 1024 / 1024).toFixed(1)} MB, over the ${CALENDAR_STORAGE_BUDGET_BYTES / 1024 / 1024} MB Someday keeps for calendars. Remove a calendar first.`,
      );
    }
    return next;
  });
}

function messageOf(error: unknown): string {
  if (error instanceof CalendarError || error instanceof CalendarInputError) return error.message;
  if (error instanceof Error && error.message) return `Something went wrong: ${error.message}`;
  return 'Something went wrong reading this calendar.';
}

/** The reader's error as data. `timeZone` is the person's zone the calendar was read in, when known. */
export function problemOf(error: unknown, timeZone?: string): CalendarProblem {
  if (error instanceof CalendarInputError) return error.problem;
  if (error instanceof CalendarError) {
    switch (error.code) {
      case 'too-large':
        return { code: 'too-large', limitBytes: CALENDAR_MAX_BYTES };
      case 'unknown-time-zone': {
        if (timeZone !== undefined && !isIanaTimeZone(timeZone)) return { code: 'unknown-time-zone', zone: timeZone, yours: true };
        // The reader quotes the zone the file names; its message is English text, so this is best effort.
        const named = /"([^"]+)"/.exec(error.message)?.[1] ?? null;
        return { code: 'unknown-time-zone', zone: named, yours: false };
      }
      default:
        return { code: error.code };
    }
  }
  return { code: 'unexpected', detail: error instanceof Error && error.message ? error.message : null };
}

function failure(error: unknown, timeZone?: string): { ok: false; error: string; problem: CalendarProblem } {
  return { ok: false, error: messageOf(error), problem: problemOf(error, timeZone) };
}

/** Reads an imported file and adds it; a file that cannot be read adds nothing. */
export async function importCalendarFile(
  file: { text: string; fileName: string },
  now: Date = new Date(),
): Promise<CalendarResult> {
  let timeZone: string | undefined;
  try {
    timeZone = await personTimeZone();
    const read = readCalendar(file.text, { now, timeZone });
    const calendar: StoredCalendar = {
      id: crypto.randomUUID(),
      name: calendarNameFromIcs(file.text) ?? nameFromFileName(file.fileName),
      source: { kind: 'file', fileName: file.fileName },
      ...read,
      readAt: now.getTime(),
      lastError: null,
    };
    await updateCalendars((calendars) => [...calendars, calendar]);
    return { ok: true, calendar };
  } catch (error) {
    return failure(error, timeZone);
  }
}

/** Fetches a feed's text, with errors that say what went wrong in words. */
export async function fetchCalendarText(url: string): Promise<string> {
  const { host } = new URL(url);
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'omit',
      cache: 'no-store',
      headers: { accept: 'text/calendar, text/plain;q=0.8, */*;q=0.5' },
      signal: AbortSignal.timeout(FEED_TIMEOUT_MS),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      throw new CalendarInputError({ code: 'feed-timeout', host, seconds: FEED_TIMEOUT_MS / 1000 }, `${host} did not answer within ${FEED_TIMEOUT_MS / 1000} seconds.`);
    }
    throw new CalendarInputError({ code: 'feed-unreachable', host }, `Could not reach ${host}. Check the address and your connection.`);
  }
  if (!response.ok) {
    const likelyWrongAddress = [401, 403, 404, 410].includes(response.status);
    const hint = likelyWrongAddress ? ' Check that this is the calendar’s secret or public iCal address, and that it is still shared.' : '';
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new CalendarInputError({ code: 'feed-http', host, status, hint: likelyWrongAddress }, `${host} answered “${status}”.${hint}`);
  }
  const length = Number(response.headers.get('content-length'));
  if (length > CALENDAR_MAX_BYTES) {
    throw new CalendarInputError(
      { code: 'feed-too-large', bytes: length, limitBytes: CALENDAR_MAX_BYTES },
      `This calendar is ${(length / 1024 / 1024).toFixed(1)} MB, over the ${CALENDAR_MAX_BYTES / 1024 / 1024} MB limit.`,
    );
  }
  return response.text();
}

function readFeed(ics: string, url: string, now: Date, timeZone: string) {
  try {
    return readCalendar(ics, { now, timeZone });
  } catch (error) {
    if (error instanceof CalendarError && error.code === 'not-icalendar') {
      throw new CalendarInputError(
        { code: 'feed-not-calendar', host: new URL(url).host },
        `${new URL(url).host} did not send a calendar (.ics). Check the address: it should be the calendar’s iCal address.`,
      );
    }
    throw error;
  }
}

async function hasOrigin(url: string): Promise<boolean> {
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

/**
 * Subscribes to a feed: fetched and read once before it is stored, so a wrong address adds nothing.
 * Runs in the background, after the options page was granted the feed's origin.
 */
export async function addFeed(input: string, now: () => Date = () => new Date()): Promise<CalendarResult> {
  let url: URL;
  try {
    url = toFeedUrl(input);
  } catch (error) {
    return failure(error);
  }
  const existing = (await readStoredCalendars()).find((calendar) => calendar.source.kind === 'feed' && calendar.source.url === url.href);
  if (existing) {
    return {
      ok: false,
      error: `You already subscribe to this calendar (“${existing.name}”).`,
      problem: { code: 'already-subscribed', name: existing.name },
    };
  }
  let timeZone: string | undefined;
  try {
    if (!(await hasOrigin(url.href))) {
      throw new CalendarInputError({ code: 'feed-no-permission', host: url.host }, `Someday does not have permission to read ${url.host}. Add the calendar again and allow it.`);
    }
    const text = await fetchCalendarText(url.href);
    const readTime = now();
    timeZone = await personTimeZone();
    const read = readFeed(text, url.href, readTime, timeZone);
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
    return failure(error, timeZone);
  }
}

/**
 * Fetches one feed again and reads it over the coming weeks. A feed that fails keeps its last good
 * busy times and records the error with when it happened.
 */
export async function refreshCalendar(id: string, now: () => Date = () => new Date()): Promise<CalendarResult> {
  const calendar = (await readStoredCalendars()).find((candidate) => candidate.id === id);
  if (!calendar) return { ok: false, id, error: 'This calendar was removed.', problem: { code: 'calendar-removed' } };
  if (calendar.source.kind !== 'feed') {
    return {
      ok: false,
      id,
      error: 'An imported file cannot be read again: import a new copy to update it.',
      problem: { code: 'file-not-refreshable' },
    };
  }
  const { url } = calendar.source;
  let outcome:
    | Pick<StoredCalendar, 'busy' | 'coversFrom' | 'coversUntil' | 'readAt'>
    | { error: string; problem: CalendarProblem; at: number };
  let timeZone: string | undefined;
  try {
    const text = await fetchCalendarText(url);
    const readTime = now();
    timeZone = await personTimeZone();
    outcome = { ...readFeed(text, url, readTime, timeZone), readAt: readTime.getTime() };
  } catch (error) {
    outcome = { error: messageOf(error), problem: problemOf(error, timeZone), at: now().getTime() };
  }
  let updated: StoredCalendar | undefined;
  try {
    await updateCalendars((calendars) =>
      calendars.map((candidate) => {
        if (candidate.id !== id) return candidate;
        updated =
          'error' in outcome
            ? { ...candidate, lastError: { message: outcome.error, at: outcome.at } }
            : { ...candidate, ...outcome, lastError: null };
        return updated;
      }),
    );
  } catch (error) {
    return { ...failure(error), id };
  }
  if (!updated) return { ok: false, id, error: 'This calendar was removed.', problem: { code: 'calendar-removed' } };
  return 'error' in outcome ? { ok: false, id, error: outcome.error, problem: outcome.problem } : { ok: true, calendar: updated };
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

/** Busy times that ended more than a day ago help no invite; dropping them keeps storage small. */
export async function pruneEndedBusy(now: Date): Promise<void> {
  const cutoff = now.getTime() - DAY_MS;
  const calendars = await readStoredCalendars();
  if (!calendars.some((calendar) => calendar.busy.some(([, end]) => end < cutoff))) return;
  await updateCalendars((stored) =>
    stored.map((calendar) => ({ ...calendar, busy: calendar.busy.filter(([, end]) => end >= cutoff) })),
  );
}

/** Removes a calendar and, for the last feed on its origin, the host permission. Returns what was removed, for undo. */
export async function removeCalendar(id: string): Promise<StoredCalendar | null> {
  let removed: StoredCalendar | null = null;
  const remaining = await updateCalendars((calendars) => {
    removed = calendars.find((calendar) => calendar.id === id) ?? null;
    return calendars.filter((calendar) => calendar.id !== id);
  });
  const gone = removed as StoredCalendar | null;
  if (gone?.source.kind === 'feed') await releaseOriginIfUnused(gone.source.url, remaining);
  return gone;
}

/** Puts a removed calendar back where it was (undo). A feed needs its origin granted again first. */
export async function restoreCalendar(calendar: StoredCalendar, index?: number): Promise<void> {
  await updateCalendars((calendars) => {
    if (calendars.some((candidate) => candidate.id === calendar.id)) return calendars;
    const next = [...calendars];
    next.splice(index ?? next.length, 0, calendar);
    return next;
  });
}

/** Sets the refresh alarm to the stored period; leaves a matching alarm alone, so it is safe to call on every start. */
export async function scheduleCalendarRefresh(): Promise<void> {
  const { refreshMinutes } = await readCalendarSettings();
  const existing = await browser.alarms.get(REFRESH_ALARM);
  if (existing && existing.periodInMinutes === refreshMinutes) return;
  await browser.alarms.create(REFRESH_ALARM, { delayInMinutes: refreshMinutes, periodInMinutes: refreshMinutes });
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

/**
 * The background's part: the alarm, its listener, and a new period when the setting changes.
 * Listeners are added synchronously so a stopped service worker is woken by them.
 */
export function startCalendarRefresh(): () => void {
  const report = (error: unknown) => console.warn('[Someday] Calendar refresh failed.', error);
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === REFRESH_ALARM) void refreshAllCalendars().catch(report);
  };
  const onInstalled = () => void scheduleCalendarRefresh().catch(report);
  const onStartup = () => void scheduleCalendarRefresh().then(() => refreshStaleCalendars()).catch(report);
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.runtime.onInstalled.addListener(onInstalled);
  browser.runtime.onStartup.addListener(onStartup);
  const unwatch = STORED.calendarSettings.item.watch(() => void scheduleCalendarRefresh().catch(report));
  void scheduleCalendarRefresh().catch(report);
  return () => {
    browser.alarms.onAlarm.removeListener(onAlarm);
    browser.runtime.onInstalled.removeListener(onInstalled);
    browser.runtime.onStartup.removeListener(onStartup);
    unwatch();
  };
}
