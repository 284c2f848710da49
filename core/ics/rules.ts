/**
 * What the reader checks in a repeating rule (RRULE) before ical.js expands it. ical.js trusts
 * its rules: a value out of range ("BYHOUR=25") or a rule that can never match ("DAILY in
 * February on the 30th") makes it step forever, and a rule stepping every second through months
 * it filters out takes millions of steps per occurrence. So a rule is first classified here:
 * valid or not by RFC 5545, able to match at all, and how much stepping it implies.
 */
import type ICAL from 'ical.js';
import { MAX_RULE_STEP_SECONDS } from './limits.ts';

type IcalRecur = InstanceType<typeof ICAL.Recur>;

export type Frequency = 'SECONDLY' | 'MINUTELY' | 'HOURLY' | 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

/** The shortest a step of each frequency can be, in seconds (months and years at their shortest). */
export const STEP_SECONDS: Record<Frequency, number> = {
  SECONDLY: 1,
  MINUTELY: 60,
  HOURLY: 3_600,
  DAILY: 86_400,
  WEEKLY: 7 * 86_400,
  MONTHLY: 28 * 86_400,
  YEARLY: 365 * 86_400,
};

const FREQUENCIES = Object.keys(STEP_SECONDS) as Frequency[];
const SUB_DAILY = new Set<Frequency>(['SECONDLY', 'MINUTELY', 'HOURLY']);

type PartName = 'BYSECOND' | 'BYMINUTE' | 'BYHOUR' | 'BYDAY' | 'BYMONTHDAY' | 'BYYEARDAY' | 'BYWEEKNO' | 'BYMONTH' | 'BYSETPOS';

/** Allowed numbers per part; `signed` parts also count from the end (-1 = last) and exclude 0. */
const PART_RANGES: Record<Exclude<PartName, 'BYDAY'>, { min: number; max: number; signed: boolean }> = {
  BYSECOND: { min: 0, max: 60, signed: false },
  BYMINUTE: { min: 0, max: 59, signed: false },
  BYHOUR: { min: 0, max: 23, signed: false },
  BYMONTHDAY: { min: 1, max: 31, signed: true },
  BYYEARDAY: { min: 1, max: 366, signed: true },
  BYWEEKNO: { min: 1, max: 53, signed: true },
  BYMONTH: { min: 1, max: 12, signed: false },
  BYSETPOS: { min: 1, max: 366, signed: true },
};

const WEEKDAY = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/;

/** Parts that filter candidates at or above the rule's own step, so ical.js steps through the ones they drop. */
const FILTERING_PARTS: Record<Frequency, readonly PartName[]> = {
  SECONDLY: ['BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYDAY', 'BYMONTHDAY', 'BYYEARDAY', 'BYMONTH'],
  MINUTELY: ['BYMINUTE', 'BYHOUR', 'BYDAY', 'BYMONTHDAY', 'BYYEARDAY', 'BYMONTH'],
  HOURLY: ['BYHOUR', 'BYDAY', 'BYMONTHDAY', 'BYYEARDAY', 'BYMONTH'],
  DAILY: ['BYDAY', 'BYMONTHDAY', 'BYMONTH'],
  WEEKLY: ['BYMONTH'],
  MONTHLY: ['BYMONTH'],
  YEARLY: [],
};

export interface RuleShape {
  freq: Frequency;
  interval: number;
  parts: Partial<Record<PartName, readonly (number | string)[]>>;
  hasCount: boolean;
}

export type RuleVerdict =
  | { kind: 'ok'; shape: RuleShape }
  /** Valid, but no date can ever satisfy it: only DTSTART (and RDATEs) happen. */
  | { kind: 'never' }
  /** Not valid by RFC 5545, or out of what ical.js can step through safely. */
  | { kind: 'invalid' }
  /** Valid, but ical.js cannot expand it (it would step forever). */
  | { kind: 'unsupported' };

/** The rule as plain data, or null when it is not even shaped like one. */
export function shapeOf(rule: unknown): RuleShape | null {
  if (typeof rule !== 'object' || rule === null) return null;
  const recur = rule as IcalRecur;
  const freq = String(recur.freq ?? '') as Frequency;
  if (!FREQUENCIES.includes(freq)) return null;
  const parts: RuleShape['parts'] = {};
  for (const [name, values] of Object.entries((recur.parts ?? {}) as Record<string, unknown>)) {
    if (!Array.isArray(values) || values.length === 0) continue;
    if (!(name in PART_RANGES) && name !== 'BYDAY') return null;
    parts[name as PartName] = values as (number | string)[];
  }
  const interval = recur.interval ?? 1;
  return { freq, interval, parts, hasCount: recur.count !== null && recur.count !== undefined };
}

