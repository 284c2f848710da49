import { TZDate } from '@date-fns/tz';
import { describe, expect, test } from 'vitest';
import { findFreeSlots, type WeeklyWindow } from '../../core/availability/index.ts';
import { formatWeek, type Interval } from '../../core/format-slots/index.ts';
import { LANGUAGES, type LanguageCode } from '../../core/languages.ts';

const NY = 'America/New_York';

/** A slot by its wall clock in a zone: "2026-12-08", "18:00", "21:00" ("24:00" is midnight). */
function local(zone: string, date: string, start: string, end: string): Interval {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const instant = (clock: string) => {
    const [hours, minutes] = clock.split(':').map(Number) as [number, number];
    return new Date(new TZDate(year, month - 1, day, hours, minutes, 0, zone).getTime());
  };
  return { start: instant(start), end: instant(end) };
}
const ny = (date: string, start: string, end: string) => local(NY, date, start, end);

/** The out-of-the-box week: weekday evenings 18–21, weekends 10–18. */
const DEFAULT_WEEK: WeeklyWindow[] = [
  { day: 0, start: '10:00', end: '18:00' },
  ...([1, 2, 3, 4, 5] as const).map((day) => ({ day, start: '18:00', end: '21:00' })),
  { day: 6, start: '10:00', end: '18:00' },
];
const week = (now: Date, timeZone: string, busy: Interval[] = []) =>
  findFreeSlots({ now, timeZone, weekly: DEFAULT_WEEK, busy, durationMinutes: 60, minNoticeMinutes: 180, horizonDays: 7, maxSlots: 200, bufferMinutes: 15 });

const monday = new Date('2026-12-07T17:00:00Z'); // Monday noon in New York
type Words = Record<LanguageCode, string>;
const each = (words: Words) => LANGUAGES.map((locale) => [locale, words[locale]] as const);

describe('formatWeek: the default week from Monday noon', () => {
  const slots = week(monday, NY);
  test.each(
    each({
      en: 'every evening this week 6–9pm, or Sat and Sun 10am–6pm',
      es: 'todas las tardes de esta semana 18:00–21:00 o sáb y dom 10:00–18:00',
      fr: 'tous les soirs cette semaine 18:00–21:00 ou sam. et dim. 10:00–18:00',
      de: 'diese Woche jeden Abend 18:00–21:00 oder Sa und So 10:00–18:00',
      pt: 'todas as noites desta semana 18:00–21:00 ou sáb. e dom. 10:00–18:00',
    }),
  )('%s: "%s"', (locale, expected) => {
    expect(slots).toHaveLength(7);
    expect(formatWeek(slots, { now: monday, timeZone: NY, locale })).toBe(expected);
  });

  test('a 24-hour English locale keeps the words and changes the clock', () => {
    expect(formatWeek(slots, { now: monday, timeZone: NY, locale: 'en-GB' })).toBe(
      'every evening this week 18:00–21:00, or Sat and Sun 10:00–18:00',
    );
  });

  test('the zone label, when asked for, comes once at the end', () => {
    expect(formatWeek(slots, { now: monday, timeZone: NY, locale: 'en', showZone: true })).toBe(
      'every evening this week 6–9pm, or Sat and Sun 10am–6pm (ET)',
    );
  });
});

describe('formatWeek: a busy day in the middle of the week', () => {
  // Wednesday evening is taken by a calendar event.
  const slots = week(monday, NY, [ny('2026-12-09', '17:00', '22:00')]);
  test.each(
    each({
      en: 'today, tomorrow, Thu and Fri 6–9pm, or Sat and Sun 10am–6pm',
      es: 'hoy, mañana, jue y vie 18:00–21:00 o sáb y dom 10:00–18:00',
      fr: "aujourd'hui, demain, jeu. et ven. 18:00–21:00 ou sam. et dim. 10:00–18:00",
      de: 'heute, morgen, Do und Fr 18:00–21:00 oder Sa und So 10:00–18:00',
      pt: 'hoje, amanhã, qui. e sex. 18:00–21:00 ou sáb. e dom. 10:00–18:00',
    }),
  )('%s: "%s"', (locale, expected) => {
    expect(formatWeek(slots, { now: monday, timeZone: NY, locale })).toBe(expected);
  });

  test('a short evening (busy until 7pm) reads on its own, and the days after still merge', () => {
    const shortened = week(monday, NY, [ny('2026-12-07', '17:00', '18:45')]);
    expect(formatWeek(shortened, { now: monday, timeZone: NY, locale: 'en' })).toBe(
      'today 7–9pm, tomorrow through Fri 6–9pm, or Sat and Sun 10am–6pm',
    );
  });
});

