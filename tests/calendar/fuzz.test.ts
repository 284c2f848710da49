/**
 * readBusyFromIcs against files nobody wrote on purpose: exported calendars mutated line by line
 * and character by character, and calendars generated from the grammar of repeating events with
 * every part (frequency, interval, BY-rules, counts, years 1 to 9999, durations, exclusions, zones)
 * drawn from valid and invalid values alike. Whatever the input, the reader must answer within
 * the per-case time limit, with intervals that are sorted, disjoint and inside the range, or with
 * a CalendarError worded in Someday's own sentence. The outcome counts are printed for the notes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { CalendarError, describeCalendarReadProblem, readBusyFromIcs } from '../../core/ics/index.ts';
import { PATHOLOGICAL_CASES, RANGE } from './pathological.ts';

/**
 * A guard against hangs, not a speed target (those live in `npm run bench`): the slowest file the
 * budgets allow reads in about a second on an idle machine; this leaves room for a busy one.
 */
const CASE_TIME_LIMIT_MS = 4_000;
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_207);

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
const SEEDS = [fixture('google.ics'), fixture('outlook.ics'), fixture('apple.ics'), ...PATHOLOGICAL_CASES.slice(0, 5).map((c) => c.ics())].map((text) =>
  text.split(/\r\n|\n|\r/),
);

const outcomes = new Map<string, number>();
let slowestMs = 0;
let cases = 0;

/** Messages that would mean text from JavaScript or the parser reached the person. */
const RAW_TEXT = /undefined|null\b|NaN|TypeError|RangeError|is not a function|Cannot read|reading '|Maximum call stack|invalid date-time|ParserError|\[object /;

/** FUZZ_TRACE=file writes each case there before it is read, so a case that hangs can be found. */
const TRACE = process.env.FUZZ_TRACE;

function check(ics: string, range = RANGE, timeZone?: string): void {
  cases++;
  if (TRACE) writeFileSync(TRACE, JSON.stringify({ ics, timeZone }));
  const started = performance.now();
  let outcome: string;
  try {
    const busy = readBusyFromIcs(ics, range, { timeZone });
    let previousEnd = -Infinity;
    for (const interval of busy) {
      expect(interval.start).toBeInstanceOf(Date);
      expect(interval.start.getTime()).toBeGreaterThan(previousEnd); // sorted, disjoint, merged
      expect(interval.end.getTime()).toBeGreaterThan(interval.start.getTime());
      expect(interval.start.getTime()).toBeGreaterThanOrEqual(range.start.getTime());
      expect(interval.end.getTime()).toBeLessThanOrEqual(range.end.getTime());
      previousEnd = interval.end.getTime();
    }
    outcome = busy.length === 0 ? 'no busy time' : 'busy times';
  } catch (error) {
    expect(error).toBeInstanceOf(CalendarError);
    const { problem, message } = error as CalendarError;
    expect(message).toBe(describeCalendarReadProblem(problem));
    expect(message).not.toMatch(RAW_TEXT);
    outcome = problem.code;
  }
  const elapsed = performance.now() - started;
  slowestMs = Math.max(slowestMs, elapsed);
  expect(elapsed, `read in ${Math.round(elapsed)} ms`).toBeLessThan(CASE_TIME_LIMIT_MS);
  outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
}

// ---------------------------------------------------------------------------------------------
// Mutations of real files.

const TOKENS = [
  ':', ';', ',', '=', '"', ' ', '\t', '\r', '\n', '\\', 'BEGIN:', 'END:', 'BEGIN:VEVENT', 'END:VEVENT', 'BEGIN:VTIMEZONE', 'END:VCALENDAR',
  'RRULE:FREQ=SECONDLY', 'RRULE:FREQ=MINUTELY', ';INTERVAL=0', ';COUNT=999999999', ';BYSETPOS=300', ';BYMONTHDAY=31', ';BYMONTH=2',
  ';BYDAY=5MO', ';UNTIL=99991231T000000Z', 'TZID=', 'TZID=Custom/Zone', 'VALUE=DATE', 'VALUE=PERIOD', 'DURATION:P999999999D',
  'DURATION:-PT1H', 'DTSTART:00010101T000000', 'DTEND:99991231T235959Z', 'EXDATE:', 'RDATE:', 'RECURRENCE-ID:', 'STATUS:CANCELLED',
  'TRANSP:TRANSPARENT', '0', '9', '99999999', 'T', 'Z', '-', '+', '\uFEFF', '\u0000', 'é', '😀',
];

