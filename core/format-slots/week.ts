/**
 * The whole week in the words a person would write in an invite:
 *
 *   "every evening this week 6–9pm, or Sat and Sun 10am–6pm"
 *   "today through Thu 6–9pm or Sat 10am–6pm"
 *   "tomorrow 6–9pm, Thu 7–9pm or Sat 10am–6pm"
 *   "tomorrow at 6pm, Thu at 6pm or Fri at 7:30pm"          (style 'starts': concrete times)
 *
 * Rules:
 * - Days keep their order. A day whose free hours are the same as the day listed before it joins
 *   it: "Mon, Wed and Fri 6–9pm". Three or more days in a row become a range ("Mon–Thu"; from
 *   today or tomorrow in words: "tomorrow through Fri"); two in a row stay two ("Sat and Sun").
 * - A run that starts today (or tomorrow, once this evening has begun) and covers the rest of the
 *   working week (or six days or more) is "every evening this week" when its hours start at 5pm or
 *   later, else "every day this week". A run from tomorrow in the morning says so: "tomorrow through Fri".
 * - Several free windows on one day are all listed: "Wed 6–7pm and 8–9pm".
 * - A window shorter than 90 minutes reads as its start: "Tue at 7pm".
 * - A window that is exactly a whole afternoon (noon to 5 or 6pm) or a whole morning (8 or 9am to
 *   noon) is named as one: "Sat afternoon", "every morning this week". Only an exact fit is named, so
 *   the name never promises an hour that is not free; other windows keep their hours.
 * - Style 'starts' lists each slot as a concrete start time and never merges: a business ask
 *   offers a few exact times, not windows to choose within.
 * - `nextWeek` leads with "next week:" for times past the horizon.
 * - The zone label, when asked for, comes once at the end.
 *
 * Pure: Intl and date-fns only, no DOM.
 */
import { TZDate } from '@date-fns/tz';
import type { Interval } from '../availability/index.ts';
import { FALLBACK_LANGUAGE, languageOfTag, type LanguageCode } from '../languages.ts';
import {
  dayLabel,
  daysAhead,
  formatClock,
  formatClockRange,
  isEnglish,
  joinEnglishOr,
  localeOf,
  START_ONLY_BELOW_MINUTES,
  zoneLabel,
} from './parts.ts';

export interface FormatWeekOptions {
  now: Date;
  timeZone: string;
  /** BCP 47 tag; default "en". */
  locale?: string;
  showZone?: boolean;
  /** 'windows' (default): whole free windows, days with the same hours merged. 'starts': each slot's start. */
  style?: 'windows' | 'starts';
  /** The times lie past the horizon: say so ("next week: …"). */
  nextWeek?: boolean;
}

interface WeekWords {
  everyEvening: string;
  everyDay: string;
  /** Three or more days in a row from today or tomorrow: "tomorrow through Fri". */
  fromRelative: (first: string, last: string) => string;
  /** A start time: "at 6pm"; `hour` is the 24-hour hour, for languages whose article follows it. */
  at: (clock: string, hour: number) => string;
  /** Before times past the horizon. */
  nextWeek: string;
  /** A whole part of a day, after the day: "Sat afternoon". */
  part: Record<DayPart, string>;
  /** The same part on every day of the week: "every afternoon this week". */
  everyPart: Record<DayPart, string>;
}

type DayPart = 'morning' | 'afternoon';

