/**
 * Calendar files that once froze or fooled the reader (issue 13), built in memory so the unit
 * tests, the fuzz run and `npm run bench` all read the very same text. Each case says what a
 * correct reader does with it: busy times it must find, or the error code it must give.
 */

export interface ReadRange {
  start: Date;
  end: Date;
}

export type Expectation =
  /** Busy times, as "startISO endISO" strings after merging. */
  | { busy: string[] }
  /** A CalendarError with this code. */
  | { code: string };

export interface PathologicalCase {
  name: string;
  /** What went wrong before the reader had budgets (issue 13's audit), for the table and the bench. */
  before: string;
  /** Built on demand: some cases are megabytes. */
  ics: () => string;
  range: ReadRange;
  timeZone?: string;
  expect: Expectation;
}

/** Every case reads the same 61 days, like the extension (a day back, sixty ahead). */
export const RANGE: ReadRange = { start: new Date('2026-06-01T00:00:00Z'), end: new Date('2026-08-01T00:00:00Z') };
const WHOLE_RANGE = `${RANGE.start.toISOString()} ${RANGE.end.toISOString()}`;

export function calendar(lines: readonly string[], eol = '\r\n'): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Someday//Pathological//EN', ...lines, 'END:VCALENDAR'].join(eol);
}

function event(uid: string, ...lines: string[]): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260101T000000Z', ...lines, 'END:VEVENT'];
}

/** A VTIMEZONE whose one observance repeats by `rule` (real zones change twice a year). */
function zoneWithRule(tzid: string, rule: string): string[] {
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${tzid}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `RRULE:${rule}`,
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0100',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}

function minutelyEvents(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    lines.push(...event(`m${i}`, 'DTSTART:20260101T000000Z', 'DTEND:20260101T000100Z', 'RRULE:FREQ=MINUTELY'));
  }
  return calendar(lines);
}

function zoneCase(rule: string): string {
  return calendar([
    ...zoneWithRule('Custom/Fast', rule),
    ...event('z', 'DTSTART;TZID=Custom/Fast:20260610T090000', 'DTEND;TZID=Custom/Fast:20260610T100000'),
  ]);
}

/** One weekly series and `count` moved instances of it, each an hour later than its slot. */
function manyExceptions(count: number): string {
  const lines = [...event('series', 'DTSTART:20260601T080000Z', 'DTEND:20260601T083000Z', 'RRULE:FREQ=DAILY')];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2026, 5, 1) + i * 86_400_000);
    const stamp = day.toISOString().slice(0, 10).replace(/-/g, '');
    lines.push(
      ...event('series', `RECURRENCE-ID:${stamp}T080000Z`, `DTSTART:${stamp}T090000Z`, `DTEND:${stamp}T093000Z`),
    );
  }
  return calendar(lines);
}

/** The busy times `manyExceptions` leaves in RANGE: every day moved to 09:00–09:30. */
function movedDailyBusy(): string[] {
  const busy: string[] = [];
  for (let time = RANGE.start.getTime(); time < RANGE.end.getTime(); time += 86_400_000) {
    busy.push(`${new Date(time + 9 * 3_600_000).toISOString()} ${new Date(time + 9.5 * 3_600_000).toISOString()}`);
  }
  return busy;
}

