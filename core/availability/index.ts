/**
 * Decides which concrete free times Someday offers in an invite.
 *
 * Pure engine: no DOM, no extension APIs, only relative or package imports, so it
 * runs unchanged in the content script, the options page, tests and plain Node.
 *
 * Defaults when options are omitted (chosen so an invite is short and plausible):
 * - minNoticeMinutes 180: nobody wants "free in 20 minutes" from a chat message.
 * - horizonDays 7: a week ahead reads as "this week", which is what "sometime" means.
 * - maxSlots 3: three options fit one sentence ("Tue, Thu or Sat").
 * - bufferMinutes 0: the engine is neutral; the app passes 15 to keep travel time free.
 */
import { TZDate, tzOffset } from '@date-fns/tz';

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** A recurring weekly window. day 0 = Sunday; "HH:mm" wall-clock in the query's timeZone; end may be "24:00". */
export interface WeeklyWindow {
  day: Weekday;
  start: string;
  end: string;
}

/** Wall-clock hours on one specific date, "HH:mm"; end may be "24:00". */
export interface TimeWindow {
  start: string;
  end: string;
}

export interface Interval {
  start: Date;
  end: Date;
}

/** No availability on one date ("YYYY-MM-DD" in the query's timeZone). */
export interface DayOffOverride {
  kind: 'dayOff';
  date: string;
}

/** No availability from one date through another, both inclusive ("YYYY-MM-DD"), e.g. a holiday. */
export interface BlockedRangeOverride {
  kind: 'blocked';
  from: string;
  to: string;
}

/**
 * Extra free hours on one date, added to that date's weekly windows.
 * `kind` may be left out, so `{ date: '2026-12-24', windows: [{ start: '10:00', end: '14:00' }] }` is valid.
 */
export interface ExtraHoursOverride {
  kind?: 'extraHours';
  date: string;
  windows: TimeWindow[];
}

/**
 * Date overrides. Day off and blocked ranges remove the weekly windows of those dates;
 * extra hours are added afterwards, so they win even inside a blocked range
 * ("away Dec 20–Jan 2, but free Dec 24 10–14"): the statement about one date is the more specific one.
 */
export type DateOverride = DayOffOverride | BlockedRangeOverride | ExtraHoursOverride;

export interface FreeSlotQuery {
  now: Date;
  /** IANA name, e.g. "America/New_York". */
  timeZone: string;
  weekly: WeeklyWindow[];
  /** Times the person is not free. */
  busy?: Interval[];
  /** Length of the thing being planned. */
  durationMinutes: number;
  /** No slot starts sooner than this after now. Default 180. */
  minNoticeMinutes?: number;
  /** Look this many days ahead: slots start before now + horizonDays (same wall-clock time). Default 7. */
  horizonDays?: number;
  /** At most this many slots. Default 3. */
  maxSlots?: number;
  /** Padding kept free before and after each busy interval. Default 0. */
  bufferMinutes?: number;
  /** Days off, blocked ranges and extra hours on specific dates. */
  overrides?: DateOverride[];
}

/**
 * The furthest ahead the engine looks, whatever the query asks: a year. The settings allow 60
 * days; the cap keeps a query from elsewhere (100,000 days took 7.3 s) to about a year's work.
 */
export const MAX_HORIZON_DAYS = 366;

export const DEFAULT_MIN_NOTICE_MINUTES = 180;
export const DEFAULT_HORIZON_DAYS = 7;
export const DEFAULT_MAX_SLOTS = 3;
export const DEFAULT_BUFFER_MINUTES = 0;

const MINUTE_MS = 60_000;
/**
 * Slot edges snap inward to quarter hours ("6:15", never "6:07"). Every UTC offset in use
 * today is a multiple of 15 minutes, so a quarter hour in epoch time is one on the wall clock too.
 */
const SNAP_MS = 15 * MINUTE_MS;

/**
 * Free windows, best spread first: the earliest free window on each distinct day, then second
 * windows on days already used. Returned sorted by start. A slot is a whole free window
 * (never split), at least durationMinutes long, starting before the horizon ends.
 */
