/**
 * Property tests for findFreeSlots: random weekly windows, busy lists and `now`, with `now`
 * drawn near daylight-saving changes most of the time, in four zones (two northern, one
 * southern hemisphere, one half-hour offset without DST).
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { TZDate } from '@date-fns/tz';
import { findFreeSlots, type FreeSlotQuery, type Interval, type WeeklyWindow } from '../../core/availability/index.ts';

export const RUNS_PER_ZONE = 500;
const MINUTE = 60_000;
const DAY = 86_400_000;

/** Instants of 2026 clock changes (or arbitrary anchors for a zone without DST). */
const TRANSITIONS: Record<string, string[]> = {
  'America/New_York': ['2026-03-08T07:00:00Z', '2026-11-01T06:00:00Z'],
  'Europe/Berlin': ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z'],
  'Australia/Sydney': ['2026-04-04T16:00:00Z', '2026-10-03T16:00:00Z'],
  'Asia/Kolkata': ['2026-03-08T07:00:00Z', '2026-12-31T18:30:00Z'],
};

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Window edges favour the small hours (where clocks jump) and quarter hours, with odd minutes mixed in. */
const minuteOfDay = fc.oneof(
  fc.integer({ min: 0, max: 96 }).map((q) => q * 15),
  fc.integer({ min: 60, max: 240 }),
  fc.integer({ min: 0, max: 1440 }),
);

const weeklyWindow: fc.Arbitrary<WeeklyWindow> = fc
  .record({ day: fc.integer({ min: 0, max: 6 }), a: minuteOfDay, b: minuteOfDay })
  .filter(({ a, b }) => a !== b)
  .map(({ day, a, b }) => ({ day: day as WeeklyWindow['day'], start: clock(Math.min(a, b)), end: clock(Math.max(a, b)) }));

function queryIn(timeZone: string): fc.Arbitrary<FreeSlotQuery> {
  const anchors = (TRANSITIONS[timeZone] ?? []).map((iso) => Date.parse(iso));
  const nearTransition = fc
    .record({ anchor: fc.constantFrom(...anchors), offset: fc.integer({ min: -9 * 24 * 60, max: 2 * 24 * 60 }) })
    .map(({ anchor, offset }) => anchor + offset * MINUTE);
  const anyTime = fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2027-01-01T00:00:00Z') });
  const nowMs = fc.oneof({ arbitrary: nearTransition, weight: 3 }, { arbitrary: anyTime, weight: 1 });

  return nowMs.chain((now) =>
    fc.record({
      now: fc.constant(new Date(now)),
      timeZone: fc.constant(timeZone),
      weekly: fc.array(weeklyWindow, { maxLength: 10 }),
      busy: fc.array(
        fc
          .record({ start: fc.integer({ min: -DAY / MINUTE, max: (11 * DAY) / MINUTE }), length: fc.integer({ min: 1, max: 600 }) })
          .map(({ start, length }) => ({ start: new Date(now + start * MINUTE), end: new Date(now + (start + length) * MINUTE) })),
        { maxLength: 25 },
      ),
      durationMinutes: fc.integer({ min: 1, max: 300 }),
      minNoticeMinutes: fc.option(fc.integer({ min: 0, max: 24 * 60 }), { nil: undefined }),
      horizonDays: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
      maxSlots: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
      bufferMinutes: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    }),
  );
}

interface Wall {
  dateKey: string;
  weekday: number;
  minutes: number;
}

function wallClock(instant: number, timeZone: string): Wall {
  const local = new TZDate(instant, timeZone);
  return {
    dateKey: `${local.getFullYear()}-${local.getMonth() + 1}-${local.getDate()}`,
    weekday: local.getDay(),
    minutes: local.getHours() * 60 + local.getMinutes(),
  };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Every instant of the slot (sampled each minute-aligned 5 minutes, plus both edges) is on the start's local date, inside that weekday's windows. */
function liesInsideWeeklyWindows(slot: Interval, query: FreeSlotQuery): boolean {
  const startWall = wallClock(slot.start.getTime(), query.timeZone);
  const windows = query.weekly.filter((w) => w.day === startWall.weekday);
  const covered = (minutes: number) => windows.some((w) => toMinutes(w.start) <= minutes && minutes < toMinutes(w.end));
  for (let t = slot.start.getTime(); t < slot.end.getTime(); t += 5 * MINUTE) {
    const wall = wallClock(t, query.timeZone);
    if (wall.dateKey !== startWall.dateKey || !covered(wall.minutes)) return false;
  }
  // The last minute before the end, too, so an end past the window cannot hide between samples.
  const lastMinute = wallClock(slot.end.getTime() - MINUTE, query.timeZone);
  return lastMinute.dateKey === startWall.dateKey && covered(lastMinute.minutes);
}

const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;

const ZONES = ['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Kolkata'];

describe.each(ZONES)('findFreeSlots properties in %s', (timeZone) => {
  test(`${RUNS_PER_ZONE} random queries: sorted, free, inside windows, after notice, long enough, spread`, () => {
    fc.assert(
      fc.property(queryIn(timeZone), (query) => {
        const slots = findFreeSlots(query);
        const notice = (query.minNoticeMinutes ?? 180) * MINUTE;
        const buffer = (query.bufferMinutes ?? 0) * MINUTE;

        expect(slots.length).toBeLessThanOrEqual(query.maxSlots ?? 3);
        slots.forEach((slot, i) => {
          const previous = slots[i - 1];
          if (previous) expect(previous.end.getTime()).toBeLessThanOrEqual(slot.start.getTime()); // sorted, disjoint
          expect(slot.end.getTime() - slot.start.getTime()).toBeGreaterThanOrEqual(query.durationMinutes * MINUTE);
          expect(slot.start.getTime()).toBeGreaterThanOrEqual(query.now.getTime() + notice);
          for (const busy of query.busy ?? []) {
            const padded = { start: new Date(busy.start.getTime() - buffer), end: new Date(busy.end.getTime() + buffer) };
            expect(overlaps(slot, padded)).toBe(false);
          }
          expect(liesInsideWeeklyWindows(slot, query)).toBe(true);
        });

        // Spread: with every free window listed, a day offered twice means no qualifying day was skipped,
        // and the days offered once are the earliest ones.
        const everyWindow = findFreeSlots({ ...query, maxSlots: 1_000 });
        const dayOf = (slot: Interval) => wallClock(slot.start.getTime(), timeZone).dateKey;
        for (const slot of slots) {
          expect(everyWindow.some((w) => +w.start === +slot.start && +w.end === +slot.end)).toBe(true);
        }
        const offeredDays = new Set(slots.map(dayOf));
        const qualifyingDays = [...new Set(everyWindow.map(dayOf))];
        if (offeredDays.size < slots.length) {
          expect(qualifyingDays.every((day) => offeredDays.has(day))).toBe(true);
        }
        expect(qualifyingDays.slice(0, offeredDays.size).every((day) => offeredDays.has(day))).toBe(true);
        for (const day of offeredDays) {
          const earliest = everyWindow.find((w) => dayOf(w) === day);
          expect(slots.some((s) => earliest && +s.start === +earliest.start)).toBe(true);
        }
      }),
      { numRuns: RUNS_PER_ZONE },
    );
  });
});
