/**
 * Every calendar that froze or fooled the reader in issue 13's audit, read again: each must end
 * with the busy times a correct reader finds or with a CalendarError of the expected code, worded
 * in Someday's own sentence. (Their times are printed by `npm run bench`, not asserted here.)
 */
import { describe, expect, test } from 'vitest';
import { CalendarError, describeCalendarReadProblem, readBusyFromIcs } from '../../core/ics/index.ts';
import { PATHOLOGICAL_CASES, RANGE } from './pathological.ts';

const iso = (intervals: { start: Date; end: Date }[]) => intervals.map((i) => `${i.start.toISOString()} ${i.end.toISOString()}`);

function read(ics: string, range: unknown, timeZone?: string): { busy: string[] } | { error: unknown } {
  try {
    return { busy: iso(readBusyFromIcs(ics, range as { start: Date; end: Date }, { timeZone })) };
  } catch (error) {
    return { error };
  }
}

describe('pathological calendars', () => {
  test.each(PATHOLOGICAL_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const outcome = read(c.ics(), c.range, c.timeZone);
    if ('busy' in c.expect) {
      expect(outcome).toEqual({ busy: c.expect.busy });
      return;
    }
    expect('error' in outcome && outcome.error).toBeInstanceOf(CalendarError);
    const error = (outcome as { error: CalendarError }).error;
    expect(error.code).toBe(c.expect.code);
    expect(error.message).toBe(describeCalendarReadProblem(error.problem));
  });
});

describe('a range that is not two Dates is refused by name, not with a TypeError', () => {
  const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR';
  test.each([
    ['ISO strings', { start: '2026-06-01', end: '2026-07-01' }],
    ['numbers', { start: 0, end: 1 }],
    ['nothing', undefined],
    ['null', null],
    ['an invalid Date', { start: new Date('soon'), end: RANGE.end }],
    ['an end before the start', { start: RANGE.end, end: RANGE.start }],
    ['a missing end', { start: RANGE.start }],
  ])('%s', (_name, range) => {
    const outcome = read(ics, range);
    expect('error' in outcome && outcome.error).toBeInstanceOf(CalendarError);
    expect((outcome as { error: CalendarError }).error.code).toBe('invalid-range');
  });
});

describe('line endings', () => {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:a', 'DTSTART:20260610T090000Z', 'DTEND:20260610T100000Z', 'SUMMARY:Long', ' folded title', 'END:VEVENT', 'END:VCALENDAR'];
  test.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['CR only', '\r'],
  ])('%s reads the same busy time, folded lines included', (_name, eol) => {
    expect(read(lines.join(eol), RANGE)).toEqual({ busy: ['2026-06-10T09:00:00.000Z 2026-06-10T10:00:00.000Z'] });
  });
});

describe('repeating rules the reader refuses or skips before ical.js sees them', () => {
  const series = (rule: string) =>
    ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:r', 'SUMMARY:Standup', 'DTSTART:20260601T090000Z', 'DTEND:20260601T093000Z', `RRULE:${rule}`, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');

  test.each([
    'FREQ=DAILY;BYDAY=1MO', // an ordinal only means something within a month or a year
    'FREQ=WEEKLY;BYMONTHDAY=3',
    'FREQ=DAILY;BYYEARDAY=100',
    'FREQ=MONTHLY;BYWEEKNO=3',
    'FREQ=DAILY;BYSETPOS=1;BYHOUR=9,10',
    'FREQ=MONTHLY;BYDAY=6MO',
    'FREQ=YEARLY;INTERVAL=1000',
  ])('%s is not valid iCalendar: refused, naming the event', (rule) => {
    const outcome = read(series(rule), RANGE);
    expect((outcome as { error: CalendarError }).error).toMatchObject({ code: 'invalid-rule', problem: { code: 'invalid-rule', event: 'Standup' } });
  });

  test.each(['FREQ=DAILY;BYMONTHDAY=-1', 'FREQ=HOURLY;BYMONTHDAY=-3', 'FREQ=MINUTELY;BYYEARDAY=-1;INTERVAL=30'])(
    '%s counts a day from the end on a daily or finer rule, which ical.js never matches: refused by name',
    (rule) => {
      const outcome = read(series(rule), RANGE);
      expect((outcome as { error: CalendarError }).error).toMatchObject({ code: 'unsupported-rule', problem: { event: 'Standup' } });
    },
  );

  test.each([
    'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
    'FREQ=HOURLY;BYMONTH=4;BYMONTHDAY=31',
    'FREQ=DAILY;BYMONTH=2;BYDAY=MO;BYMONTHDAY=30',
    'FREQ=MONTHLY;BYDAY=-5FR;BYMONTHDAY=28',
    'FREQ=YEARLY;BYYEARDAY=366;BYMONTH=1',
    'FREQ=YEARLY;BYSETPOS=60;BYDAY=MO;BYMONTH=1',
  ])('%s can never happen: only DTSTART is busy', (rule) => {
    expect(read(series(rule), RANGE)).toEqual({ busy: ['2026-06-01T09:00:00.000Z 2026-06-01T09:30:00.000Z'] });
  });
});
