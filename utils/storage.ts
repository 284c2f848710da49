/**
 * Every storage key Someday uses, declared once with its shape, fallback and version.
 * Nothing else in the extension calls browser.storage directly.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import type { InviteLogEntry } from './invite-log';
import type { SiteId } from './sites';
import { defaultWording, type WordingSettings } from './templates';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time as HH:mm');

export const weeklyWindowSchema = z.object({
  day: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
  start: time,
  end: time,
});

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const dateOverrideSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dayOff'), date }),
  z.object({ kind: z.literal('blocked'), from: date, to: date }),
  z.object({ kind: z.literal('extraHours'), date, windows: z.array(z.object({ start: time, end: time })).min(1) }),
]);
export type StoredDateOverride = z.infer<typeof dateOverrideSchema>;

/** The most times one invite may be capped at (the cap is optional: null offers all). */
export const MAX_TIMES_LIMIT = 20;
/** Until version 3 every invite offered at most this many times by default. */
const OLD_DEFAULT_MAX_SLOTS = 3;

/**
 * Version 3 replaced `maxSlots` (1–10, default 3) with `maxTimes` (null: every free time, the new
 * default). A stored 3 cannot be told from the old default, which every saved week carried, so it
 * follows the new default; any other number was the person's choice and is kept. Old backups go
 * through here too, which is why it is part of the schema and not only a storage migration.
 */
export function upgradeAvailability(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || 'maxTimes' in raw || !('maxSlots' in raw)) return raw;
  const { maxSlots, ...rest } = raw as { maxSlots: unknown } & Record<string, unknown>;
  return { ...rest, maxTimes: maxSlots === OLD_DEFAULT_MAX_SLOTS ? null : maxSlots };
}

export const availabilitySchema = z.preprocess(
  upgradeAvailability,
  z.object({
    /** IANA zone; empty means "whatever zone the browser is in". */
    timeZone: z.string(),
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
  }),
);
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
    maxTimes: null,
    overrides: [],
    showZone: false,
  };
}

export function defaultSettings(): Settings {
  return { enabled: true, disabledSites: [] };
}

