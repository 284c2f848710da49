import { describe, expect, test } from 'vitest';
import { formatSlot, formatSlotList } from '../../core/format-slots/index.ts';

const at = (start: string, end: string) => ({ start: new Date(start), end: new Date(end) });
const now = new Date('2026-12-07T17:00:00Z'); // Monday noon in New York
const timeZone = 'America/New_York';

const slots = {
  todayHour: at('2026-12-08T00:00:00Z', '2026-12-08T01:00:00Z'), // Mon 7–8pm
  tomorrowEvening: at('2026-12-08T23:00:00Z', '2026-12-09T02:00:00Z'), // Tue 6–9pm
  thursdayEvening: at('2026-12-10T23:00:00Z', '2026-12-11T02:00:00Z'), // Thu 6–9pm
  saturdayDay: at('2026-12-12T15:00:00Z', '2026-12-12T23:00:00Z'), // Sat 10am–6pm
  saturdayHalfPast: at('2026-12-12T15:30:00Z', '2026-12-12T17:00:00Z'), // Sat 10:30am–12pm
  lunch: at('2026-12-11T16:30:00Z', '2026-12-11T18:00:00Z'), // Fri 11:30am–1pm
  lateNight: at('2026-12-13T01:00:00Z', '2026-12-13T05:00:00Z'), // Sat 8pm–midnight
  nextWeek: at('2026-12-15T23:00:00Z', '2026-12-16T02:00:00Z'), // Tue Dec 15 6–9pm
};

describe('formatSlot', () => {
  test.each([
    ['en', slots.todayHour, 'today 7pm'],
    ['en', slots.tomorrowEvening, 'tomorrow 6–9pm'],
    ['en', slots.saturdayDay, 'Sat 10am–6pm'],
    ['en', slots.saturdayHalfPast, 'Sat 10:30am–12pm'],
    ['en', slots.lunch, 'Fri 11:30am–1pm'],
    ['en', slots.lateNight, 'Sat 8pm–12am'],
    ['en', slots.nextWeek, 'Tue Dec 15 6–9pm'],
    ['en-GB', slots.tomorrowEvening, 'tomorrow 18:00–21:00'],
    ['es', slots.todayHour, 'hoy 19:00'],
    ['es', slots.tomorrowEvening, 'mañana 18:00–21:00'],
    ['es', slots.saturdayDay, 'sáb 10:00–18:00'],
    ['es', slots.nextWeek, 'mar 15 dic 18:00–21:00'],
    ['fr', slots.todayHour, "aujourd'hui 19:00"],
    ['fr', slots.tomorrowEvening, 'demain 18:00–21:00'],
    ['fr', slots.thursdayEvening, 'jeu. 18:00–21:00'],
    ['fr', slots.nextWeek, 'mar. 15 déc. 18:00–21:00'],
    ['de', slots.todayHour, 'heute 19:00'],
    ['de', slots.tomorrowEvening, 'morgen 18:00–21:00'],
    ['de', slots.saturdayDay, 'Sa 10:00–18:00'],
    ['de', slots.lateNight, 'Sa 20:00–24:00'],
    ['de', slots.nextWeek, 'Di. 15. Dez. 18:00–21:00'],
    ['pt', slots.todayHour, 'hoje 19:00'],
    ['pt', slots.tomorrowEvening, 'amanhã 18:00–21:00'],
    ['pt', slots.saturdayDay, 'sáb. 10:00–18:00'],
    ['pt', slots.nextWeek, 'ter. 15 de dez. 18:00–21:00'],
  ])('%s: %o reads "%s"', (locale, slot, expected) => {
    expect(formatSlot(slot, { now, timeZone, locale })).toBe(expected);
  });

  test.each([
    ['America/New_York', 'en', slots.tomorrowEvening, 'tomorrow 6–9pm (ET)'],
    // Adelaide and Kiritimati are already on Tuesday at Monday noon in New York.
    ['Europe/Berlin', 'en', at('2026-12-08T17:00:00Z', '2026-12-08T20:00:00Z'), 'tomorrow 6–9pm (CET)'],
    ['Europe/Berlin', 'de', at('2026-12-08T17:00:00Z', '2026-12-08T20:00:00Z'), 'morgen 18:00–21:00 (MEZ)'],
    ['Asia/Kolkata', 'en', at('2026-12-08T12:30:00Z', '2026-12-08T15:30:00Z'), 'tomorrow 6–9pm (IST)'],
    ['Australia/Adelaide', 'en', at('2026-12-08T07:30:00Z', '2026-12-08T10:30:00Z'), 'today 6–9pm (ACDT)'],
    ['Pacific/Kiritimati', 'en', at('2026-12-08T04:00:00Z', '2026-12-08T07:00:00Z'), 'today 6–9pm (GMT+14)'],
  ])('showZone in %s (%s) reads "%s"', (zone, locale, slot, expected) => {
    expect(formatSlot(slot, { now, timeZone: zone, locale, showZone: true })).toBe(expected);
  });

  test('"today" and "tomorrow" follow the calendar date in the given zone, not UTC', () => {
    const lateEvening = new Date('2026-12-08T03:30:00Z'); // Mon 10:30pm in New York, already Tuesday in UTC
    const tuesdayMorning = at('2026-12-08T14:00:00Z', '2026-12-08T17:00:00Z');
    expect(formatSlot(tuesdayMorning, { now: lateEvening, timeZone, locale: 'en' })).toBe('tomorrow 9am–12pm');
    expect(formatSlot(tuesdayMorning, { now: lateEvening, timeZone: 'UTC', locale: 'en' })).toBe('today 2–5pm');
  });
});

describe('formatSlotList', () => {
  const three = [slots.tomorrowEvening, slots.thursdayEvening, slots.saturdayDay];
  test.each([
    ['en', 'tomorrow 6–9pm, Thu 6–9pm or Sat 10am–6pm'],
    ['es', 'mañana 18:00–21:00, jue 18:00–21:00 o sáb 10:00–18:00'],
    ['fr', 'demain 18:00–21:00, jeu. 18:00–21:00 ou sam. 10:00–18:00'],
    ['de', 'morgen 18:00–21:00, Do 18:00–21:00 oder Sa 10:00–18:00'],
    ['pt', 'amanhã 18:00–21:00, qui. 18:00–21:00 ou sáb. 10:00–18:00'],
  ])('%s joins three slots as "%s"', (locale, expected) => {
    expect(formatSlotList(three, { now, timeZone, locale })).toBe(expected);
  });

  test.each([
    [[], ''],
    [[slots.saturdayDay], 'Sat 10am–6pm'],
    [[slots.thursdayEvening, slots.saturdayDay], 'Thu 6–9pm or Sat 10am–6pm'],
  ])('English with %# slots reads "%s"', (list, expected) => {
    expect(formatSlotList(list, { now, timeZone, locale: 'en' })).toBe(expected);
  });

  test('names the zone once, at the end', () => {
    expect(formatSlotList(three, { now, timeZone, locale: 'en', showZone: true })).toBe(
      'tomorrow 6–9pm, Thu 6–9pm or Sat 10am–6pm (ET)',
    );
  });

  test('defaults to English when no locale is given', () => {
    expect(formatSlotList(three, { now, timeZone })).toBe('tomorrow 6–9pm, Thu 6–9pm or Sat 10am–6pm');
  });
});
