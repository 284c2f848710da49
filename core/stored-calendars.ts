/**
 * Calendars as they are stored: busy times read from imported .ics files and subscribed feeds.
 * Only what the engine needs is kept (merged [startMs, endMs] pairs over the coming weeks), never
 * the file itself. They live on this device only: a feed's secret address and the person's busy
 * times never leave it.
 */
import { z } from 'zod';

/** One busy time as [start, end] in milliseconds since the epoch, end after start. */
export const busyPairSchema = z
  .tuple([z.number().finite(), z.number().finite()])
  .refine(([start, end]) => end > start, 'a busy time ends after it starts');
export type BusyPair = z.infer<typeof busyPairSchema>;

export const calendarSourceSchema = z.discriminatedUnion('kind', [
  /** A file the person imported; it cannot be read again, so its busy times age out. */
  z.object({ kind: z.literal('file'), fileName: z.string() }),
  /** An https address fetched again on every refresh. */
  z.object({ kind: z.literal('feed'), url: z.url({ protocol: /^https?$/ }) }),
]);
export type CalendarSource = z.infer<typeof calendarSourceSchema>;

export const storedCalendarSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  source: calendarSourceSchema,
  busy: z.array(busyPairSchema),
  /** The span the busy times were read over, in ms. */
  coversFrom: z.number(),
  coversUntil: z.number(),
  /** When the busy times were last read successfully (ms), or null before the first success. */
  readAt: z.number().nullable(),
  /**
   * The last failed refresh, kept until a refresh succeeds. `problem` is its reason as data
   * (extension/calendars/problem-schema.ts), which the options page checks and words in the person's
   * language; only its code is checked here, so every context need not load that schema.
   */
  lastError: z.object({ message: z.string(), at: z.number(), problem: z.looseObject({ code: z.string() }).optional() }).nullable(),
});
export type StoredCalendar = z.infer<typeof storedCalendarSchema>;
export const storedCalendarsSchema = z.array(storedCalendarSchema);

export const calendarSettingsSchema = z.object({
  /** How often subscribed feeds are fetched again, in minutes. */
  refreshMinutes: z.number().int().min(15).max(24 * 60),
});
export type CalendarSettings = z.infer<typeof calendarSettingsSchema>;

export function defaultCalendarSettings(): CalendarSettings {
  return { refreshMinutes: 120 };
}
