import { describe, expect, test } from 'vitest';
import { findFreeSlots, MAX_HORIZON_DAYS, type FreeSlotQuery, type WeeklyWindow } from '../../core/availability/index.ts';

const iso = (slots: { start: Date; end: Date }[]) => slots.map((s) => `${s.start.toISOString()} ${s.end.toISOString()}`);
const win = (day: WeeklyWindow['day'], start: string, end: string): WeeklyWindow => ({ day, start, end });
const busy = (start: string, end: string) => ({ start: new Date(start), end: new Date(end) });

const mondayNoonNewYork = new Date('2026-12-07T17:00:00Z');
const eveningsAndSaturday = [win(2, '18:00', '21:00'), win(4, '18:00', '21:00'), win(6, '10:00', '18:00')];
const base = { now: mondayNoonNewYork, timeZone: 'America/New_York', weekly: eveningsAndSaturday, durationMinutes: 60 };

const cases: [string, FreeSlotQuery, string[]][] = [
  [
    'Tue, Thu and Sat evenings as whole windows',
    base,
    [
      '2026-12-08T23:00:00.000Z 2026-12-09T02:00:00.000Z',
      '2026-12-10T23:00:00.000Z 2026-12-11T02:00:00.000Z',
      '2026-12-12T15:00:00.000Z 2026-12-12T23:00:00.000Z',
    ],
  ],
  [
    'spread: one window per day first, then a second window on Tuesday',
    { ...base, weekly: [win(2, '09:00', '10:00'), win(2, '18:00', '21:00'), win(3, '18:00', '21:00')] },
    [
      '2026-12-08T14:00:00.000Z 2026-12-08T15:00:00.000Z',
      '2026-12-08T23:00:00.000Z 2026-12-09T02:00:00.000Z',
      '2026-12-09T23:00:00.000Z 2026-12-10T02:00:00.000Z',
    ],
  ],
  [
    'notice clips today’s window and rounds up to the next quarter hour (14:07 + 3h → 17:15)',
    { ...base, now: new Date('2026-12-08T19:07:00Z'), weekly: [win(2, '10:00', '21:00')], maxSlots: 1 },
    ['2026-12-08T22:15:00.000Z 2026-12-09T02:00:00.000Z'],
  ],
  [
    'a window ending at 24:00 runs to local midnight',
    { ...base, weekly: [win(6, '20:00', '24:00')] },
    ['2026-12-13T01:00:00.000Z 2026-12-13T05:00:00.000Z'],
  ],
  [
    'overlapping weekly windows merge into one',
    { ...base, weekly: [win(2, '18:00', '20:00'), win(2, '19:00', '21:00')] },
    ['2026-12-08T23:00:00.000Z 2026-12-09T02:00:00.000Z'],
  ],
  [
    'a busy hour splits Saturday into two slots on the only free day',
    { ...base, weekly: [win(6, '10:00', '18:00')], busy: [busy('2026-12-12T17:00:00Z', '2026-12-12T18:00:00Z')] },
    ['2026-12-12T15:00:00.000Z 2026-12-12T17:00:00.000Z', '2026-12-12T18:00:00.000Z 2026-12-12T23:00:00.000Z'],
  ],
  [
    'a 15-minute buffer keeps travel time around the busy hour',
    {
      ...base,
      weekly: [win(6, '10:00', '18:00')],
      busy: [busy('2026-12-12T17:00:00Z', '2026-12-12T18:00:00Z')],
      bufferMinutes: 15,
    },
    ['2026-12-12T15:00:00.000Z 2026-12-12T16:45:00.000Z', '2026-12-12T18:15:00.000Z 2026-12-12T23:00:00.000Z'],
  ],
  [
    'a free window shorter than the duration is not offered',
    { ...base, weekly: [win(2, '18:00', '18:45')] },
    [],
  ],
  [
    'spring forward: 01:30–03:30 on 8 March 2026 lasts one real hour',
    { ...base, now: new Date('2026-03-06T17:00:00Z'), weekly: [win(0, '01:30', '03:30')] },
    ['2026-03-08T06:30:00.000Z 2026-03-08T07:30:00.000Z'],
  ],
  [
    'spring forward: a window starting inside the gap starts at the jump (03:00 EDT)',
    { ...base, now: new Date('2026-03-06T17:00:00Z'), weekly: [win(0, '02:30', '05:00')] },
    ['2026-03-08T07:00:00.000Z 2026-03-08T09:00:00.000Z'],
  ],
  [
    'spring forward: a 90-minute plan does not fit the one-hour 01:30–03:30 window',
    { ...base, now: new Date('2026-03-06T17:00:00Z'), weekly: [win(0, '01:30', '03:30')], durationMinutes: 90 },
    [],
  ],
  [
    'fall back: 01:00–02:00 on 1 November 2026 lasts two real hours',
    { ...base, now: new Date('2026-10-30T16:00:00Z'), weekly: [win(0, '01:00', '02:00')] },
    ['2026-11-01T05:00:00.000Z 2026-11-01T07:00:00.000Z'],
  ],
  [
    'fall back: 01:30–02:00 is two separate half hours (01:30 EDT and 01:30 EST)',
    { ...base, now: new Date('2026-10-30T16:00:00Z'), weekly: [win(0, '01:30', '02:00')], durationMinutes: 30 },
    ['2026-11-01T05:30:00.000Z 2026-11-01T06:00:00.000Z', '2026-11-01T06:30:00.000Z 2026-11-01T07:00:00.000Z'],
  ],
  [
    'southern hemisphere: Sydney falls back on 5 April 2026, 01:00–04:00 lasts four hours',
    { ...base, timeZone: 'Australia/Sydney', now: new Date('2026-04-02T00:00:00Z'), weekly: [win(0, '01:00', '04:00')] },
    ['2026-04-04T14:00:00.000Z 2026-04-04T18:00:00.000Z'],
  ],
  [
    'half-hour offset: Kolkata (UTC+5:30)',
    { ...base, timeZone: 'Asia/Kolkata', now: new Date('2026-12-07T06:30:00Z'), weekly: [win(2, '18:00', '21:00')] },
    ['2026-12-08T12:30:00.000Z 2026-12-08T15:30:00.000Z'],
  ],
  [
    'half-hour offset with summer time: Adelaide (UTC+10:30 in December)',
    { ...base, timeZone: 'Australia/Adelaide', now: new Date('2026-12-07T01:30:00Z'), weekly: [win(2, '18:00', '21:00')] },
    ['2026-12-08T07:30:00.000Z 2026-12-08T10:30:00.000Z'],
  ],
  [
    'override: a day off on Tuesday and extra hours on Wednesday',
    {
      ...base,
      overrides: [
        { kind: 'dayOff', date: '2026-12-08' },
        { date: '2026-12-09', windows: [{ start: '10:00', end: '14:00' }] },
      ],
    },
    [
      '2026-12-09T15:00:00.000Z 2026-12-09T19:00:00.000Z',
      '2026-12-10T23:00:00.000Z 2026-12-11T02:00:00.000Z',
      '2026-12-12T15:00:00.000Z 2026-12-12T23:00:00.000Z',
    ],
  ],
  [
    'override: a blocked range Tue–Thu leaves Saturday',
    { ...base, overrides: [{ kind: 'blocked', from: '2026-12-08', to: '2026-12-10' }] },
    ['2026-12-12T15:00:00.000Z 2026-12-12T23:00:00.000Z'],
  ],
  [
    'override: extra hours inside a blocked range still count (the one-date statement wins)',
    {
      ...base,
      overrides: [
        { kind: 'blocked', from: '2026-12-08', to: '2026-12-12' },
        { kind: 'extraHours', date: '2026-12-10', windows: [{ start: '12:00', end: '14:00' }] },
      ],
    },
    ['2026-12-10T17:00:00.000Z 2026-12-10T19:00:00.000Z'],
  ],
  [
    'horizon: with horizonDays 2 only Tuesday is in reach',
    { ...base, horizonDays: 2 },
    ['2026-12-08T23:00:00.000Z 2026-12-09T02:00:00.000Z'],
  ],
  ['durationMinutes 0 gives no slots', { ...base, durationMinutes: 0 }, []],
  ['durationMinutes below 0 gives no slots', { ...base, durationMinutes: -30 }, []],
];