function manyDates(property: 'EXDATE' | 'RDATE', count: number): string {
  const lines = ['BEGIN:VEVENT', 'UID:dates', 'DTSTAMP:20260101T000000Z', 'DTSTART:19000101T120000Z', 'DTEND:19000101T130000Z', 'RRULE:FREQ=DAILY'];
  for (let i = 0; i < count; i++) {
    lines.push(`${property}:${new Date(Date.UTC(1900, 0, 2) + i * 3_600_000).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);
  }
  lines.push('END:VEVENT');
  return calendar(lines);
}

const SIMPLE_EVENT = event('simple', 'DTSTART:20260610T090000Z', 'DTEND:20260610T100000Z');
const SIMPLE_BUSY = ['2026-06-10T09:00:00.000Z 2026-06-10T10:00:00.000Z'];

export const PATHOLOGICAL_CASES: readonly PathologicalCase[] = [
  {
    name: '100 events repeating every minute (11 KB)',
    before: '25.7 s: the occurrence cap was per event, with no budget for the whole file',
    ics: () => minutelyEvents(100),
    range: RANGE,
    expect: { code: 'too-many-occurrences' },
  },
  {
    name: 'a VTIMEZONE whose rule repeats every minute',
    before: '36 s to build the zone before one event could be read',
    ics: () => zoneCase('FREQ=MINUTELY'),
    range: RANGE,
    expect: { code: 'time-zone-rule' },
  },
  {
    name: 'a VTIMEZONE whose rule repeats every second',
    before: 'over 60 s',
    ics: () => zoneCase('FREQ=SECONDLY'),
    range: RANGE,
    expect: { code: 'time-zone-rule' },
  },
  {
    name: 'a VTIMEZONE whose yearly rule lands on every day of the year',
    before: 'slow: 365 changes a year built from 1970 on',
    ics: () => zoneCase('FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28'),
    range: RANGE,
    expect: { code: 'time-zone-rule' },
  },
  {
    name: 'a too-fast VTIMEZONE for a zone Someday knows by name falls back to that zone',
    before: 'as slow as any other too-fast zone',
    ics: () => calendar([
      ...zoneWithRule('Europe/Berlin', 'FREQ=MINUTELY'),
      ...event('b', 'DTSTART;TZID=Europe/Berlin:20260610T090000', 'DTEND;TZID=Europe/Berlin:20260610T100000'),
    ]),
    range: RANGE,
    expect: { busy: ['2026-06-10T07:00:00.000Z 2026-06-10T08:00:00.000Z'] },
  },
  {
    name: '20,000 RECURRENCE-IDs on one UID',
    before: '4.5 s: the exceptions were grouped by copying an array per exception',
    ics: () => manyExceptions(20_000),
    range: RANGE,
    expect: { busy: movedDailyBusy() },
  },
  {
    name: '400,000 EXDATEs on one series',
    before: '5.8 s and 683 MB',
    ics: () => manyDates('EXDATE', 400_000),
    range: RANGE,
    expect: { code: 'too-many-dates' },
  },
  {
    name: '400,000 RDATEs on one series',
    before: 'as slow as the EXDATEs, and every date expanded',
    ics: () => manyDates('RDATE', 400_000),
    range: RANGE,
    expect: { code: 'too-many-dates' },
  },
  {
    name: 'a daily series whose every instance lasts 999,999,999 days',
    before: 'hung: each end was computed day by day on the wall clock',
    ics: () => calendar(event('long-daily', 'DTSTART:20260101T090000Z', 'DURATION:P999999999D', 'RRULE:FREQ=DAILY')),
    range: RANGE,
    expect: { busy: [WHOLE_RANGE] },
  },
  {
    name: 'one event lasting 99,999,999 days',
    before: 'silently no busy time at all (its end is past the last date JavaScript can hold)',
    ics: () => calendar(event('long', 'DTSTART:20260101T090000Z', 'DURATION:P99999999D')),
    range: RANGE,
    expect: { busy: [WHOLE_RANGE] },
  },
  {
    name: 'one event ending in the year 9999',
    before: 'read, but only by luck of the date library',
    ics: () => calendar(event('far', 'DTSTART;VALUE=DATE:20260101', 'DTEND;VALUE=DATE:99991231')),
    range: RANGE,
    timeZone: 'Europe/Berlin',
    expect: { busy: [WHOLE_RANGE] },
  },
  {
    name: 'a daily rule that can never match (30 February)',
    before: 'never returned: ical.js steps day by day looking for 30 February',
    ics: () => calendar(event('never', 'DTSTART:20260101T090000Z', 'DTEND:20260101T100000Z', 'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30')),
    range: RANGE,
    expect: { busy: [] },
  },
  {
    name: '10 yearly rules asking for the 300th Monday of January (BYSETPOS)',
    before: '9.6 s each, 75 s for ten: ical.js looks for a match until the year 20000',
    ics: () =>
      calendar(
        Array.from({ length: 10 }, (_, i) =>
          event(`setpos${i}`, 'DTSTART:20200101T090000Z', 'DTEND:20200101T100000Z', 'RRULE:FREQ=YEARLY;BYSETPOS=300;BYDAY=MO;BYMONTH=1'),
        ).flat(),
      ),
    range: RANGE,
    expect: { busy: [] },
  },
  {
    name: 'a monthly rule on the fifth Monday that is also the 1st',
    before: 'the person read ical.js\'s own "invalid recurrence rule" text',
    ics: () => calendar(event('fifth', 'DTSTART:20200101T090000Z', 'DTEND:20200101T100000Z', 'RRULE:FREQ=MONTHLY;BYDAY=5MO;BYMONTHDAY=1')),
    range: RANGE,
    expect: { busy: [] },
  },
  {
    name: 'a rule repeating every second, only in December',
    before: 'stepped through 29 million seconds a year to reach December',
    ics: () => calendar(event('dec', 'DTSTART:20200101T000000Z', 'DTEND:20200101T000001Z', 'RRULE:FREQ=SECONDLY;BYMONTH=12')),
    range: RANGE,
    expect: { code: 'too-many-occurrences' },
  },
  {
    name: 'a daily series on Mondays from the year 1',
    before: 'walked 740,000 days from DTSTART to reach the range',
    ics: () => calendar(event('old', 'DTSTART:00010103T090000Z', 'DTEND:00010103T100000Z', 'RRULE:FREQ=DAILY;BYDAY=MO')),
    range: RANGE,
    expect: {
      busy: ['01', '08', '15', '22', '29'].map((day) => `2026-06-${day}T09:00:00.000Z 2026-06-${day}T10:00:00.000Z`)
        .concat(['06', '13', '20', '27'].map((day) => `2026-07-${day}T09:00:00.000Z 2026-07-${day}T10:00:00.000Z`)),
    },
  },
  {
    name: 'CR-only line endings (classic Mac)',
    before: 'refused as "cut off"',
    ics: () => calendar(SIMPLE_EVENT, '\r'),
    range: RANGE,
    expect: { busy: SIMPLE_BUSY },
  },
  {
    name: 'an END:VEVENT with no BEGIN',
    before: 'the person read "Cannot read properties of undefined"-style parser text',
    ics: () => calendar(['END:VEVENT', ...SIMPLE_EVENT]),
    range: RANGE,
    expect: { code: 'unreadable' },
  },
  {
    name: 'a start that is a period, not a date',
    before: 'a TypeError from inside the reader, shown as raw text',
    ics: () => calendar(event('period', 'DTSTART;VALUE=PERIOD:20260610T090000Z/PT1H')),
    range: RANGE,
    expect: { code: 'unreadable' },
  },
  {
    name: '50,000 nested components',
    before: 'a stack overflow message',
    ics: () => calendar([...Array.from({ length: 50_000 }, () => 'BEGIN:X-NEST'), ...Array.from({ length: 50_000 }, () => 'END:X-NEST')]),
    range: RANGE,
    expect: { code: 'unreadable' },
  },
];