describe('formatWeek: ranges, today and tomorrow', () => {
  const fromToday = [
    ny('2026-12-07', '19:00', '21:00'),
    ...['08', '09', '10', '11'].map((day) => ny(`2026-12-${day}`, '18:00', '21:00')),
    ny('2026-12-12', '10:00', '18:00'),
  ];
  test.each(
    each({
      en: 'today 7–9pm, tomorrow through Fri 6–9pm or Sat 10am–6pm',
      es: 'hoy 19:00–21:00, de mañana al vie 18:00–21:00 o sáb 10:00–18:00',
      fr: "aujourd'hui 19:00–21:00, de demain à ven. 18:00–21:00 ou sam. 10:00–18:00",
      de: 'heute 19:00–21:00, morgen bis Fr 18:00–21:00 oder Sa 10:00–18:00',
      pt: 'hoje 19:00–21:00, de amanhã a sex. 18:00–21:00 ou sáb. 10:00–18:00',
    }),
  )('%s: a run from tomorrow reads "%s"', (locale, expected) => {
    expect(formatWeek(fromToday, { now: monday, timeZone: NY, locale })).toBe(expected);
  });

  const saturday = new Date('2026-12-05T17:00:00Z');
  const workWeek = [...['07', '08', '09', '10'].map((day) => ny(`2026-12-${day}`, '18:00', '21:00')), ny('2026-12-11', '19:00', '21:00')];
  test.each(
    each({
      en: 'Mon–Thu 6–9pm or Fri 7–9pm',
      es: 'lun–jue 18:00–21:00 o vie 19:00–21:00',
      fr: 'lun.–jeu. 18:00–21:00 ou ven. 19:00–21:00',
      de: 'Mo–Do 18:00–21:00 oder Fr 19:00–21:00',
      pt: 'seg.–qui. 18:00–21:00 ou sex. 19:00–21:00',
    }),
  )('%s: days with names make a range "%s"', (locale, expected) => {
    expect(formatWeek(workWeek, { now: saturday, timeZone: NY, locale })).toBe(expected);
  });

  test.each([
    [[ny('2026-12-08', '18:00', '21:00'), ny('2026-12-10', '19:00', '21:00'), ny('2026-12-12', '10:00', '18:00')], 'tomorrow 6–9pm, Thu 7–9pm or Sat 10am–6pm'],
    [[ny('2026-12-07', '18:00', '21:00'), ny('2026-12-08', '18:00', '21:00')], 'today and tomorrow 6–9pm'],
    [[ny('2026-12-07', '18:00', '21:00'), ny('2026-12-09', '18:00', '21:00'), ny('2026-12-11', '18:00', '21:00')], 'today, Wed and Fri 6–9pm'],
    [[ny('2026-12-09', '18:00', '19:00'), ny('2026-12-09', '20:00', '21:30'), ny('2026-12-10', '18:00', '19:00'), ny('2026-12-10', '20:00', '21:30')], 'Wed and Thu at 6pm and 8–9:30pm'],
    [['08', '09', '10', '11'].map((day) => ny(`2026-12-${day}`, '10:00', '18:00')), 'tomorrow through Fri 10am–6pm'],
    [[ny('2026-12-07', '19:00', '20:00')], 'today at 7pm'],
    [[], ''],
  ])('English case %#', (slots, expected) => {
    expect(formatWeek(slots, { now: monday, timeZone: NY, locale: 'en' })).toBe(expected);
  });

  test('"this week" starts today, or tomorrow once this evening has begun', () => {
    const workDays = ['07', '08', '09', '10', '11'].map((day) => ny(`2026-12-${day}`, '10:00', '18:00'));
    const early = new Date('2026-12-07T12:00:00Z'); // Monday 7am
    expect(formatWeek(workDays, { now: early, timeZone: NY, locale: 'en' })).toBe('every day this week 10am–6pm');
    const evenings = ['08', '09', '10', '11'].map((day) => ny(`2026-12-${day}`, '18:00', '21:00'));
    expect(formatWeek(evenings, { now: monday, timeZone: NY, locale: 'en' })).toBe('tomorrow through Fri 6–9pm');
    const tonight = new Date('2026-12-08T01:00:00Z'); // Monday 8pm
    expect(formatWeek(evenings, { now: tonight, timeZone: NY, locale: 'en' })).toBe('every evening this week 6–9pm');
    expect(formatWeek(evenings, { now: tonight, timeZone: NY, locale: 'de' })).toBe('diese Woche jeden Abend 18:00–21:00');
  });

  test('a window ending at midnight reads 24:00 on a 24-hour clock', () => {
    expect(formatWeek([ny('2026-12-12', '20:00', '24:00')], { now: monday, timeZone: NY, locale: 'de' })).toBe('Sa 20:00–24:00');
  });
});