const WORDS: Record<LanguageCode, WeekWords> = {
  en: {
    everyEvening: 'every evening this week',
    everyDay: 'every day this week',
    fromRelative: (first, last) => `${first} through ${last}`,
    at: (clock) => `at ${clock}`,
    nextWeek: 'next week: ',
    part: { morning: 'morning', afternoon: 'afternoon' },
    everyPart: { morning: 'every morning this week', afternoon: 'every afternoon this week' },
  },
  es: {
    everyEvening: 'todas las tardes de esta semana',
    everyDay: 'todos los días de esta semana',
    fromRelative: (first, last) => `de ${first} al ${last}`,
    at: (clock, hour) => `${hour === 1 ? 'a la' : 'a las'} ${clock}`,
    nextWeek: 'la semana que viene: ',
    part: { morning: 'por la mañana', afternoon: 'por la tarde' },
    everyPart: { morning: 'todas las mañanas de esta semana', afternoon: 'todas las tardes de esta semana' },
  },
  fr: {
    everyEvening: 'tous les soirs cette semaine',
    everyDay: 'tous les jours cette semaine',
    fromRelative: (first, last) => `${/^[aeiouh]/i.test(first) ? `d'${first}` : `de ${first}`} à ${last}`,
    at: (clock) => `à ${clock}`,
    nextWeek: 'la semaine prochaine : ',
    part: { morning: 'matin', afternoon: 'après-midi' },
    everyPart: { morning: 'tous les matins cette semaine', afternoon: 'tous les après-midi cette semaine' },
  },
  de: {
    everyEvening: 'diese Woche jeden Abend',
    everyDay: 'diese Woche jeden Tag',
    fromRelative: (first, last) => `${first} bis ${last}`,
    at: (clock) => `um ${clock}`,
    nextWeek: 'nächste Woche ',
    part: { morning: 'vormittags', afternoon: 'nachmittags' },
    everyPart: { morning: 'diese Woche jeden Vormittag', afternoon: 'diese Woche jeden Nachmittag' },
  },
  pt: {
    everyEvening: 'todas as noites desta semana',
    everyDay: 'todos os dias desta semana',
    fromRelative: (first, last) => `de ${first} a ${last}`,
    at: (clock, hour) => `${hour === 1 ? 'à' : 'às'} ${clock}`,
    nextWeek: 'na semana que vem: ',
    part: { morning: 'de manhã', afternoon: 'à tarde' },
    everyPart: { morning: 'todas as manhãs desta semana', afternoon: 'todas as tardes desta semana' },
  },
};

/** Evening hours start here: a window starting at 5pm or later is an evening. */
const EVENING_FROM_HOUR = 17;
const FRIDAY = 5;

interface Day {
  ahead: number;
  weekday: number;
  label: string;
  clocks: string[];
  evening: boolean;
  /** The day's one window is exactly this part of the day: it is named instead of its hours. */
  part: DayPart | null;
}

/** Minutes after local midnight. */
function minutesOfDay(date: Date, timeZone: string): number {
  const local = new TZDate(date.getTime(), timeZone);
  return local.getHours() * 60 + local.getMinutes();
}

/** Noon to 5 or 6pm is an afternoon; 8 or 9am to noon a morning; anything else keeps its hours. */
function dayPartOf(slot: Interval, timeZone: string): DayPart | null {
  const from = minutesOfDay(slot.start, timeZone);
  const to = from + (slot.end.getTime() - slot.start.getTime()) / 60_000;
  if (from === 12 * 60 && (to === 17 * 60 || to === 18 * 60)) return 'afternoon';
  if ((from === 8 * 60 || from === 9 * 60) && to === 12 * 60) return 'morning';
  return null;
}

export function formatWeek(slots: readonly Interval[], options: FormatWeekOptions): string {
  const sorted = [...slots].sort((a, b) => a.start.getTime() - b.start.getTime());
  const first = sorted[0];
  if (!first) return '';
  const locale = localeOf(options);
  const words = WORDS[languageOfTag(locale) ?? FALLBACK_LANGUAGE];
  const { now, timeZone } = options;
  const style = options.style ?? 'windows';

  const clockOf = (slot: Interval, startsOnly: boolean): string => {
    const minutes = (slot.end.getTime() - slot.start.getTime()) / 60_000;
    if (!startsOnly && minutes >= START_ONLY_BELOW_MINUTES) return formatClockRange(slot.start, slot.end, timeZone, locale);
    return words.at(formatClock(slot.start, timeZone, locale, false), new TZDate(slot.start.getTime(), timeZone).getHours());
  };

  let parts: string[];
  if (style === 'starts') {
    parts = sorted.map((slot) => `${dayLabel(slot.start, now, timeZone, locale)} ${clockOf(slot, true)}`);
  } else {
    const days: Day[] = [];
    for (const slot of sorted) {
      const ahead = daysAhead(slot.start, now, timeZone);
      const local = new TZDate(slot.start.getTime(), timeZone);
      const evening = local.getHours() >= EVENING_FROM_HOUR;
      const last = days[days.length - 1];
      if (last && last.ahead === ahead) {
        // A day with two windows keeps the hours of both.
        last.part = null;
        last.clocks.push(clockOf(slot, false));
        last.evening &&= evening;
      } else {
        const part = dayPartOf(slot, timeZone);
        days.push({ ahead, weekday: local.getDay(), label: dayLabel(slot.start, now, timeZone, locale), clocks: [clockOf(slot, false)], evening, part });
      }
    }
    const groups: Day[][] = [];
    for (const day of days) {
      const group = groups[groups.length - 1];
      if (group && sameHours(group[0]!, day)) group.push(day);
      else groups.push([day]);
    }
    // "This week" may leave out tonight only once the evening has begun.
    const weekFrom = new TZDate(now.getTime(), timeZone).getHours() >= EVENING_FROM_HOUR ? 1 : 0;
    parts = groups.map((group, index) => describeGroup(group, index === 0 ? weekFrom : null, words, locale));
  }

  const joined = joinAlternatives(parts, locale);
  const lead = options.nextWeek ? words.nextWeek : '';
  const zone = options.showZone ? ` (${zoneLabel(timeZone, first.start, locale)})` : '';
  return `${lead}${joined}${zone}`;
}

