/**
 * From calendar text to what is stored: the busy times over the coming weeks, merged and clipped,
 * and the calendar's own name. Pure (no browser APIs): it runs in the worker, in the options page
 * when no worker can start, and in the tests.
 */
import type { Interval } from '../../core/availability';
import { DEFAULT_MAX_BYTES, readBusyFromIcs } from '../../core/ics';
import type { BusyPair, StoredCalendar } from '../../core/stored-calendars';

/** Busy times are read from a day back (an evening that already started) to this many days ahead. */
export const CALENDAR_DAYS_AHEAD = 60;
/** The largest calendar file or feed Someday reads. */
export const CALENDAR_MAX_BYTES = DEFAULT_MAX_BYTES;

const DAY_MS = 86_400_000;

export type CalendarRead = Pick<StoredCalendar, 'busy' | 'coversFrom' | 'coversUntil'>;

export function calendarRange(now: Date): { start: Date; end: Date } {
  return { start: new Date(now.getTime() - DAY_MS), end: new Date(now.getTime() + CALENDAR_DAYS_AHEAD * DAY_MS) };
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

/** The busy times of one calendar text over the coming weeks, in the person's zone. Throws CalendarError. */
export function readCalendar(ics: string, options: { now: Date; timeZone: string }): CalendarRead {
  const range = calendarRange(options.now);
  const intervals = readBusyFromIcs(ics, range, { timeZone: options.timeZone, maxBytes: CALENDAR_MAX_BYTES });
  return { busy: mergeBusy(intervals, range), coversFrom: range.start.getTime(), coversUntil: range.end.getTime() };
}

/** The calendar's own name (X-WR-CALNAME), if the file gives one. */
export function calendarNameFromIcs(ics: string): string | null {
  const head = ics.slice(0, 64 * 1024).replace(/(?:\r\n?|\n)[ \t]/g, '');
  const match = /^X-WR-CALNAME(?:;[^:\r\n]*)?:(.*)$/im.exec(head);
  if (!match) return null;
  const name = match[1]!
    .replace(/\\[nN]/g, ' ')
    .replace(/\\([,;\\])/g, '$1')
    .trim();
  return name === '' ? null : name.slice(0, 120);
}

export function nameFromFileName(fileName: string): string {
  return fileName.replace(/\.(ics|ical|ifb|icalendar)$/i, '').trim() || 'Calendar';
}