export function checkRule(rule: unknown, dtstart: { month: number; day: number; isDate?: boolean }): RuleVerdict {
  const shape = shapeOf(rule);
  if (!shape) return { kind: 'invalid' };
  const { freq, interval, parts } = shape;
  // An all-day start has no time to step: ical.js would yield the same day forever.
  if (dtstart.isDate && SUB_DAILY.has(freq)) return { kind: 'invalid' };
  if (!Number.isInteger(interval) || interval < 1 || interval * STEP_SECONDS[freq] > MAX_RULE_STEP_SECONDS) return { kind: 'invalid' };
  const count = (rule as IcalRecur).count;
  if (shape.hasCount && (!Number.isInteger(count) || (count as number) < 1)) return { kind: 'invalid' };

  for (const [name, values] of Object.entries(parts) as [PartName, readonly (number | string)[]][]) {
    if (values.length > 400) return { kind: 'invalid' };
    if (name === 'BYDAY') {
      for (const value of values) {
        const match = WEEKDAY.exec(String(value));
        if (!match) return { kind: 'invalid' };
        if (match[1] !== undefined) {
          const ordinal = Number(match[1]);
          // Ordinals ("2TU") only mean something within a month or a year (RFC 5545 3.3.10).
          if (ordinal === 0 || Math.abs(ordinal) > 53 || (freq !== 'MONTHLY' && freq !== 'YEARLY')) return { kind: 'invalid' };
          if (freq === 'YEARLY' && parts.BYWEEKNO) return { kind: 'invalid' };
          if (freq === 'MONTHLY' && Math.abs(ordinal) > 5) return { kind: 'invalid' };
        }
      }
      continue;
    }
    const range = PART_RANGES[name];
    for (const value of values) {
      if (typeof value !== 'number' || !Number.isInteger(value)) return { kind: 'invalid' };
      const size = Math.abs(value);
      if (size < range.min || size > range.max || (value < 0 && !range.signed)) return { kind: 'invalid' };
    }
  }
  // Parts RFC 5545 does not allow with these frequencies.
  if (parts.BYWEEKNO && freq !== 'YEARLY') return { kind: 'invalid' };
  if (parts.BYYEARDAY && (freq === 'DAILY' || freq === 'WEEKLY' || freq === 'MONTHLY')) return { kind: 'invalid' };
  if (parts.BYMONTHDAY && freq === 'WEEKLY') return { kind: 'invalid' };
  // ical.js applies BYSETPOS only within months and years.
  if (parts.BYSETPOS && freq !== 'MONTHLY' && freq !== 'YEARLY') return { kind: 'invalid' };

  // ical.js compares a day counted from the end (-1 = last) with the date as written when it
  // filters days (DAILY and finer), so it never matches and ical.js never returns.
  const filtersByDayNumber = freq === 'DAILY' || isSubDaily(freq);
  if (filtersByDayNumber && [...(parts.BYMONTHDAY ?? []), ...(parts.BYYEARDAY ?? [])].some((value) => Number(value) < 0)) return { kind: 'unsupported' };
  if (!parts.BYWEEKNO && !someDateMatches(impliedDateParts(shape, dtstart))) return { kind: 'never' };
  // BYSETPOS picks the n-th candidate of a period: past the most a period can hold, never (ical.js would look until the year 20000).
  if (parts.BYSETPOS && (parts.BYSETPOS as number[]).every((position) => Math.abs(position) > candidatesPerStep({ ...shape, parts: { ...parts, BYSETPOS: undefined } }))) {
    return { kind: 'never' };
  }
  return { kind: 'ok', shape };
}

interface DateParts {
  months?: readonly number[];
  monthDays?: readonly number[];
  yearDays?: readonly number[];
  /** Weekday ordinals ("2TU" is 2, "-1SU" is -1), counted within the month, or within the year when `ordinalsInYear`. */
  ordinals?: readonly number[];
  ordinalsInYear?: boolean;
}

