/**
 * Every thing Someday stores, declared once in `STORED`: key, area, schema, fallback, version and
 * migrations, its label, and whether a backup carries it. Stores, the background, backup and the
 * options page's Privacy table all work from this table; adding a stored thing is one entry.
 * Nothing else in the extension calls browser.storage directly.
 *
 * Nothing stored is deleted because it could not be read: what a write would replace and that
 * could not be read (entries of a list, or a whole value) is first set aside under
 * `couldNotBeRead`, where the options page shows it and the person can save it as a file.
 */
import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { z } from 'zod';
import { availabilitySchema, availabilityV3, defaultAvailability, type AvailabilitySettings } from '../core/availability-settings';
import { defaultFollowUpSettings, followUpSettingsSchema, followUpSettingsV2, INVITE_LOG_LIMIT, inviteLogEntrySchema } from '../core/invite-log';
import { MAX_NEARBY_CONVERSATIONS, nearbyConversationSchema } from '../core/nearby';
import { defaultSettings, settingsMigrations, settingsSchema } from '../core/site-switches';
import { defaultSnooze, snoozeSchema } from '../core/snooze';
import { calendarSettingsSchema, defaultCalendarSettings, storedCalendarSchema } from '../core/stored-calendars';
import { storedList, storedValue, type Reading, type StorageArea, type StoredThing } from './stored-item';
import { defaultWording } from '../core/templates';
import { wordingSchema } from '../core/wording-settings';

export type { StorageArea, StoredThing } from './stored-item';

/** The table. The name of an entry is its key in a backup file; `key` is its key in storage. */
const TABLE = {
  // Settings sync, so they follow the person to their other browsers.
  availability: storedValue({
    key: 'availability',
    area: 'sync',
    label: 'optionsNavAvailability',
    backup: true,
    schema: availabilitySchema,
    fallback: defaultAvailability,
    version: 3,
    migrations: {
      // Version 2 added date overrides and the time-zone label.
      2: (old: Partial<AvailabilitySettings>) => ({ overrides: [], showZone: false, ...old }),
      // Version 3: every free time by default, instead of three (maxSlots → maxTimes).
      3: availabilityV3,
    },
  }),
  settings: storedValue({
    key: 'settings',
    area: 'sync',
    label: 'optionsNavSites',
    backup: true,
    schema: settingsSchema,
    fallback: defaultSettings,
    version: 2,
    migrations: settingsMigrations,
  }),
  wording: storedValue({ key: 'wording', area: 'sync', label: 'optionsNavWording', backup: true, schema: wordingSchema, fallback: defaultWording }),
  followUps: storedValue({
    key: 'followUps',
    area: 'sync',
    label: 'followUpsHeading',
    backup: true,
    schema: followUpSettingsSchema,
    fallback: defaultFollowUpSettings,
    version: 2,
    // Version 2: times offered to someone still waiting are offered again, marked (holdOfferedTimes → offeredTimes).
    migrations: { 2: followUpSettingsV2 },
  }),
  // Calendars stay on this device: a feed's secret address and the busy times never leave it.
  calendars: storedList({ key: 'calendars', area: 'local', label: 'optionsNavCalendars', backup: true, entry: storedCalendarSchema }),
  // Beside the feeds it governs: another browser has no feeds to refresh.
  calendarSettings: storedValue({
    key: 'calendarSettings',
    area: 'local',
    label: 'optionsCalendarSettings',
    backup: true,
    schema: calendarSettingsSchema,
    fallback: defaultCalendarSettings,
  }),
  // Who was invited and how it went: this device only.
  inviteLog: storedList({ key: 'inviteLog', area: 'local', label: 'inviteLogHeading', backup: true, entry: inviteLogEntrySchema, max: INVITE_LOG_LIMIT }),
  // The card's snoozes and nearby contacts are about this device's person and their contacts.
  snooze: storedValue({ key: 'snooze', area: 'local', label: 'storedSnooze', backup: false, schema: snoozeSchema, fallback: defaultSnooze }),
  nearby: storedList({
    key: 'nearbyConversations',
    area: 'local',
    label: 'storedNearby',
    backup: false,
    entry: nearbyConversationSchema,
    max: MAX_NEARBY_CONVERSATIONS,
  }),
};