describe('findFreeSlots examples', () => {
  test.each(cases)('%s', (_name, query, expected) => {
    expect(iso(findFreeSlots(query))).toEqual(expected);
  });

  test('defaults: 180 minutes notice, 7 days ahead, 3 slots', () => {
    const everyDay = ([0, 1, 2, 3, 4, 5, 6] as const).map((day) => win(day, '00:00', '24:00'));
    const slots = findFreeSlots({ ...base, weekly: everyDay });
    expect(slots).toHaveLength(3);
    expect(slots[0]?.start.toISOString()).toBe('2026-12-07T20:00:00.000Z'); // noon + 3h
  });

  test('an unknown zone throws a clear error', () => {
    expect(() => findFreeSlots({ ...base, timeZone: 'Mars/Olympus_Mons' })).toThrow(
      'Unknown time zone "Mars/Olympus_Mons": use an IANA name such as "America/New_York".',
    );
  });

  test('a malformed window time throws a clear error', () => {
    expect(() => findFreeSlots({ ...base, weekly: [win(2, '6pm', '21:00')] })).toThrow(
      'The time "6pm" is not a wall-clock time like 18:30 (00:00 to 24:00).',
    );
  });
});

describe('a broken query gets a clear Error, never a TypeError (issue 13)', () => {
  const broken: [string, unknown][] = [
    ['no query', undefined],
    ['null', null],
    ['now as a string', { ...base, now: '2026-12-07' }],
    ['no time zone', { ...base, timeZone: undefined }],
    ['a time zone that is a number', { ...base, timeZone: 5 }],
    ['weekly missing', { ...base, weekly: undefined }],
    ['weekly as an object', { ...base, weekly: { day: 1 } }],
    ['a null window', { ...base, weekly: [null] }],
    ['a window without times', { ...base, weekly: [{ day: 2 }] }],
    ['a window on day 7', { ...base, weekly: [win(7 as WeeklyWindow['day'], '18:00', '21:00')] }],
    ['a window with numeric times', { ...base, weekly: [{ day: 2, start: 18, end: 21 }] }],
    ['busy as an object', { ...base, busy: { start: new Date(), end: new Date() } }],
    ['a busy time with string dates', { ...base, busy: [{ start: '2026-12-08', end: '2026-12-09' }] }],
    ['a busy time that is null', { ...base, busy: [null] }],
    ['a duration in a string', { ...base, durationMinutes: '60' }],
    ['no duration', { ...base, durationMinutes: undefined }],
    ['a horizon in a string', { ...base, horizonDays: '7' }],
    ['overrides as a string', { ...base, overrides: 'none' }],
    ['extra hours without windows', { ...base, overrides: [{ date: '2026-12-24' }] }],
    ['an override of an unknown kind', { ...base, overrides: [{ kind: 'holiday', date: '2026-12-24' }] }],
  ];
  test.each(broken)('%s', (_name, query) => {
    let thrown: unknown;
    try {
      findFreeSlots(query as FreeSlotQuery);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(TypeError);
    expect((thrown as Error).message).toMatch(/^findFreeSlots needs .+\.$/);
  });
});

describe('horizonDays is capped at MAX_HORIZON_DAYS', () => {
  const everyDay = ([0, 1, 2, 3, 4, 5, 6] as const).map((day) => win(day, '18:00', '21:00'));
  // Busy every evening for two years, so the only free evenings are as far ahead as the engine looks.
  const allBusy = { start: new Date('2026-12-07T00:00:00Z'), end: new Date('2028-12-31T00:00:00Z') };

  test('a horizon of 100,000 days looks no further than 366 days', () => {
    const query = { ...base, weekly: everyDay, busy: [allBusy], maxSlots: 1 };
    expect(findFreeSlots({ ...query, horizonDays: 100_000 })).toEqual(findFreeSlots({ ...query, horizonDays: MAX_HORIZON_DAYS }));
    expect(findFreeSlots({ ...query, horizonDays: 100_000 })).toEqual([]);
    // Free from 2027-12-08 on: within 366 days of 2026-12-07, so the capped horizon still finds it.
    const freeLater = { start: new Date('2026-12-07T00:00:00Z'), end: new Date('2027-12-08T00:00:00Z') };
    const [slot] = findFreeSlots({ ...query, busy: [freeLater], horizonDays: 100_000 });
    expect(slot?.start.toISOString()).toBe('2027-12-08T00:00:00.000Z'); // the rest of the 7 December evening in New York
  });
});