// Settings live in sync storage so they follow the person to their other browsers.
export const availabilityItem = storage.defineItem<AvailabilitySettings>('sync:availability', {
  fallback: defaultAvailability(),
  version: 3,
  migrations: {
    // Version 2 added date overrides and the time-zone label.
    2: (old: Partial<AvailabilitySettings>) => ({ overrides: [], showZone: false, ...old }),
    // Version 3: every free time by default, instead of three.
    3: (old: unknown) => upgradeAvailability(old) as AvailabilitySettings,
  },
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

// ---------------------------------------------------------------------------------------------
// Calendars: busy times read from imported .ics files and subscribed feeds.
// They live in local storage only: a feed's secret address and the person's busy times never
// leave this device. Only what the engine needs is kept: merged [startMs, endMs] pairs over the
// coming weeks, never the file itself.
// ---------------------------------------------------------------------------------------------

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
  /** The last failed refresh, kept until a refresh succeeds. */
  lastError: z.object({ message: z.string(), at: z.number() }).nullable(),
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

export const calendarsItem = storage.defineItem<StoredCalendar[]>('local:calendars', {
  fallback: [],
  version: 1,
});

// Beside the feeds it governs, so it is local too: another browser has no feeds to refresh.
export const calendarSettingsItem = storage.defineItem<CalendarSettings>('local:calendarSettings', {
  fallback: defaultCalendarSettings(),
  version: 1,
});

/** Bytes the calendars take in local storage: the browser's own count where it has one, else the JSON length. */
export async function calendarsBytesInUse(): Promise<number> {
  const local = browser.storage.local as { getBytesInUse?: (keys: string) => Promise<number> };
  if (typeof local.getBytesInUse === 'function') {
    try {
      return await local.getBytesInUse('calendars');
    } catch {
      // Missing or refused here (some Firefox versions, test doubles): count it ourselves.
    }
  }
  const value = await calendarsItem.getValue();
  return new TextEncoder().encode(JSON.stringify({ calendars: value })).length;
}

// ---------------------------------------------------------------------------------------------
// The card and the popover: snoozes and "nearby" contacts.
// Local only: which conversations are nearby and when invites went out are about this device's
// person and their contacts, and need not follow them to other browsers.
// ("Not on this site" is the settings' disabledSites, above.)
// ---------------------------------------------------------------------------------------------

/** How long "not for an hour" keeps the card away. */
export const SNOOZE_HOUR_MS = 60 * 60 * 1000;
/** At most this many phrases stay snoozed; the oldest go first. */
export const MAX_SNOOZED_PHRASES = 200;
/** At most this many conversations are remembered as nearby; the oldest go first. */
export const MAX_NEARBY_CONVERSATIONS = 500;

export const snoozeSchema = z.object({
  /** No card anywhere before this time (ms since the epoch); 0 when not snoozed. */
  until: z.number().finite().min(0),
  /** Phrases, as `phraseKey` writes them, that never show a card again. Newest last. */
  phrases: z.array(z.string()).max(MAX_SNOOZED_PHRASES),
});
export type Snooze = z.infer<typeof snoozeSchema>;

export function defaultSnooze(): Snooze {
  return { until: 0, phrases: [] };
}

export const snoozeItem = storage.defineItem<Snooze>('local:snooze', {
  fallback: defaultSnooze(),
  version: 1,
});

/** The key a phrase is snoozed under: the same words in any case or spacing. */
export function phraseKey(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function isSnoozed(snooze: Snooze, phrase: string, now: number): boolean {
  return now < snooze.until || snooze.phrases.includes(phraseKey(phrase));
}

export function snoozeForAnHour(snooze: Snooze, now: number): Snooze {
  return { ...snooze, until: now + SNOOZE_HOUR_MS };
}

export function snoozePhrase(snooze: Snooze, phrase: string): Snooze {
  const key = phraseKey(phrase);
  const phrases = [...snooze.phrases.filter((existing) => existing !== key), key].slice(-MAX_SNOOZED_PHRASES);
  return { ...snooze, phrases };
}

/** Conversation keys (from the site adapter) where the person marked the contact as nearby. Newest last. */
export const nearbySchema = z.array(z.string()).max(MAX_NEARBY_CONVERSATIONS);

export const nearbyItem = storage.defineItem<string[]>('local:nearbyConversations', {
  fallback: [],
  version: 1,
});

export function setNearby(conversations: readonly string[], conversation: string, nearby: boolean): string[] {
  const rest = conversations.filter((existing) => existing !== conversation);
  return (nearby ? [...rest, conversation] : rest).slice(-MAX_NEARBY_CONVERSATIONS);
}

// ---------------------------------------------------------------------------------------------
// Invite wording: the person's own templates and activities. In sync storage so it follows them,
// and kept small for its quota (8,192 bytes per item): only templates that differ from the
// defaults are stored. A save the quota refuses throws `SyncQuotaError` and leaves the stored
// wording as it was; the options page keeps the edit on screen and says what to remove.
// ---------------------------------------------------------------------------------------------

/** Chrome's `storage.sync` limits; Firefox's are the same or looser. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;
export const SYNC_QUOTA_BYTES = 102_400;

const inviteLanguageSchema = z.enum(['en', 'es', 'fr', 'de', 'pt']);
const templateTextSchema = z.string().min(1).max(1000);
const templatesPerLanguageSchema = z.partialRecord(inviteLanguageSchema, templateTextSchema);

export const customActivitySchema = z.object({
  id: z.string().min(1).max(40),
  name: z.string().trim().min(1).max(60),
  durationMinutes: z.number().int().min(5).max(12 * 60),
});

export const wordingSchema = z.object({
  templates: z.object({
    social: templatesPerLanguageSchema.optional(),
    business: templatesPerLanguageSchema.optional(),
    businessNearby: templatesPerLanguageSchema.optional(),
  }),
  customActivities: z.array(customActivitySchema).max(20),
  defaultActivity: z.string().min(1),
});
// The pure templates module owns the type; this fails to compile if the schema drifts from it.
wordingSchema satisfies z.ZodType<WordingSettings>;

export const wordingItem = storage.defineItem<WordingSettings>('sync:wording', {
  fallback: defaultWording(),
  version: 1,
});

export class SyncQuotaError extends Error {
  constructor(
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`Too much to sync: ${bytes} bytes where the browser allows ${limit}.`);
    this.name = 'SyncQuotaError';
  }
}

/** Bytes a value takes in sync storage under its key, as the browser counts them (key + JSON). */
export function syncBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/** Is this a browser's refusal for going over the sync quota? */
export function isQuotaError(error: unknown): boolean {
  return error instanceof SyncQuotaError || /quota/i.test(error instanceof Error ? error.message : String(error));
}

// ---------------------------------------------------------------------------------------------
// The invite log and follow-ups: who was invited, when, to which times, and how it went. The log
// stays on this device (local); the person's follow-up preferences sync like other settings.
// Entries are checked one by one when read (utils/invite-log), so one broken entry costs only itself.
// ---------------------------------------------------------------------------------------------

export const inviteLogItem = storage.defineItem<InviteLogEntry[]>('local:inviteLog', {
  fallback: [],
  version: 1,
});

/**
 * Version 2 replaced `holdOfferedTimes` (on by default: a time offered to someone who had not
 * answered went to nobody else, and after three invites the card had nothing left) with
 * `offeredTimes`: such times are offered again and marked ('mark', the default), or start switched
 * off ('leave-out'). Off meant "offer them again", which 'mark' does; on was the old default and
 * cannot be told from a choice, so it follows the new default. The other settings are kept as stored.
 */
export function upgradeFollowUpSettings(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || 'offeredTimes' in raw || !('holdOfferedTimes' in raw)) {
    return raw;
  }
  const { holdOfferedTimes: _hold, ...rest } = raw as { holdOfferedTimes: unknown } & Record<string, unknown>;
  return { ...rest, offeredTimes: 'mark' };
}

export const followUpSettingsSchema = z.preprocess(
  upgradeFollowUpSettings,
  z.object({
    /** Remind after this many days without an answer. */
    followUpDays: z.number().int().min(1).max(30),
    /** Invites a week to aim for. */
    weeklyGoal: z.number().int().min(0).max(50),
    /** Times offered to someone who has not answered: offered again and marked, or left out. */
    offeredTimes: z.enum(['mark', 'leave-out']),
    /** Notifications for follow-ups at all. */
    reminders: z.boolean(),
  }),
);
export type FollowUpSettings = z.infer<typeof followUpSettingsSchema>;

export function defaultFollowUpSettings(): FollowUpSettings {
  return { followUpDays: 3, weeklyGoal: 2, offeredTimes: 'mark', reminders: true };
}

export const followUpSettingsItem = storage.defineItem<FollowUpSettings>('sync:followUps', {
  fallback: defaultFollowUpSettings(),
  version: 2,
  migrations: {
    2: (old: unknown) => upgradeFollowUpSettings(old) as FollowUpSettings,
  },
});