/** One entry set aside because it could not be read, with the stored thing it came from. */
export const setAsideEntrySchema = z.object({
  /** The name of the stored thing in `STORED`. */
  from: z.string(),
  value: z.unknown(),
  /** When it was set aside (ISO). */
  at: z.string(),
});
export type SetAsideEntry = z.infer<typeof setAsideEntrySchema>;

/** Reads anything as set-aside entries: this bin is never itself set aside. */
const setAsideSchema = z.unknown().transform((raw): SetAsideEntry[] => {
  const entries = Array.isArray(raw) ? (raw as unknown[]) : raw === undefined || raw === null ? [] : [raw];
  return entries.map((entry) => {
    const parsed = setAsideEntrySchema.safeParse(entry);
    return parsed.success ? { ...parsed.data, value: parsed.data.value ?? null } : { from: '', value: entry ?? null, at: '' };
  });
});

type WithItem<T> = StoredThing<T> & {
  /** The WXT item: its migrations run when this module loads, in every context. */
  readonly item: WxtStorageItem<T, Record<string, unknown>>;
  /** The entry's name in the table. */
  readonly name: string;
};

function withItem<T>(name: string, thing: StoredThing<T>): WithItem<T> {
  const item = storage.defineItem<T>(`${thing.area}:${thing.key}`, {
    fallback: thing.fallback(),
    version: thing.version,
    migrations: Object.keys(thing.migrations).length > 0 ? thing.migrations : undefined,
  });
  return Object.assign(Object.create(null) as object, thing, { item, name }) as WithItem<T>;
}

type Table = typeof TABLE;
export type StoredName = keyof Table;
export type StoredValue<N extends StoredName> = Table[N] extends StoredThing<infer T> ? T : never;
export type Stored<T> = WithItem<T>;

export const STORED = Object.fromEntries(Object.entries(TABLE).map(([name, thing]) => [name, withItem(name, thing as StoredThing<unknown>)])) as {
  [N in StoredName]: Stored<StoredValue<N>>;
};
export const STORED_NAMES = Object.keys(TABLE) as StoredName[];

/** Where what could not be read is kept. Listed beside the others in the Privacy table. */
export const SET_ASIDE: Stored<SetAsideEntry[]> = withItem(
  'couldNotBeRead',
  storedValue<SetAsideEntry[]>({ key: 'couldNotBeRead', area: 'local', label: 'storedCouldNotBeRead', backup: false, schema: setAsideSchema, fallback: () => [] }),
);

/** Every stored thing, the set-aside bin last: what the Privacy table lists. */
export const ALL_STORED: readonly Stored<unknown>[] = [...STORED_NAMES.map((name) => STORED[name] as Stored<unknown>), SET_ASIDE as Stored<unknown>];

// ---------------------------------------------------------------------------------------------
// Quotas. Chrome's `storage.sync` limits; Firefox's are the same or looser. A save the quota
// refuses throws `SyncQuotaError` and leaves the stored value as it was.
// ---------------------------------------------------------------------------------------------

export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;
export const SYNC_QUOTA_BYTES = 102_400;
/** `storage.local` without the unlimitedStorage permission (Chrome; Firefox allows more). */
export const LOCAL_QUOTA_BYTES = 10 * 1024 * 1024;

export class SyncQuotaError extends Error {
  constructor(
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`Too much to sync: ${bytes} bytes where the browser allows ${limit}.`);
    this.name = 'SyncQuotaError';
  }
}