export function findFreeSlots(query: FreeSlotQuery): Interval[] {
  checkQuery(query);
  const { now, timeZone, weekly } = query;
  assertKnownTimeZone(timeZone);
  const durationMs = finiteOr(query.durationMinutes, 0) * MINUTE_MS;
  const maxSlots = Math.floor(finiteOr(query.maxSlots, DEFAULT_MAX_SLOTS));
  const horizonDays = Math.min(MAX_HORIZON_DAYS, Math.floor(finiteOr(query.horizonDays, DEFAULT_HORIZON_DAYS)));
  if (durationMs <= 0 || maxSlots <= 0 || horizonDays <= 0) return [];

  const noticeMs = Math.max(0, finiteOr(query.minNoticeMinutes, DEFAULT_MIN_NOTICE_MINUTES)) * MINUTE_MS;
  const bufferMs = Math.max(0, finiteOr(query.bufferMinutes, DEFAULT_BUFFER_MINUTES)) * MINUTE_MS;
  const earliestStart = ceilTo(now.getTime() + noticeMs, SNAP_MS);

  const today = new TZDate(now.getTime(), timeZone);
  const horizonEnd = new TZDate(
    today.getFullYear(),
    today.getMonth(),
    today.getDate() + horizonDays,
    today.getHours(),
    today.getMinutes(),
    today.getSeconds(),
    timeZone,
  ).getTime();

  const busy = mergeIntervals(
    (query.busy ?? [])
      .map((b) => ({ start: b.start.getTime() - bufferMs, end: b.end.getTime() + bufferMs }))
      .filter((b) => b.end > b.start),
  );
  const overrides = indexOverrides(query.overrides ?? []);

  // Free pieces grouped by local date, in date order; each group sorted by start.
  const freeByDay: Span[][] = [];
  for (let offset = 0; offset <= horizonDays; offset++) {
    const date = new TZDate(today.getFullYear(), today.getMonth(), today.getDate() + offset, timeZone);
    const windows = windowsOnDate(date, weekly, overrides, timeZone);
    const pieces: Span[] = [];
    for (const window of windows) {
      for (const piece of subtractBusy(window, busy)) {
        const start = ceilTo(Math.max(piece.start, earliestStart), SNAP_MS);
        const end = floorTo(piece.end, SNAP_MS);
        if (end - start >= durationMs && start < horizonEnd) pieces.push({ start, end });
      }
    }
    if (pieces.length > 0) freeByDay.push(pieces);
  }

  const chosen: Span[] = [];
  for (let round = 0; chosen.length < maxSlots; round++) {
    let tookAny = false;
    for (const pieces of freeByDay) {
      const piece = pieces[round];
      if (!piece) continue;
      tookAny = true;
      chosen.push(piece);
      if (chosen.length >= maxSlots) break;
    }
    if (!tookAny) break;
  }
  return chosen
    .sort((a, b) => a.start - b.start)
    .map((s) => ({ start: new Date(s.start), end: new Date(s.end) }));
}

/** Epoch-millisecond interval, half-open [start, end). */
interface Span {
  start: number;
  end: number;
}

interface OverrideIndex {
  offDates: Set<string>;
  blockedRanges: { from: string; to: string }[];
  extraHours: Map<string, TimeWindow[]>;
}

function indexOverrides(overrides: DateOverride[]): OverrideIndex {
  const index: OverrideIndex = { offDates: new Set(), blockedRanges: [], extraHours: new Map() };
  for (const override of overrides) {
    if (override.kind === 'dayOff') {
      index.offDates.add(parseIsoDate(override.date));
    } else if (override.kind === 'blocked') {
      const from = parseIsoDate(override.from);
      const to = parseIsoDate(override.to);
      // ISO dates compare correctly as strings; accept the range either way round.
      index.blockedRanges.push(from <= to ? { from, to } : { from: to, to: from });
    } else {
      const date = parseIsoDate(override.date);
      index.extraHours.set(date, [...(index.extraHours.get(date) ?? []), ...override.windows]);
    }
  }
  return index;
}

function parseIsoDate(text: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    throw new Error(`A date override has the date "${text}"; dates must look like 2026-12-24.`);
  }
  return text;
}

