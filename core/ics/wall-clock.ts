/**
 * Wall-clock times to instants, fast enough for every occurrence of a large calendar.
 *
 * `new TZDate(...)` formats through Intl on every call (tens of microseconds); a calendar read
 * converts hundreds of thousands of times, mostly on a few hundred distinct days. A zone's UTC
 * offset is therefore looked up once per UTC day and reused for every time on a day without a
 * clock change; only days with a change ask Intl at the exact instant.
 */
import { tzOffset } from '@date-fns/tz';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** The latest instant a Date can hold; ends past it mean "after any range". */
export const LATEST_INSTANT = 8.64e15;
export const EARLIEST_INSTANT = -8.64e15;

/** Per zone, per UTC day index: the day's offset in minutes, or null when the clock changes that day. */
const offsetsByDay = new Map<string, Map<number, number | null>>();
/** A memo, not state: offsets never change while Someday runs. Bounded so a long-lived background cannot grow it. */
const MAX_CACHED_DAYS = 50_000;
let cachedDays = 0;

function offsetMinutes(zone: string, instant: number): number {
  if (zone === 'UTC') return 0;
  let days = offsetsByDay.get(zone);
  if (!days) {
    days = new Map();
    offsetsByDay.set(zone, days);
  }
  const day = Math.floor(instant / DAY_MS);
  let offset = days.get(day);
  if (offset === undefined) {
    const atStart = tzOffset(zone, new Date(day * DAY_MS));
    const atEnd = tzOffset(zone, new Date(day * DAY_MS + DAY_MS - 1));
    offset = atStart === atEnd ? atStart : null;
    if (cachedDays >= MAX_CACHED_DAYS) {
      offsetsByDay.clear();
      cachedDays = 0;
      days = new Map();
      offsetsByDay.set(zone, days);
    }
    days.set(day, offset);
    cachedDays++;
  }
  return offset ?? tzOffset(zone, new Date(instant));
}

/** Milliseconds for wall-clock fields read as UTC; out-of-range fields roll over like Date.UTC. Years 0–99 stay themselves. */
export function utcFromFields(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/**
 * The instant a wall-clock time happens in an IANA zone (month 1–12). A time inside a
 * spring-forward gap moves forward by the gap (02:30 on a 02:00→03:00 night is 03:30); a time
 * that happens twice (fall back) is its first occurrence. Times past what a Date holds give
 * LATEST_INSTANT or EARLIEST_INSTANT, so a range check still answers correctly.
 */
export function wallClockInstant(
  zone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const wall = utcFromFields(year, month, day, hour, minute, second);
  if (!Number.isFinite(wall)) return year > 0 ? LATEST_INSTANT : EARLIEST_INSTANT;
  if (zone === 'UTC' || Math.abs(wall) > LATEST_INSTANT - 2 * DAY_MS) return wall;
  const before = offsetMinutes(zone, wall - DAY_MS) * MINUTE_MS;
  const after = offsetMinutes(zone, wall + DAY_MS) * MINUTE_MS;
  if (before === after) {
    const instant = wall - before;
    // Two changes within two days (rare, historical) fall through to the exact check below.
    if (offsetMinutes(zone, instant) * MINUTE_MS === before) return instant;
  }
  const candidates = [wall - before, wall - after].filter((instant) => offsetMinutes(zone, instant) * MINUTE_MS === wall - instant);
  if (candidates.length === 0) return wall - before; // in the gap: shifted forward by it
  return Math.min(...candidates);
}