describe('formatWeek: concrete times (business)', () => {
  const slots = [ny('2026-12-08', '18:00', '18:30'), ny('2026-12-10', '18:30', '19:00'), ny('2026-12-11', '18:00', '18:30')];
  test.each(
    each({
      en: 'tomorrow at 6pm, Thu at 6:30pm or Fri at 6pm',
      es: 'mañana a las 18:00, jue a las 18:30 o vie a las 18:00',
      fr: 'demain à 18:00, jeu. à 18:30 ou ven. à 18:00',
      de: 'morgen um 18:00, Do um 18:30 oder Fr um 18:00',
      pt: 'amanhã às 18:00, qui. às 18:30 ou sex. às 18:00',
    }),
  )('%s: "%s"', (locale, expected) => {
    expect(formatWeek(slots, { now: monday, timeZone: NY, locale, style: 'starts' })).toBe(expected);
  });

  test('concrete times never merge, even on the same hour', () => {
    const same = [ny('2026-12-08', '18:00', '18:30'), ny('2026-12-09', '18:00', '18:30')];
    expect(formatWeek(same, { now: monday, timeZone: NY, locale: 'en', style: 'starts' })).toBe('tomorrow at 6pm or Wed at 6pm');
  });

  test.each([
    ['es', 'mañana a la 1:00'],
    ['pt', 'amanhã à 1:00'],
  ])('%s uses the singular article at one o’clock: "%s"', (locale, expected) => {
    expect(formatWeek([ny('2026-12-08', '01:00', '01:30')], { now: monday, timeZone: NY, locale, style: 'starts' })).toBe(expected);
  });
});

describe('formatWeek: the week after', () => {
  const later = [ny('2026-12-14', '18:00', '21:00'), ny('2026-12-15', '18:00', '21:00'), ny('2026-12-16', '18:00', '21:00'), ny('2026-12-19', '10:00', '18:00')];
  test.each(
    each({
      en: 'next week: Mon Dec 14–Wed Dec 16 6–9pm or Sat Dec 19 10am–6pm',
      es: 'la semana que viene: lun 14 dic–mié 16 dic 18:00–21:00 o sáb 19 dic 10:00–18:00',
      fr: 'la semaine prochaine : lun. 14 déc.–mer. 16 déc. 18:00–21:00 ou sam. 19 déc. 10:00–18:00',
      de: 'nächste Woche Mo. 14. Dez.–Mi. 16. Dez. 18:00–21:00 oder Sa. 19. Dez. 10:00–18:00',
      pt: 'na semana que vem: seg. 14 de dez.–qua. 16 de dez. 18:00–21:00 ou sáb. 19 de dez. 10:00–18:00',
    }),
  )('%s: "%s"', (locale, expected) => {
    expect(formatWeek(later, { now: monday, timeZone: NY, locale, nextWeek: true })).toBe(expected);
  });

  test('a range never joins a weekday to a dated day', () => {
    const wednesday = new Date('2026-11-25T14:00:00Z');
    const slots = ['30', '01', '02'].map((day) => ny(day === '30' ? '2026-11-30' : `2026-12-${day}`, '18:00', '21:00'));
    expect(formatWeek(slots, { now: wednesday, timeZone: NY, locale: 'en' })).toBe('Mon, Tue and Wed Dec 2 6–9pm');
  });
});