/** Bytes a value takes in storage under its key, as Chrome counts them (key + JSON). */
export function syncBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/** Is this a browser's refusal for going over the sync quota? */
export function isQuotaError(error: unknown): boolean {
  return error instanceof SyncQuotaError || /quota/i.test(error instanceof Error ? error.message : String(error));
}

// ---------------------------------------------------------------------------------------------
// Reading and writing.
// ---------------------------------------------------------------------------------------------

const metaKey = (thing: StoredThing<unknown>) => `${thing.key}$`;

const warned = new Set<string>();

/** Says once per context and content that part of a stored thing could not be read (and that it is kept). */
export function noteUnreadable(thing: Stored<unknown>, unreadable: readonly unknown[]): void {
  if (unreadable.length === 0) return;
  const seen = `${thing.name}:${JSON.stringify(unreadable)}`;
  if (warned.has(seen)) return;
  warned.add(seen);
  console.warn(`[Someday] ${unreadable.length} stored ${thing.name} value(s) could not be read; they are kept, and the rest is used.`, unreadable);
}

/** Reads a raw stored value of a thing through its schema, noting what could not be read. */
export function readRaw<T>(thing: Stored<T>, raw: unknown): Reading<T> {
  const reading = thing.read(raw);
  noteUnreadable(thing as Stored<unknown>, reading.unreadable);
  return reading;
}

/** What storage holds for a thing, read through its schema: works the same in every context. */
export async function loadStored<T>(thing: Stored<T>): Promise<Reading<T>> {
  // getValue waits for the item's migrations.
  return readRaw(thing, await thing.item.getValue());
}

export async function readStored<T>(thing: Stored<T>): Promise<T> {
  return (await loadStored(thing)).value;
}

const localQueues = new Map<string, Promise<unknown>>();

/**
 * Runs `task` alone for one key: across extension pages and the background where Web Locks exist,
 * else within this context. A content script uses the page's lock manager, which the page could
 * hold forever, so there the queue is this context's own.
 */
function exclusively<T>(key: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  const extensionPage = /^(chrome|moz|safari-web)-extension:$/.test(globalThis.location?.protocol ?? '');
  if (locks && extensionPage) return locks.request(`someday-storage:${key}`, task);
  const run = (localQueues.get(key) ?? Promise.resolve()).then(task, task);
  localQueues.set(
    key,
    run.catch(() => undefined),
  );
  return run;
}

/** Checks a value against its schema and, for sync, the per-item quota; the checked value. */
export function checkForSave<T>(thing: StoredThing<T>, value: T): T {
  const checked = thing.schema.parse(value);
  if (thing.area === 'sync') {
    const bytes = syncBytes(thing.key, checked);
    if (bytes > SYNC_QUOTA_BYTES_PER_ITEM) throw new SyncQuotaError(bytes, SYNC_QUOTA_BYTES_PER_ITEM);
  }
  return checked;
}

/** New set-aside entries for what could not be read, leaving out any already kept. */
function setAsideEntries(current: readonly SetAsideEntry[], from: string, unreadable: readonly unknown[], at: string): SetAsideEntry[] {
  const kept = new Set(current.filter((entry) => entry.from === from).map((entry) => JSON.stringify(entry.value)));
  const added: SetAsideEntry[] = [];
  for (const value of unreadable) {
    const text = JSON.stringify(value ?? null);
    if (kept.has(text)) continue;
    kept.add(text);
    added.push({ from, value: value ?? null, at });
  }
  return added;
}

/** The values to write for a thing, with its version, as one `storage.<area>.set` takes them. */
function entriesFor(thing: StoredThing<unknown>, value: unknown): Record<string, unknown> {
  return { [thing.key]: value, [metaKey(thing)]: { v: thing.version } };
}

/**
 * Writes a checked value; what it replaces that could not be read is set aside first (in the same
 * write when both are local).
 */
