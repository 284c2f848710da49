/**
 * The pieces every time wording shares: the locale, day names ("today", "Tue", "Tue Dec 15"),
 * clocks ("6–9pm", "18:00–21:00") and the zone label. Pure: Intl and date-fns only.
 */
import { TZDate, tzOffset } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns';
import { languageOfTag, type LanguageCode } from '../languages.ts';

/** Slots shorter than this read as their start time only. */
export const START_ONLY_BELOW_MINUTES = 90;

export interface LocaleOptions {
  /** BCP 47 tag; default "en". */
  locale?: string;
}

const RELATIVE_DAY_WORDS: Record<LanguageCode, { today: string; tomorrow: string }> = {
  en: { today: 'today', tomorrow: 'tomorrow' },
  es: { today: 'hoy', tomorrow: 'mañana' },
  fr: { today: "aujourd'hui", tomorrow: 'demain' },
  de: { today: 'heute', tomorrow: 'morgen' },
  pt: { today: 'hoje', tomorrow: 'amanhã' },
};

/** Calendar days from `now` to `start` in the zone: 0 today, 1 tomorrow. */
export function daysAhead(start: Date, now: Date, timeZone: string): number {
  return differenceInCalendarDays(new TZDate(start.getTime(), timeZone), new TZDate(now.getTime(), timeZone));
}

export function localeOf(options: LocaleOptions): string {
  const requested = options.locale ?? 'en';
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([requested])[0] ?? 'en';
  } catch {
    return 'en'; // a malformed tag should not break the invite
  }
}

export function language(locale: string): string {
  return (locale.split('-')[0] ?? locale).toLowerCase();
}

export function isEnglish(locale: string): boolean {
  return language(locale) === 'en';
}

/** "a", "a or b", "a, b or c": English invites read without the Oxford comma. */
export function joinEnglishOr(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
}

export function dayLabel(start: Date, now: Date, timeZone: string, locale: string): string {
  const ahead = daysAhead(start, now, timeZone);
  if (ahead === 0) return relativeDayWord(locale, 0);
  if (ahead === 1) return relativeDayWord(locale, 1);
  if (ahead >= 2 && ahead <= 6) {
    return new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone }).format(start);
  }
  const withDate = new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', timeZone }).format(start);
  // Intl writes "Tue, Dec 8" / "Di., 8. Dez."; inside a list of options that comma reads as a separator.
  return withDate.replace(',', '');
}

export function relativeDayWord(locale: string, days: 0 | 1): string {
  const code = languageOfTag(locale);
  if (code) return days === 0 ? RELATIVE_DAY_WORDS[code].today : RELATIVE_DAY_WORDS[code].tomorrow;
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');
}

export function usesTwelveHourClock(locale: string, timeZone: string): boolean {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric', timeZone }).resolvedOptions().hourCycle;
  return cycle === 'h12' || cycle === 'h11';
}

export function formatClockRange(start: Date, end: Date, timeZone: string, locale: string): string {
  if (isEnglish(locale) && usesTwelveHourClock(locale, timeZone)) {
    const startMeridiem = englishMeridiem(start, timeZone);
    const endMeridiem = englishMeridiem(end, timeZone);
    // "6–9pm": the first am/pm is implied when both ends share it.
    const startText = compactEnglishClock(start, timeZone, startMeridiem !== endMeridiem);
    return `${startText}–${compactEnglishClock(end, timeZone, true)}`;
  }
  return `${formatClock(start, timeZone, locale, false)}–${formatClock(end, timeZone, locale, true)}`;
}

export function formatClock(instant: Date, timeZone: string, locale: string, isEnd: boolean): string {
  if (isEnglish(locale) && usesTwelveHourClock(locale, timeZone)) return compactEnglishClock(instant, timeZone, true);
  const local = new TZDate(instant.getTime(), timeZone);
  if (isEnd && local.getHours() === 0 && local.getMinutes() === 0 && !usesTwelveHourClock(locale, timeZone)) {
    return '24:00'; // an evening window ending at midnight reads "20:00–24:00", not "20:00–00:00"
  }
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(instant);
}

export function englishMeridiem(instant: Date, timeZone: string): 'am' | 'pm' {
  return new TZDate(instant.getTime(), timeZone).getHours() < 12 ? 'am' : 'pm';
}

/** "6pm", "11:30am", "12pm"; without the suffix when the range's end already carries it. */
export function compactEnglishClock(instant: Date, timeZone: string, withMeridiem: boolean): string {
  const local = new TZDate(instant.getTime(), timeZone);
  const hours24 = local.getHours();
  const hours12 = hours24 % 12 === 0 ? 12 : hours24 % 12;
  const minutes = local.getMinutes();
  const clock = minutes === 0 ? String(hours12) : `${hours12}:${String(minutes).padStart(2, '0')}`;
  return withMeridiem ? `${clock}${englishMeridiem(instant, timeZone)}` : clock;
}

/** Locales whose short zone names are common abbreviations (ET, CET, AEDT, IST). */
const ABBREVIATION_SOURCES: { locale: string; style: 'short' | 'shortGeneric' }[] = [
  { locale: 'en-US', style: 'shortGeneric' },
  { locale: 'en-GB', style: 'short' },
  { locale: 'en-AU', style: 'short' },
  { locale: 'en-IN', style: 'short' },
];

/** A short name people recognise, else the GMT offset ("GMT+5:30"). */
export function zoneLabel(timeZone: string, at: Date, locale: string): string {
  const sources = [
    { locale, style: 'shortGeneric' as const },
    { locale, style: 'short' as const },
    ...ABBREVIATION_SOURCES,
  ];
  for (const source of sources) {
    const name = new Intl.DateTimeFormat(source.locale, { timeZone, timeZoneName: source.style })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value;
    if (name && /^[A-Z]{2,5}$/.test(name)) return name;
  }
  return gmtOffsetLabel(tzOffset(timeZone, at));
}

function gmtOffsetLabel(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'GMT';
  const sign = offsetMinutes > 0 ? '+' : '-';
  const hours = Math.floor(Math.abs(offsetMinutes) / 60);
  const minutes = Math.abs(offsetMinutes) % 60;
  return `GMT${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}
