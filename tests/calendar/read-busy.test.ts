import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CalendarError, readBusyFromIcs } from '../../core/ics/index.ts';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
const iso = (intervals: { start: Date; end: Date }[]) => intervals.map((i) => `${i.start.toISOString()} ${i.end.toISOString()}`);
const range = (start: string, end: string) => ({ start: new Date(start), end: new Date(end) });
const wrap = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Someday//Tests//EN', ...lines, 'END:VCALENDAR'].join('\r\n');

describe('readBusyFromIcs on exported calendars', () => {
  test.each([
    [
      'Google: weekly with EXDATE, a moved and a cancelled instance, all-day, free, cancelled, DURATION+COUNT',
      'google.ics',
      range('2026-03-02T00:00:00Z', '2026-03-16T00:00:00Z'),
      'America/New_York',
      [
        '2026-03-02T14:30:00.000Z 2026-03-02T15:00:00.000Z', // standup, EST
        '2026-03-05T20:00:00.000Z 2026-03-05T21:00:00.000Z', // dentist, UTC
        '2026-03-07T05:00:00.000Z 2026-03-08T05:00:00.000Z', // all-day, New York day
        '2026-03-09T18:00:00.000Z 2026-03-09T18:30:00.000Z', // standup moved to 14:00 EDT
        '2026-03-13T22:00:00.000Z 2026-03-13T23:00:00.000Z', // climbing ×3, EDT
        '2026-03-14T22:00:00.000Z 2026-03-14T23:00:00.000Z',
        '2026-03-15T22:00:00.000Z 2026-03-15T23:00:00.000Z',
      ],
    ],
    [
      'Outlook: Windows zone names with and without VTIMEZONE, UNTIL across the EU clock change, multi-day all-day',
      'outlook.ics',
      range('2026-03-23T00:00:00Z', '2026-04-06T00:00:00Z'),
      'Europe/Berlin',
      [
        '2026-03-24T09:00:00.000Z 2026-03-24T10:00:00.000Z', // 10:00 CET
        '2026-03-25T16:00:00.000Z 2026-03-25T17:00:00.000Z', // 09:00 PDT via windows-iana
        '2026-03-31T08:00:00.000Z 2026-03-31T09:00:00.000Z', // 10:00 CEST, the UNTIL instant itself
        '2026-04-01T22:00:00.000Z 2026-04-03T22:00:00.000Z', // two Berlin days
      ],
    ],
    [
      'Apple: every other day across the Sydney clock change, EXDATE, floating time, all-day DURATION',
      'apple.ics',
      range('2026-04-01T00:00:00Z', '2026-04-10T00:00:00Z'),
      'Australia/Sydney',
      [
        '2026-04-01T21:00:00.000Z 2026-04-01T22:00:00.000Z', // 08:00 AEDT
        '2026-04-03T01:00:00.000Z 2026-04-03T02:00:00.000Z', // floating 12:00 in Sydney
        '2026-04-03T21:00:00.000Z 2026-04-03T22:00:00.000Z',
        '2026-04-06T14:00:00.000Z 2026-04-07T14:00:00.000Z', // all-day 7 April (6 April excluded)
        '2026-04-07T22:00:00.000Z 2026-04-07T23:00:00.000Z', // 08:00 AEST
        '2026-04-09T22:00:00.000Z 2026-04-09T23:00:00.000Z',
      ],
    ],
  ])('%s', (_name, file, readRange, timeZone, expected) => {
    expect(iso(readBusyFromIcs(fixture(file), readRange, { timeZone }))).toEqual(expected);
  });

  test('clips to the range and merges touching events', () => {
    const ics = wrap(
      'BEGIN:VEVENT', 'UID:a', 'DTSTART:20260601T090000Z', 'DTEND:20260601T100000Z', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:b', 'DTSTART:20260601T100000Z', 'DTEND:20260601T113000Z', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:c', 'DTSTART:20260601T104500Z', 'DTEND:20260601T120000Z', 'END:VEVENT',
    );
    expect(iso(readBusyFromIcs(ics, range('2026-06-01T09:30:00Z', '2026-06-01T11:00:00Z')))).toEqual([
      '2026-06-01T09:30:00.000Z 2026-06-01T11:00:00.000Z',
    ]);
  });

  test('floating times and all-day events default to UTC without a timeZone option', () => {
    const ics = wrap(
      'BEGIN:VEVENT', 'UID:f', 'DTSTART:20260601T090000', 'DTEND:20260601T100000', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:d', 'DTSTART;VALUE=DATE:20260602', 'END:VEVENT',
    );
    expect(iso(readBusyFromIcs(ics, range('2026-06-01T00:00:00Z', '2026-06-04T00:00:00Z')))).toEqual([
      '2026-06-01T09:00:00.000Z 2026-06-01T10:00:00.000Z',
      '2026-06-02T00:00:00.000Z 2026-06-03T00:00:00.000Z',
    ]);
  });

  test('a rule with no end is expanded only within the range', () => {
    const ics = wrap(
      'BEGIN:VEVENT', 'UID:forever', 'DTSTART;TZID=Europe/Berlin:20000103T080000', 'DTEND;TZID=Europe/Berlin:20000103T083000',
      'RRULE:FREQ=DAILY', 'END:VEVENT',
    );
    const busy = readBusyFromIcs(ics, range('2026-07-01T00:00:00Z', '2026-07-03T00:00:00Z'));
    expect(iso(busy)).toEqual([
      '2026-07-01T06:00:00.000Z 2026-07-01T06:30:00.000Z',
      '2026-07-02T06:00:00.000Z 2026-07-02T06:30:00.000Z',
    ]);
  });

  test('a rule that can never match ends quietly instead of looping', () => {
    const ics = wrap(
      'BEGIN:VEVENT', 'UID:never', 'DTSTART:20260101T090000Z', 'DTEND:20260101T100000Z',
      'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', 'END:VEVENT',
    );
    const busy = readBusyFromIcs(ics, range('2026-06-01T00:00:00Z', '2026-07-01T00:00:00Z'));
    expect(busy).toEqual([]);
  });

  test.each([
    ['FREQ=WEEKLY;BYDAY=MO,TH', '20230102T170000'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SA;WKST=MO', '20230103T073000'],
    ['FREQ=DAILY;INTERVAL=3', '20230101T010000'],
    ['FREQ=DAILY;INTERVAL=4;BYDAY=MO,WE,FR', '20230102T120000'],
    ['FREQ=WEEKLY;UNTIL=20261231T000000Z', '20230104T230000'],
  ])('skipping ahead (%s) finds exactly what a full walk from DTSTART finds', (rule, start) => {
    const series = (extra: string[]) =>
      wrap(
        'BEGIN:VEVENT', 'UID:s', `DTSTART;TZID=America/New_York:${start}`, 'DURATION:PT45M', `RRULE:${rule}`, ...extra, 'END:VEVENT',
      );
    const readRange = range('2026-02-20T00:00:00Z', '2026-04-20T00:00:00Z');
    const fastForwarded = readBusyFromIcs(series([]), readRange);
    // An RDATE turns skipping off, so this walk starts at DTSTART; the RDATE itself is outside the range.
    const walked = readBusyFromIcs(series(['RDATE:20230201T000000Z']), readRange);
    expect(fastForwarded.length).toBeGreaterThan(5);
    expect(iso(fastForwarded)).toEqual(iso(walked));
  });
});

describe('readBusyFromIcs refuses bad input with a readable message', () => {
  const anyRange = range('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z');
  test.each([
    ['not a calendar', 'Hello, this is a shopping list', 'not-icalendar', 'This file is not an iCalendar (.ics) file: it does not start with BEGIN:VCALENDAR.'],
    ['an empty file', '', 'not-icalendar', 'This file is not an iCalendar (.ics) file: it does not start with BEGIN:VCALENDAR.'],
    [
      'a cut-off file',
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:20260101T100000Z\r\n',
      'truncated',
      'The calendar file is cut off: it ends before its last END: line, so events may be missing. Export or download it again.',
    ],
    [
      'an event that is never closed',
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:20260101T100000Z\r\nEND:VCALENDAR',
      'truncated',
      'The calendar file is cut off: it ends before its last END: line, so events may be missing. Export or download it again.',
    ],
    [
      'a time zone nobody knows',
      wrap('BEGIN:VEVENT', 'UID:z', 'DTSTART;TZID=Middle Earth Time:20260110T100000', 'DTEND;TZID=Middle Earth Time:20260110T110000', 'END:VEVENT'),
      'unknown-time-zone',
      'The calendar uses the time zone "Middle Earth Time", which Someday does not recognise, and the file does not describe it.',
    ],
    [
      'a broken date',
      wrap('BEGIN:VEVENT', 'UID:x', 'DTSTART:2026011', 'END:VEVENT'),
      'unreadable',
      // The parser's own text ("invalid date-time value") is not for people.
      'This calendar file could not be read; it may be damaged. Export or download it again.',
    ],
  ])('%s', (_name, ics, code, message) => {
    let thrown: unknown;
    try {
      readBusyFromIcs(ics, anyRange);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CalendarError);
    expect((thrown as CalendarError).code).toBe(code);
    expect((thrown as CalendarError).message).toBe(message);
  });

  test('a file over the size limit names the limit', () => {
    const ics = wrap('X-PADDING:' + 'x'.repeat(3 * 1024 * 1024));
    expect(() => readBusyFromIcs(ics, anyRange, { maxBytes: 2 * 1024 * 1024 })).toThrow(
      'This calendar file is 3 MB, over the 2 MB limit. Export a shorter date range or a single calendar.',
    );
  });

  test('an unknown person zone is refused', () => {
    expect(() => readBusyFromIcs(wrap(), anyRange, { timeZone: 'Nowhere/Land' })).toThrow(
      'Unknown time zone "Nowhere/Land": use an IANA name such as "America/New_York".',
    );
  });
});