async function writeKeepingUnreadable<T>(thing: Stored<T>, value: T, unreadable: readonly unknown[]): Promise<void> {
  const values = entriesFor(thing, value);
  if (unreadable.length === 0) {
    await browser.storage[thing.area].set(values);
    return;
  }
  const written = await exclusively(SET_ASIDE.key, async () => {
    const current = await readStored(SET_ASIDE);
    const added = setAsideEntries(current, thing.name, unreadable, new Date().toISOString());
    if (added.length === 0) return false;
    console.warn(`[Someday] Set ${added.length} stored ${thing.name} value(s) that could not be read aside, under "${SET_ASIDE.key}".`);
    const aside = { [SET_ASIDE.key]: [...current, ...added] };
    // Both local: one write, so the value is never replaced without its unreadable part kept.
    if (thing.area === 'local') {
      await browser.storage.local.set({ ...aside, ...values });
      return true;
    }
    await browser.storage.local.set(aside);
    return false;
  });
  if (!written) await browser.storage[thing.area].set(values);
}

/** Saves a value: checked, the quota respected, and nothing unreadable written over. */
export function writeStored<T>(thing: Stored<T>, value: T): Promise<T> {
  const checked = checkForSave(thing, value);
  return exclusively(thing.key, async () => {
    const { unreadable } = await loadStored(thing);
    await writeKeepingUnreadable(thing, checked, unreadable);
    return checked;
  });
}

/**
 * Reads, changes and writes a thing, alone (see `exclusively`). A change that throws, or a result
 * that does not match, writes nothing.
 */
export function updateStored<T>(thing: Stored<T>, change: (current: T) => T): Promise<T> {
  return exclusively(thing.key, async () => {
    const { value, unreadable } = await loadStored(thing);
    const next = checkForSave(thing, change(value));
    await writeKeepingUnreadable(thing, next, unreadable);
    return next;
  });
}

// ---------------------------------------------------------------------------------------------
// What could not be read, for the options page.
// ---------------------------------------------------------------------------------------------

export interface Unreadable {
  /** null for entries set aside under a name this version does not have. */
  name: StoredName | null;
  label: Stored<unknown>['label'];
  /** Still in place (nothing has written over it yet) and already set aside, oldest first. */
  values: unknown[];
}

/** Everything that could not be read, per stored thing; things with nothing unreadable are left out. */
export async function collectUnreadable(): Promise<Unreadable[]> {
  const aside = await readStored(SET_ASIDE);
  const found: Unreadable[] = [];
  for (const name of STORED_NAMES) {
    const thing = STORED[name] as Stored<unknown>;
    const inPlace = (await loadStored(thing)).unreadable;
    const setAside = aside.filter((entry) => entry.from === name).map((entry) => entry.value);
    const seen = new Set(setAside.map((value) => JSON.stringify(value)));
    const values = [...setAside, ...inPlace.filter((value) => !seen.has(JSON.stringify(value)))];
    if (values.length > 0) found.push({ name, label: thing.label, values });
  }
  // Entries set aside under a name this version does not have stay listed too.
  const strays = aside.filter((entry) => !(STORED_NAMES as string[]).includes(entry.from));
  if (strays.length > 0) found.push({ name: null, label: SET_ASIDE.label, values: strays.map((entry) => entry.value) });
  return found;
}

/**
 * The person chose to let what could not be read go: each thing is written back as it reads, and
 * the set-aside bin is emptied.
 */
export async function discardUnreadable(): Promise<void> {
  for (const name of STORED_NAMES) {
    const thing = STORED[name] as Stored<unknown>;
    await exclusively(thing.key, async () => {
      const { value, unreadable } = await loadStored(thing);
      if (unreadable.length > 0) await browser.storage[thing.area].set(entriesFor(thing, value));
    });
  }
  await browser.storage.local.remove(SET_ASIDE.key);
}

// ---------------------------------------------------------------------------------------------
// Sizes, for the Privacy table and the import checks.
// ---------------------------------------------------------------------------------------------

export interface StoredSize {
  thing: Stored<unknown>;
  /** The value and its version record, as Chrome counts them; 0 when nothing is stored yet. */
  bytes: number;
}

