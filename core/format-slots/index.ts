/**
 * How free times read: one time on a chip ("Tue 6–9pm"), a plain list ("Tue 6–9pm, Thu 6–9pm or
 * Sat 10am–6pm"), and the whole week as a person writes it in an invite (`formatWeek`, in week.ts:
 * "every evening this week 6–9pm, or Sat and Sun 10am–6pm"). One formatter for the card, the
 * popover and "Copy invite", so they never disagree.
 *
 * Rules (kept deliberately small so every surface reads the same):
 * - Day: "today" / "tomorrow" (translated) by calendar date in `timeZone`; a short weekday
 *   for the next 2–6 days; weekday plus date ("Tue Dec 8") for anything further or in the past.
 * - Time: a slot shorter than 90 minutes reads as its start only ("today 7pm"): it is a meeting
 *   time, not a window to choose within. 90 minutes or more reads as a range ("6–9pm", "10:30am–12pm").
 * - Clock: English on a 12-hour clock is compact ("6–9pm", "10am–6pm", "11:30am–1pm");
 *   other locales use Intl with their own clock ("mar. 18:00–21:00"). A slot ending at
 *   local midnight reads "24:00" on a 24-hour clock.
 * - Zone: with `showZone`, a short zone name in parentheses ("(ET)", "(CET)"), else the
 *   GMT offset ("(GMT+5:30)"). A list names the zone once, at the end.
 *
 * Pure: Intl and date-fns only, no DOM.
 */
import type { Interval } from '../availability/index.ts';
import {
  dayLabel,
  formatClock,
  formatClockRange,
  isEnglish,
  joinEnglishOr,
  localeOf,
  START_ONLY_BELOW_MINUTES,
  zoneLabel,
} from './parts.ts';

export type { Interval };
export { START_ONLY_BELOW_MINUTES } from './parts.ts';
export { formatWeek, type FormatWeekOptions } from './week.ts';

export interface FormatSlotOptions {
  now: Date;
  timeZone: string;
  /** BCP 47 tag; default "en". */
  locale?: string;
  showZone?: boolean;
}

export function formatSlot(slot: Interval, options: FormatSlotOptions): string {
  const text = formatSlotWithoutZone(slot, options);
  return options.showZone ? `${text} (${zoneLabel(options.timeZone, slot.start, localeOf(options))})` : text;
}

export function formatSlotList(slots: Interval[], options: FormatSlotOptions): string {
  const first = slots[0];
  if (!first) return '';
  const locale = localeOf(options);
  const parts = slots.map((slot) => formatSlotWithoutZone(slot, options));
  const joined = isEnglish(locale) ? joinEnglishOr(parts) : new Intl.ListFormat(locale, { type: 'disjunction' }).format(parts);
  return options.showZone ? `${joined} (${zoneLabel(options.timeZone, first.start, locale)})` : joined;
}

function formatSlotWithoutZone(slot: Interval, options: FormatSlotOptions): string {
  const locale = localeOf(options);
  const { timeZone } = options;
  const durationMinutes = (slot.end.getTime() - slot.start.getTime()) / 60_000;
  const day = dayLabel(slot.start, options.now, timeZone, locale);
  const time =
    durationMinutes < START_ONLY_BELOW_MINUTES
      ? formatClock(slot.start, timeZone, locale, false)
      : formatClockRange(slot.start, slot.end, timeZone, locale);
  return `${day} ${time}`;
}
