/**
 * The person's availability as it is stored and edited: weekly windows, date exceptions, the zone
 * and the planner's knobs, with the contract's out-of-the-box defaults. Pure: zod and Intl only.
 */
import { z } from 'zod';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time as HH:mm');

export const weeklyWindowSchema = z.object({
  day: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
  start: time,
  end: time,
});
export type StoredWeeklyWindow = z.infer<typeof weeklyWindowSchema>;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const dateOverrideSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dayOff'), date }),
  z.object({ kind: z.literal('blocked'), from: date, to: date }),
  z.object({ kind: z.literal('extraHours'), date, windows: z.array(z.object({ start: time, end: time })).min(1) }),
]);
export type StoredDateOverride = z.infer<typeof dateOverrideSchema>;

let supportedZones: ReadonlySet<string> | null = null;

/**
 * A zone this browser can plan in: one of `Intl.supportedValuesOf('timeZone')`, or UTC. Aliases
 * count by their canonical name, so "Asia/Kolkata" from one browser is "Asia/Calcutta" in another.
 */
export function isKnownTimeZone(zone: string): boolean {
  let canonical: string;
  try {
    canonical = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return false;
  }
  supportedZones ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  return canonical === 'UTC' || supportedZones.has(canonical) || (supportedZones.size === 0 && canonical !== '');
}

/** The most times one invite may be capped at (the cap is optional: null offers all). */
export const MAX_TIMES_LIMIT = 20;
/** Until version 3 every invite offered at most this many times by default. */
const OLD_DEFAULT_MAX_SLOTS = 3;

/**
 * Version 3 replaced `maxSlots` (1–10, default 3) with `maxTimes` (null: every free time, the new
 * default). A stored 3 cannot be told from the old default, which every saved week carried, so it
 * follows the new default; any other number was the person's choice and is kept.
 */
export function availabilityV3(old: Record<string, unknown>): Record<string, unknown> {
  if (typeof old !== 'object' || old === null || 'maxTimes' in old) return old;
  const { maxSlots, ...rest } = old;
  return { ...rest, maxTimes: typeof maxSlots === 'number' && maxSlots !== OLD_DEFAULT_MAX_SLOTS ? maxSlots : null };
}

export const availabilitySchema = z.object({
  /** IANA zone; empty means "whatever zone the browser is in". */
  timeZone: z.string().refine((zone) => zone === '' || isKnownTimeZone(zone), 'a time zone this browser knows'),
  weekly: z.array(weeklyWindowSchema),
  minNoticeMinutes: z.number().int().min(0).max(7 * 24 * 60),
  bufferMinutes: z.number().int().min(0).max(240),
  horizonDays: z.number().int().min(1).max(60),
  /** At most this many times in one invite; null offers every free time in the horizon. */
  maxTimes: z.number().int().min(1).max(MAX_TIMES_LIMIT).nullable(),
  /** Days off, blocked ranges and extra hours on one date. */
  overrides: z.array(dateOverrideSchema).default([]),
  /** Whether invites name the time zone: "Tue 6–9pm (ET)". */
  showZone: z.boolean().default(false),
});
export type AvailabilitySettings = z.infer<typeof availabilitySchema>;

/** Weekday evenings 18:00–21:00 and weekends 10:00–18:00 (the contract's out-of-the-box availability). */
export function defaultAvailability(): AvailabilitySettings {
  const weekdays = [1, 2, 3, 4, 5] as const;
  return {
    timeZone: '',
    weekly: [
      { day: 0, start: '10:00', end: '18:00' },
      ...weekdays.map((day) => ({ day, start: '18:00', end: '21:00' })),
      { day: 6, start: '10:00', end: '18:00' },
    ],
    minNoticeMinutes: 180,
    bufferMinutes: 15,
    horizonDays: 7,
    maxTimes: null,
    overrides: [],
    showZone: false,
  };
}

/** The zone invites are written in: the stored one, or the browser's own. */
export function effectiveTimeZone(availability: Pick<AvailabilitySettings, 'timeZone'>): string {
  return availability.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
