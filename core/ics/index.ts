/**
 * Busy times from an iCalendar (RFC 5545) file, as exported by Google, Outlook and Apple.
 *
 * Pure engine: text in, intervals out. No DOM, no extension APIs, only relative or package
 * imports, so the options page, the worker, tests and benchmarks all run the same code.
 *
 * What counts as busy: every VEVENT instance overlapping the range, except events marked free
 * (TRANSP:TRANSPARENT) and cancelled events or instances (STATUS:CANCELLED). All-day events
 * block the whole local day in `options.timeZone`; floating times are read in that zone too.
 *
 * Every read is bounded (core/ics/limits.ts): the text is checked line by line before
 * parsing, the file's time zones before use, each repeating rule before expansion, and all
 * expansions share one occurrence budget. Whatever goes wrong ends in a CalendarError whose
 * message is Someday's own sentence, never a parser's or JavaScript's.
 */
import ICAL from 'ical.js';
import type { Interval } from '../availability/index.ts';
import { BusyReader } from './busy-reader.ts';
import { CalendarError } from './errors.ts';
import { DEFAULT_MAX_BYTES } from './limits.ts';
import { prepareText } from './text.ts';
import { registerFileZones, unregisterFileZones, type FileZones } from './zone-rules.ts';
import { isIanaTimeZone } from './zones.ts';

export { CalendarError, describeCalendarReadProblem, formatMegabytes } from './errors.ts';
export type { CalendarErrorCode, CalendarReadProblem } from './errors.ts';
export { DEFAULT_MAX_BYTES, MAX_LISTED_DATES, OCCURRENCE_BUDGET } from './limits.ts';
export type { Interval };

export interface ReadBusyOptions {
  /** The person's IANA zone, for all-day events and floating times. Default "UTC". */
  timeZone?: string;
  /** Refuse files larger than this many bytes (UTF-8). Default 10 MB. */
  maxBytes?: number;
}

export function readBusyFromIcs(ics: string, range: { start: Date; end: Date }, options: ReadBusyOptions = {}): Interval[] {
  const { rangeStart, rangeEnd } = checkRange(range);
  const personZone = options.timeZone ?? 'UTC';
  if (typeof personZone !== 'string' || !isIanaTimeZone(personZone)) {
    throw new CalendarError({ code: 'unknown-time-zone', zone: typeof personZone === 'string' ? personZone : null, yours: true });
  }
  const maxBytes = typeof options.maxBytes === 'number' && options.maxBytes > 0 ? options.maxBytes : DEFAULT_MAX_BYTES;
  const text = prepareText(ics, maxBytes);

  const zones: FileZones = { registered: [], refused: new Set() };
  try {
    const jcal = ICAL.parse(text);
    // ICAL.parse returns one component, or a list when the file holds several VCALENDARs.
    const jcalList = (Array.isArray(jcal) && typeof jcal[0] === 'string' ? [jcal] : jcal) as unknown[];
    const calendars = jcalList.map((item) => new ICAL.Component(item as never));
    // Times after the range's year (plus one for a range ending on 31 December) are never needed exactly.
    const lastZoneYear = new Date(rangeEnd).getUTCFullYear() + 1;
    registerFileZones(calendars, lastZoneYear, zones);
    const reader = new BusyReader({ rangeStart, rangeEnd, personZone, refusedZones: zones.refused, lastZoneYear });
    reader.read(calendars);
    return reader.result();
  } catch (error) {
    if (error instanceof CalendarError) throw error;
    // Whatever the parser or ical.js said is not for people; the line checks already named what they could.
    if (error instanceof Error && /component began but did not end/i.test(error.message)) throw new CalendarError({ code: 'truncated' });
    throw new CalendarError({ code: 'unreadable', line: null });
  } finally {
    unregisterFileZones(zones);
  }
}

function checkRange(range: unknown): { rangeStart: number; rangeEnd: number } {
  const { start, end } = (typeof range === 'object' && range !== null ? range : {}) as { start?: unknown; end?: unknown };
  if (!(start instanceof Date) || !(end instanceof Date)) throw new CalendarError({ code: 'invalid-range' });
  const rangeStart = start.getTime();
  const rangeEnd = end.getTime();
  if (Number.isNaN(rangeStart) || Number.isNaN(rangeEnd) || rangeEnd < rangeStart) throw new CalendarError({ code: 'invalid-range' });
  return { rangeStart, rangeEnd };
}
