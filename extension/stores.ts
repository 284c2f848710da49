/**
 * Zustand stores that mirror the stored things in extension/storage.ts. Each loads its thing through
 * the thing's schema and follows changes from any other context (popup, options page, other tabs).
 */
import type { Interval } from '../core/availability';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { readRaw, STORED, writeStored, type Stored, type StoredName, type StoredValue } from './storage';
import type { StoredCalendar } from '../core/stored-calendars';

export interface StorageState<T> {
  value: T;
  loaded: boolean;
  /**
   * Saves a new value; the store shows it at once. A value of the wrong shape, one over the sync
   * quota (`SyncQuotaError`) or a refusal from the browser puts the stored value back and throws,
   * so the caller can keep the edit on screen.
   */
  save: (next: T) => Promise<void>;
}

export type StorageStore<T> = StoreApi<StorageState<T>> & { dispose: () => void; ready: Promise<void> };

/** A store for one stored thing: `openStore('availability')`. */
export function openStore<N extends StoredName>(name: N): StorageStore<StoredValue<N>> {
  return storeFor(STORED[name] as Stored<StoredValue<N>>);
}

function storeFor<T>(thing: Stored<T>): StorageStore<T> {
  const apply = (raw: unknown) => store.setState({ value: readRaw(thing, raw).value, loaded: true });
  const store = createStore<StorageState<T>>()(() => ({
    value: thing.fallback(),
    loaded: false,
    save: async (next: T) => {
      const previous = store.getState().value;
      try {
        store.setState({ value: thing.schema.parse(next) });
        await writeStored(thing, next);
      } catch (error) {
        store.setState({ value: previous });
        throw error;
      }
    },
  }));
  // A change can arrive while the first read is still on its way; the read is then older than it.
  let changed = false;
  const ready = thing.item.getValue().then(
    (raw) => (changed ? undefined : apply(raw)),
    (error: unknown) => {
      console.warn(`[Someday] Could not read ${thing.name}; using the defaults.`, error);
      store.setState({ loaded: true });
    },
  );
  const unwatch = thing.item.watch((raw) => {
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
