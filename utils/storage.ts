/**
 * Every storage key Someday uses, declared once with its shape, fallback and version.
 * Nothing else in the extension calls browser.storage directly.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import type { SiteId } from './sites';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time as HH:mm');

export const weeklyWindowSchema = z.object({
  day: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
  start: time,
  end: time,
});

export const availabilitySchema = z.object({
  /** IANA zone; empty means "whatever zone the browser is in". */
  timeZone: z.string(),
  weekly: z.array(weeklyWindowSchema),
  minNoticeMinutes: z.number().int().min(0).max(7 * 24 * 60),
  bufferMinutes: z.number().int().min(0).max(240),
  horizonDays: z.number().int().min(1).max(60),
  maxSlots: z.number().int().min(1).max(10),
});
export type AvailabilitySettings = z.infer<typeof availabilitySchema>;
export type StoredWeeklyWindow = z.infer<typeof weeklyWindowSchema>;

const siteIdSchema = z.enum(['facebook', 'messenger', 'x', 'linkedin']);

export const settingsSchema = z.object({
  enabled: z.boolean(),
  disabledSites: z.array(siteIdSchema),
});
export type Settings = z.infer<typeof settingsSchema>;

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
    maxSlots: 3,
  };
}

export function defaultSettings(): Settings {
  return { enabled: true, disabledSites: [] };
}

// Settings live in sync storage so they follow the person to their other browsers.
export const availabilityItem = storage.defineItem<AvailabilitySettings>('sync:availability', {
  fallback: defaultAvailability(),
  version: 1,
});

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: defaultSettings(),
  version: 1,
});

/** The zone invites are written in: the stored one, or the browser's own. */
export function effectiveTimeZone(availability: AvailabilitySettings): string {
  return availability.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function isSiteEnabled(settings: Settings, site: SiteId | null): boolean {
  if (!settings.enabled) return false;
  return site === null || !settings.disabledSites.includes(site);
}