/** Days a week or more away (or past) are named with their date. */
function datedLabel(day: Day): boolean {
  return day.ahead < 0 || day.ahead > 6;
}

function sameHours(a: Day, b: Day): boolean {
  // Days named by the same part merge even when their hours differ (noon to 5pm, noon to 6pm).
  if (a.part || b.part) return a.part === b.part;
  return a.clocks.length === b.clocks.length && a.clocks.every((clock, index) => clock === b.clocks[index]);
}

/** "Sat and Sun 10am–6pm", "Mon–Thu 6–9pm", "every evening this week 6–9pm". */
function describeGroup(group: Day[], weekFrom: number | null, words: WeekWords, locale: string): string {
  const first = group[0]!;
  const hours = first.part ? words.part[first.part] : joinAll(first.clocks, locale);
  const runs: Day[][] = [];
  for (const day of group) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    // A range never joins a day named by weekday to one named with its date ("Mon–Wed Dec 2").
    if (run && previous && day.ahead === previous.ahead + 1 && datedLabel(day) === datedLabel(previous)) run.push(day);
    else runs.push([day]);
  }
  const only = runs.length === 1 ? runs[0]! : null;
  if (weekFrom !== null && only && coversTheWeek(only, weekFrom)) {
    if (first.part) return words.everyPart[first.part];
    return `${only.every((day) => day.evening) ? words.everyEvening : words.everyDay} ${hours}`;
  }
  const items = runs.flatMap((run) => {
    if (run.length < 3) return run.map((day) => day.label);
    const firstDay = run[0]!;
    const lastDay = run[run.length - 1]!;
    return [firstDay.ahead <= 1 ? words.fromRelative(firstDay.label, lastDay.label) : `${firstDay.label}–${lastDay.label}`];
  });
  return `${joinAll(items, locale)} ${hours}`;
}

/**
 * A run from today (or from tomorrow once this evening has begun: `weekFrom` 1), one window a day,
 * that covers the rest of the working week (ending on Friday, weekdays only) or six days or more,
 * all within the coming week.
 */
function coversTheWeek(run: Day[], weekFrom: number): boolean {
  const firstDay = run[0]!;
  const lastDay = run[run.length - 1]!;
  if (firstDay.ahead > weekFrom || run.length < 3 || lastDay.ahead > 6) return false;
  if (run.some((day) => day.clocks.length !== 1)) return false;
  const workWeek = lastDay.weekday === FRIDAY && run.every((day) => day.weekday >= 1 && day.weekday <= FRIDAY);
  return workWeek || run.length >= 6;
}

/** "a, b and c" in English (no Oxford comma, as the rest of the invite); the locale's own list elsewhere. */
function joinAll(items: string[], locale: string): string {
  if (items.length <= 1) return items.join('');
  if (isEnglish(locale)) return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

/**
 * The choices, joined with "or". In English a choice that holds an "and" or a comma of its own
 * gets a comma before the "or", so "6–9pm, or Sat and Sun" does not read as "6–9pm or Sat".
 */
function joinAlternatives(parts: string[], locale: string): string {
  if (!isEnglish(locale)) return parts.length <= 1 ? parts.join('') : new Intl.ListFormat(locale, { type: 'disjunction' }).format(parts);
  if (parts.length <= 1) return parts.join('');
  const nested = parts.some((part) => / and |, /.test(part));
  return nested ? `${parts.slice(0, -1).join(', ')}, or ${parts[parts.length - 1]}` : joinEnglishOr(parts);
}