describe('formatWeek: daylight-saving weeks', () => {
  test('New York falls back on Sunday 1 November: the evenings still read 6–9pm on both sides', () => {
    const thursday = new Date('2026-10-29T16:00:00Z'); // Thursday noon EDT
    const slots = week(thursday, NY);
    expect(slots.map((slot) => slot.start.toISOString())).toContain('2026-11-02T23:00:00.000Z'); // Mon 6pm EST
    expect(slots.map((slot) => slot.start.toISOString())).toContain('2026-10-29T22:00:00.000Z'); // Thu 6pm EDT
    expect(formatWeek(slots, { now: thursday, timeZone: NY, locale: 'en' })).toBe('today and tomorrow 6–9pm, Sat and Sun 10am–6pm, or Mon–Wed 6–9pm');
    expect(formatWeek(slots, { now: thursday, timeZone: NY, locale: 'en', showZone: true })).toMatch(/ \(ET\)$/);
  });

  test('Berlin springs forward on Sunday 29 March: the week merges across the change', () => {
    const berlin = 'Europe/Berlin';
    const friday = new Date('2026-03-27T11:00:00Z'); // Friday noon CET
    const slots = week(friday, berlin);
    expect(formatWeek(slots, { now: friday, timeZone: berlin, locale: 'de' })).toBe(
      'heute 18:00–21:00, morgen und So 10:00–18:00 oder Mo–Do 18:00–21:00',
    );
  });
});

describe('formatWeek: half-hour and quarter-hour zones', () => {
  test.each([
    ['Asia/Kolkata', 'IST'],
    ['Asia/Kathmandu', 'GMT+5:45'],
    ['America/St_Johns', 'GMT-3:30'],
    ['Australia/Adelaide', 'ACDT'],
  ])('%s: the same week in its own wall clock, labelled %s', (zone, label) => {
    const mondayMorning = new Date(new TZDate(2026, 11, 7, 9, 0, 0, zone).getTime());
    const slots = week(mondayMorning, zone);
    expect(slots).toHaveLength(7);
    expect(formatWeek(slots, { now: mondayMorning, timeZone: zone, locale: 'en', showZone: true })).toBe(
      `every evening this week 6–9pm, or Sat and Sun 10am–6pm (${label})`,
    );
  });
});

describe('formatWeek: a whole morning or afternoon is named', () => {
  // Monday noon in New York: tomorrow evening, Thu evening, then Saturday noon to 6pm.
  const slots = [ny('2026-12-08', '18:00', '21:00'), ny('2026-12-10', '19:00', '21:00'), ny('2026-12-12', '12:00', '18:00')];
  test.each(
    each({
      en: 'tomorrow 6–9pm, Thu 7–9pm or Sat afternoon',
      es: 'mañana 18:00–21:00, jue 19:00–21:00 o sáb por la tarde',
      fr: 'demain 18:00–21:00, jeu. 19:00–21:00 ou sam. après-midi',
      de: 'morgen 18:00–21:00, Do 19:00–21:00 oder Sa nachmittags',
      pt: 'amanhã 18:00–21:00, qui. 19:00–21:00 ou sáb. à tarde',
    }),
  )('%s: "%s"', (locale, expected) => {
    expect(formatWeek(slots, { now: monday, timeZone: NY, locale })).toBe(expected);
  });

  test('days with the same part merge, and a part on every day of the week is said once', () => {
    const mornings = ['2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11'].map((date) => ny(date, '09:00', '12:00'));
    expect(formatWeek([ny('2026-12-12', '12:00', '17:00'), ny('2026-12-13', '12:00', '18:00')], { now: monday, timeZone: NY })).toBe('Sat and Sun afternoon');
    expect(formatWeek(mornings, { now: new Date('2026-12-07T13:00:00Z'), timeZone: NY })).toBe('tomorrow through Fri morning');
    const monMorning = new Date('2026-12-07T12:00:00Z'); // 7am in New York
    expect(formatWeek([ny('2026-12-07', '09:00', '12:00'), ...mornings], { now: monMorning, timeZone: NY })).toBe('every morning this week');
  });

  test('only an exact fit is named: a shorter afternoon, or a day with two windows, keeps its hours', () => {
    expect(formatWeek([ny('2026-12-12', '13:00', '18:00')], { now: monday, timeZone: NY })).toBe('Sat 1–6pm');
    expect(formatWeek([ny('2026-12-12', '12:00', '18:00'), ny('2026-12-12', '19:00', '21:00')], { now: monday, timeZone: NY })).toBe('Sat 12–6pm and 7–9pm');
    expect(formatWeek([ny('2026-12-12', '12:00', '18:00')], { now: monday, timeZone: NY, style: 'starts' })).toBe('Sat at 12pm');
  });

  test('in a half-hour zone the part is read on the local clock', () => {
    const delhi = 'Asia/Kolkata';
    const slot = local(delhi, '2026-12-12', '12:00', '18:00');
    expect(formatWeek([slot], { now: monday, timeZone: delhi })).toBe('Sat afternoon');
    expect(formatWeek([slot], { now: monday, timeZone: NY })).toBe('Sat 1:30–7:30am');
  });
});