/** How much each stored thing takes now. */
export async function storedSizes(): Promise<StoredSize[]> {
  const keysByArea: Record<StorageArea, string[]> = { sync: [], local: [] };
  for (const thing of ALL_STORED) keysByArea[thing.area].push(thing.key, metaKey(thing));
  const [sync, local] = await Promise.all([browser.storage.sync.get(keysByArea.sync), browser.storage.local.get(keysByArea.local)]);
  const stored: Record<StorageArea, Record<string, unknown>> = { sync, local };
  return ALL_STORED.map((thing) => ({ thing, bytes: bytesOf(stored[thing.area], thing) }));
}

function bytesOf(values: Record<string, unknown>, thing: StoredThing<unknown>): number {
  let bytes = 0;
  for (const key of [thing.key, metaKey(thing)]) if (values[key] !== undefined) bytes += syncBytes(key, values[key]);
  return bytes;
}

/** Calls back whenever anything Someday stores changes, in any context. Returns the unsubscribe. */
export function watchStorage(onChange: () => void): () => void {
  const listener = () => onChange();
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Bytes the calendars take in local storage: the browser's own count where it has one, else the JSON length. */
export async function calendarsBytesInUse(): Promise<number> {
  const local = browser.storage.local as { getBytesInUse?: (keys: string) => Promise<number> };
  if (typeof local.getBytesInUse === 'function') {
    try {
      return await local.getBytesInUse(STORED.calendars.key);
    } catch {
      // Missing or refused here (some Firefox versions, test doubles): count it ourselves.
    }
  }
  const value = await STORED.calendars.item.getValue();
  return new TextEncoder().encode(JSON.stringify({ calendars: value })).length;
}
// ---------------------------------------------------------------------------------------------
// Writing an import: all of it or none of it.
// ---------------------------------------------------------------------------------------------

/** Raw values per area, as they were before a write, for putting them back. */
async function snapshot(area: StorageArea, keys: string[]): Promise<{ values: Record<string, unknown>; absent: string[] }> {
  const values = await browser.storage[area].get(keys);
  return { values, absent: keys.filter((key) => values[key] === undefined) };
}

/**
 * Writes checked values for several things at once: one write per area, sync first. If the local
 * write fails, sync is put back as it was, so either everything is written or nothing is. What the
 * import replaces that could not be read is set aside in the same local write.
 */
export async function writeAllOrNothing(values: Partial<{ [N in StoredName]: StoredValue<N> }>): Promise<void> {
  const byArea: Record<StorageArea, Record<string, unknown>> = { sync: {}, local: {} };
  const at = new Date().toISOString();
  let aside = await readStored(SET_ASIDE);
  let asideChanged = false;
  for (const name of STORED_NAMES) {
    if (values[name] === undefined) continue;
    const thing = STORED[name] as Stored<unknown>;
    const { unreadable } = await loadStored(thing);
    const added = setAsideEntries(aside, name, unreadable, at);
    if (added.length > 0) {
      aside = [...aside, ...added];
      asideChanged = true;
    }
    Object.assign(byArea[thing.area], entriesFor(thing, values[name]));
  }
  if (asideChanged) byArea.local[SET_ASIDE.key] = aside;
  const syncKeys = Object.keys(byArea.sync);
  const before = await snapshot('sync', syncKeys);
  if (syncKeys.length > 0) await browser.storage.sync.set(byArea.sync);
  try {
    if (Object.keys(byArea.local).length > 0) await browser.storage.local.set(byArea.local);
  } catch (error) {
    if (syncKeys.length > 0) {
      await browser.storage.sync.set(before.values);
      if (before.absent.length > 0) await browser.storage.sync.remove(before.absent);
    }
    throw error;
  }
}

/** Raw stored values of every thing in one area, for the import's quota checks. */
export async function rawValues(area: StorageArea): Promise<Record<string, unknown>> {
  return browser.storage[area].get(null);
}