/** The date parts a rule really filters by, with those RFC 5545 takes from DTSTART when left out. */
function impliedDateParts({ freq, parts }: RuleShape, dtstart: { month: number; day: number }): DateParts {
  const numbers = (name: PartName) => parts[name] as readonly number[] | undefined;
  const dateParts: DateParts = { months: numbers('BYMONTH'), monthDays: numbers('BYMONTHDAY'), yearDays: numbers('BYYEARDAY') };
  const weekdays = (parts.BYDAY ?? []).map((day) => WEEKDAY.exec(String(day))?.[1]);
  // A plain weekday ("MO") matches any date of the month; only an all-ordinal BYDAY narrows the dates.
  if (weekdays.length > 0 && weekdays.every((ordinal) => ordinal !== undefined)) {
    dateParts.ordinals = weekdays.map(Number);
    dateParts.ordinalsInYear = freq === 'YEARLY' && !parts.BYMONTH;
  }
  const expandsWithinPeriod = parts.BYDAY || parts.BYMONTHDAY || parts.BYYEARDAY || parts.BYWEEKNO;
  if (freq === 'MONTHLY' && !expandsWithinPeriod) dateParts.monthDays = [dtstart.day];
  if (freq === 'YEARLY' && !expandsWithinPeriod) {
    dateParts.monthDays = [dtstart.day];
    dateParts.months ??= [dtstart.month];
  }
  return dateParts;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether any date in a common or a leap year satisfies the month, month-day, year-day and
 * weekday-ordinal parts. The weekday itself needs no check: over the 400-year calendar cycle
 * every date falls on every weekday, and a date's ordinal among its weekday ("the 2nd Tuesday")
 * depends only on its day number.
 */
function someDateMatches({ months, monthDays, yearDays, ordinals, ordinalsInYear }: DateParts): boolean {
  if (!months && !monthDays && !yearDays && !ordinals) return true;
  const ordinalMatches = (position: number, length: number) =>
    !ordinals || ordinals.some((ordinal) => ordinal === Math.ceil(position / 7) || ordinal === -Math.ceil((length - position + 1) / 7));
  for (const leap of [false, true]) {
    const yearLength = leap ? 366 : 365;
    let dayOfYear = 0;
    for (let month = 1; month <= 12; month++) {
      const length = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
      for (let day = 1; day <= length; day++) {
        dayOfYear++;
        if (months && !months.includes(month)) continue;
        if (monthDays && !monthDays.some((value) => (value > 0 ? value : length + 1 + value) === day)) continue;
        if (yearDays && !yearDays.some((value) => (value > 0 ? value : yearLength + 1 + value) === dayOfYear)) continue;
        if (!(ordinalsInYear ? ordinalMatches(dayOfYear, yearLength) : ordinalMatches(day, length))) continue;
        return true;
      }
    }
  }
  return false;
}

export function isSubDaily(freq: Frequency): boolean {
  return SUB_DAILY.has(freq);
}

/** Whether ical.js steps through candidates this rule then drops (so steps can far outnumber occurrences). */
export function filtersCandidates(shape: RuleShape): boolean {
  return FILTERING_PARTS[shape.freq].some((name) => shape.parts[name] !== undefined);
}

export interface WallStart {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * The steps ical.js takes for a rule that filters candidates, found by walking the same lattice
 * on the wall clock (DTSTART plus k × INTERVAL periods) in plain arithmetic. ical.js steps until a
 * candidate passes every filter, even past UNTIL, and with some intervals none ever does
 * ("every 7 days, on Tuesdays" from a Monday; "every 12 months, in June" from January): it would
 * never return. So the walk goes from `start` until the first passing candidate at or after
 * `stopWall` (or the COUNT-th), and gives up at `cap` steps, which the caller treats as too many.
 * `stopWall` is wall-clock milliseconds read as UTC. `matched` says whether any candidate passed.
 */
export function filteredSteps(shape: RuleShape, start: WallStart, stopWall: number, count: number | null, cap: number): { steps: number; matched: boolean } {
  const { freq, interval, parts } = shape;
  const set = (name: PartName) => (parts[name] ? new Set(parts[name]!.map(String)) : null);
  const seconds = freq === 'SECONDLY' ? set('BYSECOND') : null;
  const minutes = freq === 'SECONDLY' || freq === 'MINUTELY' ? set('BYMINUTE') : null;
  const hours = isSubDaily(freq) ? set('BYHOUR') : null;
  const months = set('BYMONTH');
  const dayFilters = freq !== 'WEEKLY' && freq !== 'MONTHLY';
  const weekdays = dayFilters && parts.BYDAY ? new Set(parts.BYDAY.map((day) => String(day).slice(-2))) : null;
  const monthDays = dayFilters ? (parts.BYMONTHDAY as readonly number[] | undefined) : undefined;
  const yearDays = dayFilters ? (parts.BYYEARDAY as readonly number[] | undefined) : undefined;
  const date = new Date(0);
  const passes = (wall: number): boolean => {
    date.setTime(wall);
    if (seconds && !seconds.has(String(date.getUTCSeconds()))) return false;
    if (minutes && !minutes.has(String(date.getUTCMinutes()))) return false;
    if (hours && !hours.has(String(date.getUTCHours()))) return false;
    const month = date.getUTCMonth() + 1;
    if (freq === 'WEEKLY') {
      // A week passes when any of its days is in one of the months.
      if (!months) return true;
      for (let day = 0; day < 7; day++) {
        date.setTime(wall + day * 86_400_000);
        if (months.has(String(date.getUTCMonth() + 1))) return true;
      }
      return false;
    }
    if (months && !months.has(String(month))) return false;
    if (weekdays && !weekdays.has(WEEKDAY_NAMES[date.getUTCDay()]!)) return false;
    if (monthDays) {
      const length = daysInMonth(date.getUTCFullYear(), month);
      const day = date.getUTCDate();
      if (!monthDays.some((value) => (value > 0 ? value : length + 1 + value) === day)) return false;
    }
    if (yearDays) {
      const year = date.getUTCFullYear();
      const length = daysInMonth(year, 2) === 29 ? 366 : 365;
      const dayOfYear = Math.round((wall - utcDate(year, 1, 1)) / 86_400_000) + 1;
      if (!yearDays.some((value) => (value > 0 ? value : length + 1 + value) === dayOfYear)) return false;
    }
    return true;
  };
  const first = utcDate(start.year, start.month, start.day, start.hour, start.minute, start.second);
  let matches = 0;
  for (let step = 1; step <= cap; step++) {
    let wall: number;
    if (freq === 'MONTHLY' || freq === 'YEARLY') {
      const total = start.year * 12 + start.month - 1 + (step - 1) * interval * (freq === 'YEARLY' ? 12 : 1);
      wall = utcDate(Math.floor(total / 12), (total % 12) + 1, 1);
    } else {
      wall = first + (step - 1) * interval * STEP_SECONDS[freq] * 1000;
    }
    if (!Number.isFinite(wall)) break; // past what a Date holds, and still looking
    if (!passes(wall)) continue;
    matches++;
    if (wall >= stopWall || (count !== null && matches >= count)) return { steps: step, matched: true };
  }
  return { steps: Infinity, matched: matches > 0 };
}

const WEEKDAY_NAMES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : DAYS_IN_MONTH[month - 1]!;
}

function utcDate(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** Parts finer than each frequency, which multiply the times within one step. */
const TIME_PARTS: Record<Frequency, readonly PartName[]> = {
  SECONDLY: [],
  MINUTELY: ['BYSECOND'],
  HOURLY: ['BYMINUTE', 'BYSECOND'],
  DAILY: ['BYHOUR', 'BYMINUTE', 'BYSECOND'],
  WEEKLY: ['BYHOUR', 'BYMINUTE', 'BYSECOND'],
  MONTHLY: ['BYHOUR', 'BYMINUTE', 'BYSECOND'],
  YEARLY: ['BYHOUR', 'BYMINUTE', 'BYSECOND'],
};

/**
 * An upper bound on the candidates one step of the rule yields (a WEEKLY rule on three days
 * yields three), counting those a filter drops later: it is ical.js's work, not the result.
 */
export function candidatesPerStep(shape: RuleShape): number {
  const { freq, parts } = shape;
  const size = (name: PartName) => parts[name]?.length ?? 0;
  const weekdays = (parts.BYDAY ?? []).map(String);
  const ordinalDays = weekdays.filter((day) => /\d/.test(day)).length;
  const plainDays = weekdays.length - ordinalDays;
  const inMonth = (plain: number) => plain * 5 + ordinalDays;
  let dates = 1;
  if (freq === 'WEEKLY') dates = Math.max(1, weekdays.length);
  else if (freq === 'MONTHLY') {
    if (parts.BYMONTHDAY && parts.BYDAY) dates = Math.min(size('BYMONTHDAY'), inMonth(plainDays));
    else if (parts.BYMONTHDAY) dates = size('BYMONTHDAY');
    else if (parts.BYDAY) dates = inMonth(plainDays);
  } else if (freq === 'YEARLY') {
    if (parts.BYYEARDAY) dates = size('BYYEARDAY');
    else if (parts.BYWEEKNO) dates = size('BYWEEKNO') * 7;
    else {
      const months = parts.BYMONTH ? size('BYMONTH') : parts.BYDAY || parts.BYMONTHDAY ? 12 : 1;
      let perMonth = 1;
      if (parts.BYMONTHDAY && parts.BYDAY) perMonth = Math.min(size('BYMONTHDAY'), inMonth(plainDays));
      else if (parts.BYMONTHDAY) perMonth = size('BYMONTHDAY');
      else if (parts.BYDAY) perMonth = parts.BYMONTH ? inMonth(plainDays) : Math.ceil(inMonth(plainDays) * 53 / 60);
      dates = months * perMonth;
    }
  }
  const times = TIME_PARTS[freq].reduce((product, name) => product * Math.max(1, size(name)), 1);
  const candidates = dates * times;
  return Math.max(1, parts.BYSETPOS ? Math.min(candidates, size('BYSETPOS')) : candidates);
}
