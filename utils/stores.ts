/**
 * Zustand stores that mirror storage items. Each store loads its item, checks the shape,
 * and follows changes from any other context (popup, options page, other tabs).
 */
import type { WxtStorageItem } from 'wxt/utils/storage';
import type { Interval } from './availability';
import type { z } from 'zod';
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  availabilityItem,
  availabilitySchema,
  calendarSettingsItem,
  calendarSettingsSchema,
  calendarsItem,
  defaultAvailability,
  defaultCalendarSettings,
  defaultSettings,
  settingsItem,
  settingsSchema,
  SYNC_QUOTA_BYTES_PER_ITEM,
  SyncQuotaError,
  syncBytes,
  wordingItem,
  wordingSchema,
  storedCalendarsSchema,
  defaultSnooze,
  nearbyItem,
  nearbySchema,
  snoozeItem,
  snoozeSchema,
  type AvailabilitySettings,
  type Snooze,
  type CalendarSettings,
  type Settings,
  type StoredCalendar,
} from './storage';
import { defaultWording, type WordingSettings } from './templates';

export interface StorageState<T> {
  value: T;
  loaded: boolean;
  /** Saves a new value; the store follows once storage has it. */
  save: (next: T) => Promise<void>;
}

export type StorageStore<T> = StoreApi<StorageState<T>> & { dispose: () => void; ready: Promise<void> };

/** Stored data of the wrong shape falls back to the defaults, with a warning, never a crash. */
export function parseStored<T>(schema: z.ZodType<T>, raw: unknown, fallback: () => T, key: string): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.warn(`[Someday] Stored ${key} had an unexpected shape; using the defaults instead.`, parsed.error.issues);
  return fallback();
}

export function createStorageStore<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
  schema: z.ZodType<T>,
  fallback: () => T,
): StorageStore<T> {
  const store = createStore<StorageState<T>>()(() => ({
    value: fallback(),
    loaded: false,
    save: async (next: T) => {
      const checked = schema.parse(next);
      store.setState({ value: checked });
      await item.setValue(checked);
    },
  }));
  const name = item.key.replace(/^\w+:/, '');
  const apply = (raw: unknown) => store.setState({ value: parseStored(schema, raw, fallback, name), loaded: true });
  // A change can arrive while the first read is still on its way; the read is then older than it.
  let changed = false;
  const ready = item.getValue().then(
    (raw) => (changed ? undefined : apply(raw)),
    (error: unknown) => {
      console.warn(`[Someday] Could not read ${name}; using the defaults.`, error);
      store.setState({ loaded: true });
    },
  );
  const unwatch = item.watch((raw) => {
    changed = true;
    apply(raw);
  });
  return Object.assign(store, { dispose: unwatch, ready });
}

/** A store that never changes, for a part of the page with nothing stored behind it. */
export function staticStore<T>(value: T): StorageStore<T> {
  const store = createStore<StorageState<T>>()(() => ({ value, loaded: true, save: async () => undefined }));
  return Object.assign(store, { dispose: () => undefined, ready: Promise.resolve() });
}

export function createAvailabilityStore(): StorageStore<AvailabilitySettings> {
  return createStorageStore(availabilityItem, availabilitySchema, defaultAvailability);
}

export function createSettingsStore(): StorageStore<Settings> {
  return createStorageStore(settingsItem, settingsSchema, defaultSettings);
}

/**
 * The person's invite wording. A save larger than one sync item may be is refused before it
 * reaches the browser (`SyncQuotaError`), and a refusal from the browser itself puts the stored
 * value back: either way the synced wording is unchanged and the caller keeps the edit on screen.
 */
export function createWordingStore(): StorageStore<WordingSettings> {
  const store = createStorageStore<WordingSettings>(wordingItem, wordingSchema, defaultWording);
  const save = async (next: WordingSettings) => {
    const checked = wordingSchema.parse(next);
    const bytes = syncBytes('wording', checked);
    if (bytes > SYNC_QUOTA_BYTES_PER_ITEM) throw new SyncQuotaError(bytes, SYNC_QUOTA_BYTES_PER_ITEM);
    const previous = store.getState().value;
    store.setState({ value: checked });
    try {
      await wordingItem.setValue(checked);
    } catch (error) {
      store.setState({ value: previous });
      throw error;
    }
  };
  store.setState({ save });
  return store;
}

/** The stored calendars; `busyFromCalendars(store.getState().value)` is what `planInvite` takes as `busy`. */
export function createCalendarsStore(): StorageStore<StoredCalendar[]> {
  return createStorageStore(calendarsItem, storedCalendarsSchema, () => []);
}

export function createCalendarSettingsStore(): StorageStore<CalendarSettings> {
  return createStorageStore(calendarSettingsItem, calendarSettingsSchema, defaultCalendarSettings);
}

const busyCache = new WeakMap<readonly StoredCalendar[], Interval[]>();

/**
 * Every calendar's busy times as intervals for `planInvite`, worked out once per stored value.
 * Kept here rather than in calendars.ts so the content script does not load the .ics reader.
 */
export function busyFromCalendars(calendars: readonly StoredCalendar[]): Interval[] {
  const cached = busyCache.get(calendars);
  if (cached) return cached;
  const busy = calendars
    .flatMap((calendar) => calendar.busy)
    .sort((a, b) => a[0] - b[0])
    .map(([start, end]) => ({ start: new Date(start), end: new Date(end) }));
  busyCache.set(calendars, busy);
  return busy;
}

export function createSnoozeStore(): StorageStore<Snooze> {
  return createStorageStore(snoozeItem, snoozeSchema, defaultSnooze);
}

/** Conversations whose contact the person marked as nearby. */
export function createNearbyStore(): StorageStore<string[]> {
  return createStorageStore(nearbyItem, nearbySchema, () => []);
}