type Mutation =
  | { kind: 'delete-line' | 'duplicate-line'; at: number }
  | { kind: 'swap-lines'; at: number; with: number }
  | { kind: 'insert'; at: number; offset: number; token: string }
  | { kind: 'delete-chars'; at: number; offset: number; length: number }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete-line' as const, 'duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), offset: fc.nat(), token: fc.constantFrom(...TOKENS) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), offset: fc.nat(), token: fc.string({ maxLength: 6 }) }),
  fc.record({ kind: fc.constant('delete-chars' as const), at: fc.nat(), offset: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(lines: readonly string[], mutations: readonly Mutation[]): string[] {
  const result = [...lines];
  for (const change of mutations) {
    if (result.length === 0) break;
    const at = change.at % result.length;
    const line = result[at]!;
    if (change.kind === 'delete-line') result.splice(at, 1);
    else if (change.kind === 'duplicate-line') result.splice(at, 0, line);
    else if (change.kind === 'swap-lines') {
      const other = change.with % result.length;
      [result[at], result[other]] = [result[other]!, line];
    } else if (change.kind === 'insert') {
      const offset = change.offset % (line.length + 1);
      result[at] = line.slice(0, offset) + change.token + line.slice(offset);
    } else if (change.kind === 'delete-chars') {
      const offset = change.offset % (line.length + 1);
      result[at] = line.slice(0, offset) + line.slice(offset + change.length);
    } else {
      result.splice(at);
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Calendars generated from the grammar of repeating events.

const FREQS = ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY', 'FORTNIGHTLY'];
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

const year = fc.oneof(fc.integer({ min: 2024, max: 2027 }), fc.integer({ min: 1, max: 9999 }));
const pad = (value: number, length = 2) => String(value).padStart(length, '0');
const dateTime = fc
  .record({ year, month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }), hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) })
  .map(({ year, month, day, hour, minute }) => `${pad(year, 4)}${pad(month)}${pad(day)}T${pad(hour)}${pad(minute)}00`);

const numberList = (min: number, max: number) => fc.array(fc.integer({ min, max }), { minLength: 1, maxLength: 5 }).map((values) => values.join(','));
const rulePart = fc.oneof(
  fc.integer({ min: -1, max: 400 }).map((n) => `INTERVAL=${n}`),
  fc.integer({ min: 0, max: 500_000 }).map((n) => `COUNT=${n}`),
  dateTime.map((value) => `UNTIL=${value}Z`),
  numberList(-2, 61).map((list) => `BYSECOND=${list}`),
  numberList(-2, 61).map((list) => `BYMINUTE=${list}`),
  numberList(-1, 25).map((list) => `BYHOUR=${list}`),
  fc
    .array(fc.tuple(fc.option(fc.integer({ min: -60, max: 60 }), { nil: undefined }), fc.constantFrom(...WEEKDAYS)), { minLength: 1, maxLength: 4 })
    .map((days) => `BYDAY=${days.map(([ordinal, day]) => `${ordinal ?? ''}${day}`).join(',')}`),
  numberList(-32, 32).map((list) => `BYMONTHDAY=${list}`),
  numberList(-367, 367).map((list) => `BYYEARDAY=${list}`),
  numberList(-54, 54).map((list) => `BYWEEKNO=${list}`),
  numberList(0, 13).map((list) => `BYMONTH=${list}`),
  numberList(-400, 400).map((list) => `BYSETPOS=${list}`),
  fc.constantFrom(...WEEKDAYS).map((day) => `WKST=${day}`),
);
const rrule = fc
  .tuple(fc.constantFrom(...FREQS), fc.array(rulePart, { maxLength: 4 }))
  .map(([freq, parts]) => `RRULE:${[`FREQ=${freq}`, ...parts].join(';')}`);

const zoneBlock = fc
  .record({ rule: rrule, start: dateTime, from: fc.constantFrom('+0100', '-0500', '+0000'), to: fc.constantFrom('+0200', '-0400', '+0000') })
  .map(({ rule, start, from, to }) => [
    'BEGIN:VTIMEZONE', 'TZID:Fuzz/Zone', 'BEGIN:STANDARD', `DTSTART:${start}`, rule, `TZOFFSETFROM:${from}`, `TZOFFSETTO:${to}`, 'END:STANDARD', 'END:VTIMEZONE',
  ]);

const eventBlock = fc
  .record({
    start: dateTime,
    zone: fc.constantFrom('', ';TZID=Fuzz/Zone', ';TZID=Europe/Berlin', ';TZID=W. Europe Standard Time', ';VALUE=DATE', 'Z'),
    length: fc.oneof(
      dateTime.map((end) => `DTEND:${end}Z`),
      fc.integer({ min: -5, max: 999_999_999 }).map((days) => `DURATION:P${days}D`),
      fc.integer({ min: 0, max: 100_000 }).map((minutes) => `DURATION:PT${minutes}M`),
      fc.constant(''),
    ),
    rules: fc.array(rrule, { maxLength: 2 }),
    exdates: fc.array(dateTime, { maxLength: 3 }),
    rdates: fc.array(dateTime, { maxLength: 3 }),
    moved: fc.boolean(),
  })
  .map(({ start, zone, length, rules, exdates, rdates, moved }) => {
    const stamp = zone === ';VALUE=DATE' ? start.slice(0, 8) : zone === 'Z' ? `${start}Z` : start;
    const parameter = zone === 'Z' ? '' : zone;
    return [
      'BEGIN:VEVENT',
      `UID:${moved ? 'shared' : Math.random().toString(36).slice(2)}`,
      moved ? `RECURRENCE-ID${parameter}:${stamp}` : '',
      `DTSTART${parameter}:${stamp}`,
      length,
      ...rules,
      ...exdates.map((value) => `EXDATE:${value}Z`),
      ...rdates.map((value) => `RDATE:${value}Z`),
      'END:VEVENT',
    ].filter((line) => line !== '');
  });

const generated = fc
  .tuple(fc.array(zoneBlock, { maxLength: 1 }), fc.array(eventBlock, { minLength: 1, maxLength: 6 }))
  .map(([zones, events]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', ...zones.flat(), ...events.flat(), 'END:VCALENDAR'].join('\r\n'));

const ZONES = [undefined, 'UTC', 'America/New_York', 'Australia/Sydney', 'Asia/Kathmandu'];

describe('readBusyFromIcs fuzzed', () => {
  afterAll(() => {
    const counts = [...outcomes.entries()].sort((a, b) => b[1] - a[1]).map(([outcome, count]) => `${outcome} ${count}`);
    console.log(`calendar fuzz: ${cases} files, slowest ${Math.round(slowestMs)} ms; ${counts.join(', ')}`);
  });

  test('exported calendars with up to eight random mutations each', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 8 }), fc.constantFrom(...ZONES), (lines, mutations, zone) =>
        check(mutate(lines, mutations).join('\r\n'), RANGE, zone),
      ),
      { numRuns: 3_000, seed: SEED },
    );
  }, 60_000);

  test('calendars generated from every part of a repeating rule, valid and not', () => {
    fc.assert(
      fc.property(generated, fc.constantFrom(...ZONES), (ics, zone) => check(ics, RANGE, zone)),
      { numRuns: 3_000, seed: SEED },
    );
  }, 60_000);

  test('arbitrary text, and calendars with arbitrary text inside', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 })), (text) => {
        check(text);
        check(`BEGIN:VCALENDAR\r\n${text}\r\nEND:VCALENDAR`);
      }),
      { numRuns: 500, seed: SEED },
    );
  }, 60_000);
});
