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
    before: '25.7 s in the audit (12.8 s here), and no busy time at all: the occurrence cap was per event, with no budget for the whole file',
    ics: () => minutelyEvents(100),
    range: RANGE,
    expect: { code: 'too-many-occurrences' },
  },
  {
    name: 'one event repeating every minute (the most work the budget lets through)',
    before: '0.2 s, and no busy time in the range: cut off after 20,000 minutes (two weeks from DTSTART)',
    ics: () => minutelyEvents(1),
    range: RANGE,
    expect: { busy: [WHOLE_RANGE] },
  },
  {
    name: 'a VTIMEZONE whose rule repeats every minute',
    before: '36 s in the audit, over 65 s here, building the zone before one event could be read',
    ics: () => zoneCase('FREQ=MINUTELY'),
    range: RANGE,
    expect: { code: 'time-zone-rule' },
  },
  {
    name: 'a VTIMEZONE whose rule repeats every second',
    before: 'over 65 s',
    ics: () => zoneCase('FREQ=SECONDLY'),
    range: RANGE,
    expect: { code: 'time-zone-rule' },
  },
  {
    name: 'a VTIMEZONE whose yearly rule lands on every day of the year',
    before: '0.3 s, and its times used as if the zone were real',
    ics: () => zoneCase('FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28'),
    range: RANGE,
    expect: { code: 'time-zone-rule' },
  },
  {
    name: 'a too-fast VTIMEZONE for a zone Someday knows by name falls back to that zone',
    before: 'over 65 s',
    ics: () => calendar([
      ...zoneWithRule('Europe/Berlin', 'FREQ=MINUTELY'),
      ...event('b', 'DTSTART;TZID=Europe/Berlin:20260610T090000', 'DTEND;TZID=Europe/Berlin:20260610T100000'),
    ]),
    range: RANGE,
    expect: { busy: ['2026-06-10T07:00:00.000Z 2026-06-10T08:00:00.000Z'] },
  },
  {
    name: '20,000 RECURRENCE-IDs on one UID',
    before: '4.5 s in the audit (2.4 s here): the exceptions were grouped by copying an array per exception',
    ics: () => manyExceptions(20_000),
    range: RANGE,
    expect: { busy: movedDailyBusy() },
  },
  {
    name: '400,000 EXDATEs on one series',
    before: '5.8 s and 683 MB in the audit (3.6 s and 815 MB here)',
    ics: () => manyDates('EXDATE', 400_000),
    range: RANGE,
    expect: { code: 'too-many-dates' },
  },
  {
    name: '400,000 RDATEs on one series',
    before: '3.2 s and 769 MB, and no busy time (the per-event cap ran out on dates from 1900)',
    ics: () => manyDates('RDATE', 400_000),
    range: RANGE,
    expect: { code: 'too-many-dates' },
  },
  {
    name: 'a daily series whose every instance lasts 999,999,999 days',
    before: 'hung (over 65 s): each end was computed day by day on the wall clock',
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
    before: 'read right (kept as a guard for far ends)',
    ics: () => calendar(event('far', 'DTSTART;VALUE=DATE:20260101', 'DTEND;VALUE=DATE:99991231')),
    range: RANGE,
    timeZone: 'Europe/Berlin',
    expect: { busy: [WHOLE_RANGE] },
  },
  {
    name: 'a daily rule that can never match (30 February)',
    before: 'never returned (over 65 s): ical.js steps day by day looking for 30 February',
    ics: () => calendar(event('never', 'DTSTART:20260101T090000Z', 'DTEND:20260101T100000Z', 'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30')),
    range: RANGE,
    expect: { busy: [] },
  },
  {
    name: '10 yearly rules asking for the 300th Monday of January (BYSETPOS)',
    before: '16.9 s (9.6 s each in a first run): ical.js looks for a match until the year 20000',
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
    before: 'the person read ical.js\'s own text ("Malformed values in BYDAY combined with BYMONTHDAY parts")',
    ics: () => calendar(event('fifth', 'DTSTART:20200101T090000Z', 'DTEND:20200101T100000Z', 'RRULE:FREQ=MONTHLY;BYDAY=5MO;BYMONTHDAY=1')),
    range: RANGE,
    expect: { busy: [] },
  },
  {
    name: 'every 7 days on Tuesdays, starting on a Monday',
    before: 'never returned (over 65 s): every candidate is a Monday, and ical.js steps until one is a Tuesday',
    ics: () => calendar(event('tuesday', 'DTSTART:20260601T090000Z', 'DTEND:20260601T100000Z', 'RRULE:FREQ=DAILY;INTERVAL=7;BYDAY=TU')),
    range: RANGE,
    expect: { busy: ['2026-06-01T09:00:00.000Z 2026-06-01T10:00:00.000Z'] },
  },
  {
    name: 'every 24 hours at 05:00, starting at midnight',
    before: '61 busy times at 05:00: ical.js expands BYHOUR where RFC 5545 makes it a filter of the 24-hour steps',
    ics: () => calendar(event('five', 'DTSTART:20260601T000000Z', 'DTEND:20260601T010000Z', 'RRULE:FREQ=HOURLY;INTERVAL=24;BYHOUR=5')),
    range: RANGE,
    expect: { busy: ['2026-06-01T00:00:00.000Z 2026-06-01T01:00:00.000Z'] },
  },
  {
    name: 'every 12 months in June, starting in January',
    before: 'read right (kept as a guard: the lattice walk must agree)',
    ics: () => calendar(event('june', 'DTSTART:20260105T090000Z', 'DTEND:20260105T100000Z', 'RRULE:FREQ=MONTHLY;INTERVAL=12;BYMONTH=6')),
    range: RANGE,
    expect: { busy: [] },
  },
  {
    name: 'an hourly rule on an all-day event',
    before: 'never returned (over 65 s): an all-day start has no hours to step',
    ics: () => calendar(event('allday', 'DTSTART;VALUE=DATE:20260601', 'RRULE:FREQ=HOURLY;BYMONTH=7')),
    range: RANGE,
    expect: { code: 'invalid-rule' },
  },
  {
    name: 'every 330 seconds, at seconds no such step lands on',
    before: '0.5 s here and 4.9 s in a busy fuzz run, stepping through seconds that never pass',
    ics: () => calendar(event('seconds', 'DTSTART:20240101T000000', 'DURATION:PT30M', 'RRULE:FREQ=SECONDLY;BYHOUR=21,18;INTERVAL=330;BYSECOND=42,28,6,13')),
    range: RANGE,
    timeZone: 'Australia/Sydney',
    expect: { code: 'too-many-occurrences' },
  },
  {
    name: 'a rule repeating every second, only in December',
    before: '18.4 s, stepping through 29 million seconds a year to reach December, and then no busy time',
    ics: () => calendar(event('dec', 'DTSTART:20200101T000000Z', 'DTEND:20200101T000001Z', 'RRULE:FREQ=SECONDLY;BYMONTH=12')),
    range: RANGE,
    expect: { code: 'too-many-occurrences' },
  },
  {
    name: 'a daily series on Mondays from the year 1',
    before: '6.2 s: walked 740,000 days from DTSTART to reach the range',
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
    before: 'silently read as no busy time (the stray END closed the calendar)',
    ics: () => calendar(['END:VEVENT', ...SIMPLE_EVENT]),
    range: RANGE,
    expect: { code: 'unreadable' },
  },
  {
    name: 'a start that is a period, not a date',
    before: 'silently no busy time',
    ics: () => calendar(event('period', 'DTSTART;VALUE=PERIOD:20260610T090000Z/PT1H')),
    range: RANGE,
    expect: { code: 'unreadable' },
  },
  {
    name: '50,000 nested components',
    before: 'silently no busy time',
    ics: () => calendar([...Array.from({ length: 50_000 }, () => 'BEGIN:X-NEST'), ...Array.from({ length: 50_000 }, () => 'END:X-NEST')]),
    range: RANGE,
    expect: { code: 'unreadable' },
  },
];
