/**
 * Busy times from an iCalendar (RFC 5545) file, as exported by Google, Outlook and Apple.
 *
 * Pure engine: text in, intervals out. No DOM, no extension APIs, only relative or package
 * imports, so the options page, tests and benchmarks all run the same code.
 *
 * What counts as busy: every VEVENT instance overlapping the range, except events marked free
 * (TRANSP:TRANSPARENT) and cancelled events or instances (STATUS:CANCELLED). All-day events
 * block the whole local day in `options.timeZone`; floating times are read in that zone too.
 */
import ICAL from 'ical.js';
import { TZDate } from '@date-fns/tz';
import type { Interval } from '../availability/index.ts';
import { CalendarError } from './errors.ts';
import { ianaZoneForTzid, isIanaTimeZone } from './zones.ts';

export { CalendarError } from './errors.ts';
export type { CalendarErrorCode } from './errors.ts';
export type { Interval };

export interface ReadBusyOptions {
  /** The person's IANA zone, for all-day events and floating times. Default "UTC". */
  timeZone?: string;
  /** Refuse files larger than this many bytes (UTF-8). Default 10 MB. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/**
 * A guard against rules that never end or never match: no single event may produce more
 * occurrences than this while we look for the ones in range. Fast-forwarding keeps real
 * calendars far below it.
 */
export const MAX_OCCURRENCES_PER_EVENT = 20_000;

type IcalComponent = InstanceType<typeof ICAL.Component>;
type IcalProperty = InstanceType<typeof ICAL.Property>;
type IcalTime = InstanceType<typeof ICAL.Time>;
type IcalDuration = InstanceType<typeof ICAL.Duration>;
type IcalRecur = InstanceType<typeof ICAL.Recur>;

/** How the wall-clock times of one property become instants. */
type WallZone =
  | { kind: 'utc' }
  | { kind: 'vtimezone' } // the ICAL.Time carries a zone defined by the file
  | { kind: 'iana'; name: string };

const DAY_MS = 86_400_000;

export function readBusyFromIcs(ics: string, range: { start: Date; end: Date }, options: ReadBusyOptions = {}): Interval[] {
  const rangeStart = range.start.getTime();
  const rangeEnd = range.end.getTime();
  if (Number.isNaN(rangeStart) || Number.isNaN(rangeEnd) || rangeEnd < rangeStart) {
    throw new CalendarError('invalid-range', 'The date range to read is invalid: it needs a start and an end after it.');
  }
  const personZone = options.timeZone ?? 'UTC';
  if (!isIanaTimeZone(personZone)) {
    throw new CalendarError(
      'unknown-time-zone',
      `Unknown time zone "${personZone}": use an IANA name such as "America/New_York".`,
    );
  }
  const text = checkShape(ics, options.maxBytes ?? DEFAULT_MAX_BYTES);

  let jcal: unknown;
  try {
    jcal = ICAL.parse(text);
  } catch (error) {
    throw unreadable(error);
  }
  // ICAL.parse returns one component, or a list when the file holds several VCALENDARs.
  const jcalList = (Array.isArray(jcal) && typeof jcal[0] === 'string' ? [jcal] : jcal) as unknown[];
  const calendars = jcalList.map((item) => new ICAL.Component(item as never));

  const registeredZones: string[] = [];
  try {
    for (const calendar of calendars) registerTimeZones(calendar, registeredZones);
    const reader = new BusyReader(rangeStart, rangeEnd, personZone);
    for (const calendar of calendars) reader.readCalendar(calendar);
    return reader.result();
  } catch (error) {
    if (error instanceof CalendarError) throw error;
    throw unreadable(error);
  } finally {
    // TimezoneService is global to ical.js; leave it as we found it so files cannot affect each other.
    for (const tzid of registeredZones) ICAL.TimezoneService.remove(tzid);
  }
}

/** Cheap checks before parsing, so common mistakes get a clear message instead of a parser error. */
function checkShape(ics: string, maxBytes: number): string {
  if (typeof ics !== 'string') {
    throw new CalendarError('not-icalendar', 'This file is not an iCalendar (.ics) file: it does not start with BEGIN:VCALENDAR.');
  }
  const size = utf8Length(ics, maxBytes);
  if (size > maxBytes) {
    throw new CalendarError(
      'too-large',
      `This calendar file is ${formatMegabytes(size)}, over the ${formatMegabytes(maxBytes)} limit. ` +
        'Export a shorter date range or a single calendar.',
    );
  }
  const text = ics.replace(/^\uFEFF/, '').trim();
  if (!/^BEGIN:VCALENDAR\b/i.test(text)) {
    throw new CalendarError(
      'not-icalendar',
      'This file is not an iCalendar (.ics) file: it does not start with BEGIN:VCALENDAR.',
    );
  }
  if (!/(^|\n)END:VCALENDAR$/i.test(text)) {
    throw new CalendarError(
      'truncated',
      'The calendar file is cut off: it ends before END:VCALENDAR, so events may be missing. Export or download it again.',
    );
  }
  return text;
}

/** Byte length in UTF-8, without encoding the whole file when the answer is already clear. */
function utf8Length(text: string, limit: number): number {
  if (text.length > limit) return text.length; // each character is at least one byte
  if (text.length * 3 <= limit) return text.length; // each UTF-16 unit is at most three bytes
  return new TextEncoder().encode(text).length;
}

function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes >= 10 ? Math.round(megabytes) : Math.round(megabytes * 10) / 10} MB`;
}

function unreadable(error: unknown): CalendarError {
  const detail = error instanceof Error ? error.message : String(error);
  if (/component began but did not end/i.test(detail)) {
    return new CalendarError('truncated', 'The calendar file is cut off: a BEGIN: block is never closed by its END: line.');
  }
  return new CalendarError('unreadable', `This calendar file could not be read: ${detail.replace(/\.$/, '')}.`);
}

function registerTimeZones(calendar: IcalComponent, registered: string[]): void {
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    const zone = new ICAL.Timezone(vtimezone);
    if (zone.tzid && !ICAL.TimezoneService.has(zone.tzid)) {
      ICAL.TimezoneService.register(zone);
      registered.push(zone.tzid);
    }
  }
}

interface Span {
  start: number;
  end: number;
}

/** The length of each instance of an event, in the form that survives daylight-saving changes. */
type EventLength =
  | { kind: 'days'; days: number } // all-day: whole local days
  | { kind: 'exact'; ms: number } // DTSTART..DTEND
  | { kind: 'nominal'; duration: IcalDuration }; // DURATION, added on the wall clock

class BusyReader {
  private readonly spans: Span[] = [];

  constructor(
    private readonly rangeStart: number,
    private readonly rangeEnd: number,
    private readonly personZone: string,
  ) {}

  readCalendar(calendar: IcalComponent): void {
    const events = calendar.getAllSubcomponents('vevent');
    const exceptionsByUid = new Map<string, IcalComponent[]>();
    const masters: IcalComponent[] = [];
    for (const event of events) {
      if (event.hasProperty('recurrence-id')) {
        const uid = String(event.getFirstPropertyValue('uid') ?? '');
        exceptionsByUid.set(uid, [...(exceptionsByUid.get(uid) ?? []), event]);
      } else {
        masters.push(event);
      }
    }
    for (const master of masters) {
      const uid = String(master.getFirstPropertyValue('uid') ?? '');
      this.readEvent(master, exceptionsByUid.get(uid) ?? []);
    }
    // A moved instance is busy where it now is, whatever its series says; it is read on its own.
    for (const exceptions of exceptionsByUid.values()) {
      for (const exception of exceptions) this.readSingle(exception);
    }
  }

  result(): Interval[] {
    const clipped = this.spans
      .filter((s) => s.end > this.rangeStart && s.start < this.rangeEnd && s.end > s.start)
      .map((s) => ({ start: Math.max(s.start, this.rangeStart), end: Math.min(s.end, this.rangeEnd) }))
      .sort((a, b) => a.start - b.start);
    const merged: Span[] = [];
    for (const span of clipped) {
      const last = merged[merged.length - 1];
      if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
      else merged.push({ ...span });
    }
    return merged.map((s) => ({ start: new Date(s.start), end: new Date(s.end) }));
  }

  private readEvent(master: IcalComponent, exceptions: IcalComponent[]): void {
    if (isCancelled(master)) return;
    const isRecurring = master.hasProperty('rrule') || master.hasProperty('rdate');
    if (!isRecurring) {
      this.readSingle(master);
      return;
    }
    if (isFree(master)) return;

    const startProperty = master.getFirstProperty('dtstart');
    if (!startProperty) return;
    const dtstart = startProperty.getFirstValue() as IcalTime;
    const zone = this.zoneOf(startProperty, dtstart);
    const length = this.lengthOf(master, dtstart, zone);

    const replaced = new Set<string>();
    for (const exception of exceptions) {
      const property = exception.getFirstProperty('recurrence-id');
      if (property) replaced.add(this.occurrenceKey(property.getFirstValue() as IcalTime, this.zoneOf(property)));
    }
    const excluded = this.excludedKeys(master);

    // Only starts from here on can reach into the range.
    const earliestUsefulStart = this.rangeStart - this.longestInstanceMs(length);
    const expansion = new ICAL.RecurExpansion({
      component: master,
      dtstart: this.fastForward(master, dtstart, zone, earliestUsefulStart),
    });
    for (let produced = 0; produced < MAX_OCCURRENCES_PER_EVENT; produced++) {
      let occurrence: IcalTime | undefined;
      try {
        occurrence = expansion.next() ?? undefined;
      } catch {
        break; // ical.js gives up on rules that can never match ("max tries"); nothing more to add
      }
      if (!occurrence) break;
      const start = this.instantOf(occurrence, zone);
      if (start >= this.rangeEnd) break;
      if (start < earliestUsefulStart) continue;
      const key = this.occurrenceKey(occurrence, zone);
      if (replaced.has(key) || excluded.has(key) || excluded.has(dateKey(occurrence))) continue;
      this.spans.push({ start, end: this.endOf(occurrence, start, zone, length) });
    }
  }

  /** A non-recurring event, or one moved instance of a series. */
  private readSingle(event: IcalComponent): void {
    if (isCancelled(event) || isFree(event)) return;
    const startProperty = event.getFirstProperty('dtstart') ?? event.getFirstProperty('recurrence-id');
    if (!startProperty) return;
    const dtstart = startProperty.getFirstValue() as IcalTime;
    const zone = this.zoneOf(startProperty, dtstart);
    const start = this.instantOf(dtstart, zone);
    const endProperty = event.getFirstProperty('dtend');
    let end: number;
    if (endProperty && !dtstart.isDate) {
      const dtend = endProperty.getFirstValue() as IcalTime;
      end = this.instantOf(dtend, this.zoneOf(endProperty, dtend));
    } else {
      end = this.endOf(dtstart, start, zone, this.lengthOf(event, dtstart, zone));
    }
    this.spans.push({ start, end });
  }

  private lengthOf(event: IcalComponent, dtstart: IcalTime, zone: WallZone): EventLength {
    const endProperty = event.getFirstProperty('dtend');
    const duration = event.getFirstPropertyValue('duration') as IcalDuration | null;
    if (dtstart.isDate) {
      if (endProperty) {
        const dtend = endProperty.getFirstValue() as IcalTime;
        const days = Math.round(
          (Date.UTC(dtend.year, dtend.month - 1, dtend.day) - Date.UTC(dtstart.year, dtstart.month - 1, dtstart.day)) / DAY_MS,
        );
        return { kind: 'days', days: Math.max(1, days) };
      }
      if (duration) return { kind: 'days', days: Math.max(1, Math.ceil(duration.toSeconds() / 86_400)) };
      return { kind: 'days', days: 1 }; // RFC 5545: an all-day event without an end lasts one day
    }
    if (endProperty) {
      const dtend = endProperty.getFirstValue() as IcalTime;
      return { kind: 'exact', ms: this.instantOf(dtend, this.zoneOf(endProperty, dtend)) - this.instantOf(dtstart, zone) };
    }
    if (duration) return { kind: 'nominal', duration };
    return { kind: 'exact', ms: 0 }; // a timed event without an end takes no time
  }

  private longestInstanceMs(length: EventLength): number {
    if (length.kind === 'days') return (length.days + 1) * DAY_MS;
    if (length.kind === 'exact') return Math.max(0, length.ms);
    return Math.max(0, length.duration.toSeconds() * 1000) + DAY_MS;
  }

  private endOf(occurrence: IcalTime, start: number, zone: WallZone, length: EventLength): number {
    if (length.kind === 'days') {
      return new TZDate(occurrence.year, occurrence.month - 1, occurrence.day + length.days, this.personZone).getTime();
    }
    if (length.kind === 'exact') return start + length.ms;
    const end = occurrence.clone();
    end.addDuration(length.duration);
    return this.instantOf(end, zone);
  }

  /** EXDATE keys: exact instants for date-times, whole dates for VALUE=DATE. */
  private excludedKeys(event: IcalComponent): Set<string> {
    const keys = new Set<string>();
    for (const property of event.getAllProperties('exdate')) {
      const zone = this.zoneOf(property);
      for (const value of property.getValues() as IcalTime[]) {
        keys.add(value.isDate ? dateKey(value) : this.occurrenceKey(value, zone));
      }
    }
    return keys;
  }

  private occurrenceKey(time: IcalTime, zone: WallZone): string {
    return time.isDate ? dateKey(time) : `T${this.instantOf(time, zone)}`;
  }

  private zoneOf(property: IcalProperty, value?: IcalTime): WallZone {
    const time = value ?? (property.getFirstValue() as IcalTime);
    if (time.zone === ICAL.Timezone.utcTimezone) return { kind: 'utc' };
    const tzid = property.getParameter('tzid') as string | undefined;
    if (!tzid) return { kind: 'iana', name: this.personZone }; // floating: the person's wall clock
    if (time.zone && time.zone !== ICAL.Timezone.localTimezone && time.zone.tzid === tzid) return { kind: 'vtimezone' };
    const iana = ianaZoneForTzid(tzid);
    if (!iana) {
      throw new CalendarError(
        'unknown-time-zone',
        `The calendar uses the time zone "${tzid}", which Someday does not recognise, and the file does not describe it (no VTIMEZONE block).`,
      );
    }
    return { kind: 'iana', name: iana };
  }

  private instantOf(time: IcalTime, zone: WallZone): number {
    if (time.isDate) return new TZDate(time.year, time.month - 1, time.day, this.personZone).getTime();
    if (zone.kind === 'utc') return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
    if (zone.kind === 'vtimezone') return time.toUnixTime() * 1000;
    return new TZDate(time.year, time.month - 1, time.day, time.hour, time.minute, time.second, zone.name).getTime();
  }

  /**
   * A later DTSTART for the expansion, so a weekly series from five years ago does not walk
   * through 260 weeks to reach the range. Only for rules where jumping whole periods provably
   * keeps the same occurrences: DAILY or WEEKLY, no COUNT (it counts from the real start),
   * no RDATE, no BY-rules other than plain weekdays, and DTSTART itself on one of those weekdays.
   */
  private fastForward(event: IcalComponent, dtstart: IcalTime, zone: WallZone, target: number): IcalTime {
    const rules = event.getAllProperties('rrule');
    const rule = rules[0]?.getFirstValue() as IcalRecur | undefined;
    if (!rule || rules.length !== 1 || event.hasProperty('rdate') || rule.count) return dtstart;
    if (rule.freq !== 'WEEKLY' && rule.freq !== 'DAILY') return dtstart;
    const parts = (rule.parts ?? {}) as Record<string, unknown[]>;
    const partNames = Object.keys(parts).filter((name) => (parts[name]?.length ?? 0) > 0);
    if (partNames.some((name) => name !== 'BYDAY')) return dtstart;
    const byDay = (parts.BYDAY ?? []).map(String);
    if (byDay.some((day) => !/^(SU|MO|TU|WE|TH|FR|SA)$/.test(day))) return dtstart;
    if (byDay.length > 0 && !byDay.includes(WEEKDAY_CODES[dtstart.dayOfWeek() - 1] ?? '')) return dtstart;

    const interval = Math.max(1, rule.interval || 1);
    // A daily rule filtered by weekday must keep both its day phase and its weekday.
    const stepDays = rule.freq === 'WEEKLY' ? 7 * interval : byDay.length > 0 ? lcm(interval, 7) : interval;
    const steps = Math.floor((target - this.instantOf(dtstart, zone)) / (stepDays * DAY_MS)) - 1;
    if (steps <= 0) return dtstart;
    const start = dtstart.clone();
    start.adjust(steps * stepDays, 0, 0, 0);
    return start;
  }
}

const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

function isCancelled(event: IcalComponent): boolean {
  return String(event.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';
}

function isFree(event: IcalComponent): boolean {
  return String(event.getFirstPropertyValue('transp') ?? '').toUpperCase() === 'TRANSPARENT';
}

function dateKey(time: IcalTime): string {
  return `D${time.year}-${time.month}-${time.day}`;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function lcm(a: number, b: number): number {
  return (a / gcd(a, b)) * b;
}