/** The merged absolute windows of one local date, after overrides. */
function windowsOnDate(date: TZDate, weekly: WeeklyWindow[], overrides: OverrideIndex, timeZone: string): Span[] {
  const isoDate = `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
  const blocked =
    overrides.offDates.has(isoDate) || overrides.blockedRanges.some((r) => r.from <= isoDate && isoDate <= r.to);
  const wallWindows: TimeWindow[] = blocked ? [] : weekly.filter((w) => w.day === date.getDay());
  const extra = overrides.extraHours.get(isoDate) ?? [];

  const windows = [...wallWindows, ...extra];
  if (windows.length === 0) return [];
  const fallBack = fallBackOn(date, timeZone);
  const spans: Span[] = [];
  for (const window of windows) {
    const startMinutes = parseClock(window.start);
    const endMinutes = parseClock(window.end);
    if (endMinutes <= startMinutes) continue;
    spans.push(...instantsOfWindow(date, startMinutes, endMinutes, timeZone, fallBack));
  }
  return mergeIntervals(spans);
}

/**
 * The instants whose wall clock on `date` reads within [startMinutes, endMinutes).
 * On a fall-back date the repeated hour makes this up to two spans (a 01:00–02:00 window in
 * New York on the first Sunday of November is 01:00–01:59 EDT and again 01:00–01:59 EST);
 * on other dates it is one span, with times inside a spring-forward gap moved to the jump.
 */
function instantsOfWindow(
  date: TZDate,
  startMinutes: number,
  endMinutes: number,
  timeZone: string,
  fallBack: FallBack | undefined,
): Span[] {
  if (!fallBack) {
    const start = wallClockToInstant(date, startMinutes, timeZone);
    const end = wallClockToInstant(date, endMinutes, timeZone);
    return end > start ? [{ start, end }] : [];
  }
  // Before the change the wall clock runs up to `wallBefore`, then restarts from `wallAfter`.
  const { change, wallBefore, wallAfter } = fallBack;
  const beforeChange = {
    start: change - (wallBefore - startMinutes) * MINUTE_MS,
    end: change - (wallBefore - Math.min(endMinutes, wallBefore)) * MINUTE_MS,
  };
  const afterChange = {
    start: change + (Math.max(startMinutes, wallAfter) - wallAfter) * MINUTE_MS,
    end: change + (endMinutes - wallAfter) * MINUTE_MS,
  };
  return [beforeChange, afterChange].filter((span) => span.end > span.start);
}

/** Where the clocks go back on `date`, in instants and wall-clock minutes into the date. */
interface FallBack {
  change: number;
  wallBefore: number;
  wallAfter: number;
}

function fallBackOn(date: TZDate, timeZone: string): FallBack | undefined {
  const dayStart = wallClockToInstant(date, 0, timeZone);
  const dayEnd = wallClockToInstant(date, 24 * 60, timeZone);
  const offsetAtDayEnd = tzOffset(timeZone, new Date(dayEnd - 1));
  if (offsetAtDayEnd >= tzOffset(timeZone, new Date(dayStart))) return undefined;
  const change = firstInstantOfOffset(dayStart, dayEnd - 1, offsetAtDayEnd, timeZone);
  return {
    change,
    wallBefore: minutesIntoDate(change - MINUTE_MS, date, timeZone) + 1,
    wallAfter: minutesIntoDate(change, date, timeZone),
  };
}

/** Wall-clock minutes of `instant` counted from the start of `date` (negative on the day before). */
function minutesIntoDate(instant: number, date: TZDate, timeZone: string): number {
  const local = new TZDate(instant, timeZone);
  const minutes = local.getHours() * 60 + local.getMinutes();
  const sameDate = local.getDate() === date.getDate() && local.getMonth() === date.getMonth();
  return sameDate ? minutes : minutes - 24 * 60;
}

/** "HH:mm" to minutes after midnight; "24:00" is the end of the day. */
function parseClock(text: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) {
    throw new Error(`The time "${text}" is not a wall-clock time like 18:30 (00:00 to 24:00).`);
  }
  return hours * 60 + minutes;
}

/**
 * The instant a wall-clock time on a date happens. A time that does not exist (inside a
 * spring-forward gap) becomes the moment the clocks jump, so "02:30" on a 02:00→03:00 day
 * starts the window at 03:00 instead of losing half an hour. A repeated time (fall-back)
 * takes its first occurrence, which keeps every instant of the window inside its wall-clock hours.
 */
function wallClockToInstant(date: TZDate, minutesAfterMidnight: number, timeZone: string): number {
  const hours = Math.floor(minutesAfterMidnight / 60);
  const minutes = minutesAfterMidnight % 60;
  const candidate = new TZDate(date.getFullYear(), date.getMonth(), date.getDate(), hours, minutes, 0, timeZone);
  const landedOnRequestedTime =
    minutesAfterMidnight === 24 * 60 || (candidate.getHours() === hours && candidate.getMinutes() === minutes);
  if (landedOnRequestedTime) return candidate.getTime();
  // In a gap TZDate moves forward past the jump; the jump itself happened within the day before.
  const after = candidate.getTime();
  const before = after - 24 * 60 * MINUTE_MS;
  const newOffset = tzOffset(timeZone, new Date(after));
  if (tzOffset(timeZone, new Date(before)) === newOffset) return after;
  return firstInstantOfOffset(before, after, newOffset, timeZone);
}

/**
 * First instant in (low, high] on `offset`, given `low` is not on it and `high` is:
 * binary search at minute precision (clock changes happen on whole minutes).
 */
function firstInstantOfOffset(low: number, high: number, offset: number, timeZone: string): number {
  while (high - low > MINUTE_MS) {
    const mid = floorTo(low + (high - low) / 2, MINUTE_MS);
    if (tzOffset(timeZone, new Date(mid)) === offset) high = mid;
    else low = mid;
  }
  return high;
}

/** Parts of `window` not covered by `busy` (sorted and merged). */
function subtractBusy(window: Span, busy: Span[]): Span[] {
  const free: Span[] = [];
  let cursor = window.start;
  for (let i = firstEndingAfter(busy, window.start); i < busy.length; i++) {
    const block = busy[i]!;
    if (block.start >= window.end) break;
    if (block.start > cursor) free.push({ start: cursor, end: block.start });
    cursor = Math.max(cursor, block.end);
    if (cursor >= window.end) break;
  }
  if (cursor < window.end) free.push({ start: cursor, end: window.end });
  return free;
}

/** Index of the first span whose end is after `time` (binary search; spans sorted and merged). */
function firstEndingAfter(spans: Span[], time: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (spans[mid]!.end <= time) low = mid + 1;
    else high = mid;
  }
  return low;
}

function mergeIntervals(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * The query's shape, checked before use so a broken one gets a sentence naming what is wrong
 * instead of a TypeError from deep inside. Values that are the right type but say "nothing"
 * (a duration of 0, no windows) are not errors: they give no slots.
 */
function checkQuery(query: unknown): asserts query is FreeSlotQuery {
  const fail = (what: string): never => {
    throw new Error(`findFreeSlots needs ${what}.`);
  };
  if (typeof query !== 'object' || query === null) fail('a query object');
  const q = query as Record<string, unknown>;
  if (!(q.now instanceof Date) || Number.isNaN(q.now.getTime())) fail('"now" to be a valid Date');
  if (typeof q.timeZone !== 'string') fail('"timeZone" to be an IANA name such as "America/New_York"');
  if (!Array.isArray(q.weekly)) fail('"weekly" to be a list of windows like { day: 1, start: "18:00", end: "21:00" }');
  (q.weekly as unknown[]).forEach((window, index) => {
    const w = window as Record<string, unknown> | null;
    if (typeof w !== 'object' || w === null) fail(`"weekly[${index}]" to be a window like { day: 1, start: "18:00", end: "21:00" }`);
    if (!Number.isInteger(w!.day) || (w!.day as number) < 0 || (w!.day as number) > 6) fail(`"weekly[${index}].day" to be 0 (Sunday) to 6 (Saturday)`);
    if (typeof w!.start !== 'string' || typeof w!.end !== 'string') fail(`"weekly[${index}]" to have start and end times like "18:00"`);
  });
  if (q.busy !== undefined) {
    if (!Array.isArray(q.busy)) fail('"busy" to be a list of { start: Date, end: Date }');
    (q.busy as unknown[]).forEach((interval, index) => {
      const b = interval as Record<string, unknown> | null;
      const valid = (value: unknown) => value instanceof Date && !Number.isNaN(value.getTime());
      if (typeof b !== 'object' || b === null || !valid(b.start) || !valid(b.end)) fail(`"busy[${index}]" to have a valid start and end Date`);
    });
  }
  if (typeof q.durationMinutes !== 'number' || Number.isNaN(q.durationMinutes)) fail('"durationMinutes" to be a number');
  for (const name of ['minNoticeMinutes', 'horizonDays', 'maxSlots', 'bufferMinutes']) {
    const value = q[name];
    if (value !== undefined && (typeof value !== 'number' || Number.isNaN(value))) fail(`"${name}" to be a number when given`);
  }
  if (q.overrides !== undefined) {
    if (!Array.isArray(q.overrides)) fail('"overrides" to be a list of date overrides');
    (q.overrides as unknown[]).forEach((override, index) => {
      const o = override as Record<string, unknown> | null;
      if (typeof o !== 'object' || o === null) fail(`"overrides[${index}]" to be a date override`);
      if (o!.kind === 'dayOff') {
        if (typeof o!.date !== 'string') fail(`"overrides[${index}].date" to be a date like 2026-12-24`);
      } else if (o!.kind === 'blocked') {
        if (typeof o!.from !== 'string' || typeof o!.to !== 'string') fail(`"overrides[${index}]" to have from and to dates like 2026-12-24`);
      } else if (o!.kind === undefined || o!.kind === 'extraHours') {
        if (typeof o!.date !== 'string') fail(`"overrides[${index}].date" to be a date like 2026-12-24`);
        if (!Array.isArray(o!.windows) || !o!.windows.every((w) => typeof w === 'object' && w !== null && typeof (w as TimeWindow).start === 'string' && typeof (w as TimeWindow).end === 'string')) {
          fail(`"overrides[${index}].windows" to be a list of { start: "10:00", end: "14:00" }`);
        }
      } else {
        fail(`"overrides[${index}].kind" to be "dayOff", "blocked" or "extraHours"`);
      }
    });
  }
}

function assertKnownTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new Error(`Unknown time zone "${timeZone}": use an IANA name such as "America/New_York".`);
  }
}

function finiteOr(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function ceilTo(value: number, step: number): number {
  return Math.ceil(value / step) * step;
}

function floorTo(value: number, step: number): number {
  return Math.floor(value / step) * step;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
