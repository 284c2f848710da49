/**
 * Backup: everything Someday keeps that a backup carries (the `backup` column of the table in
 * extension/storage.ts), as one JSON file, and reading such a file back. Reading is checked against
 * the same schemas storage uses; nothing is written until the person has seen what will change
 * and confirmed.
 */
import { z } from 'zod';
import { isKnownTimeZone } from '../core/availability-settings';
import { CALENDAR_STORAGE_BUDGET_BYTES } from './calendars';
import { findJsonError } from '../core/json-error';
import {
  collectUnreadable,
  LOCAL_QUOTA_BYTES,
  rawValues,
  readStored,
  STORED,
  STORED_NAMES,
  SYNC_QUOTA_BYTES,
  SYNC_QUOTA_BYTES_PER_ITEM,
  syncBytes,
  writeAllOrNothing,
  type Stored,
  type StoredName,
  type StoredValue,
} from './storage';
import { migrate } from './stored-item';

export const BACKUP_FORMAT = 'someday-backup';
export const BACKUP_VERSION = 1;

/** The parts a backup holds, in the table's order. */
export const BACKUP_PART_NAMES: readonly StoredName[] = STORED_NAMES.filter((name) => STORED[name].backup);
export type BackupPart = StoredName;
export type BackupData = Partial<{ [N in StoredName]: StoredValue<N> }>;

const HEADER_KEYS = ['format', 'version', 'exportedAt', 'versions', 'couldNotBeRead'];

const headerSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  /** Each part's version when it was exported; a file without it holds version 1 or the current one. */
  versions: z.record(z.string(), z.number().int().min(1)).optional(),
});

export interface FullBackup extends BackupData {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  versions: Record<string, number>;
  /** What could not be read, per part, kept in the file so that nothing is lost by exporting. */
  couldNotBeRead?: Record<string, unknown[]>;
}

function thingOf(part: StoredName): Stored<unknown> {
  return STORED[part] as Stored<unknown>;
}

export async function collectBackup(now = new Date()): Promise<FullBackup> {
  const backup: FullBackup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    versions: Object.fromEntries(BACKUP_PART_NAMES.map((part) => [part, thingOf(part).version])),
  };
  for (const part of BACKUP_PART_NAMES) Object.assign(backup, { [part]: await readStored(thingOf(part)) });
  const unreadable = await collectUnreadable();
  if (unreadable.length > 0) backup.couldNotBeRead = Object.fromEntries(unreadable.map(({ name, values }) => [name ?? 'unknown', values]));
  return backup;
}

/** Why a file is not imported, as data, so the options page words it in the person's language. */
export type ImportProblem =
  /** Where the text stops being JSON (never the JavaScript engine's own words); line 0 for an empty file. */
  | { code: 'notJson'; line: number; column: number }
  | { code: 'notBackup' }
  /** `detail` names where, as paths: "availability › maxSlots: …". */
  | { code: 'invalid'; detail: string }
  | { code: 'unknownZone'; zone: string }
  | { code: 'syncItemTooLarge'; part: StoredName; bytes: number; limit: number }
  | { code: 'syncTotalTooLarge'; bytes: number; limit: number }
  | { code: 'calendarsTooLarge'; bytes: number; limit: number }
  | { code: 'localTooLarge'; bytes: number; limit: number }
  | { code: 'writeFailed'; detail: string };

export type BackupReading = { ok: true; data: BackupData; unknownKeys: string[] } | { ok: false; problem: ImportProblem };

/**
 * Where a file goes wrong, as paths in the file ("availability › weekly › 0 › start"): the same in
 * every language, unlike the schema's own English messages.
 */
function describeIssues(part: string, error: z.ZodError): string {
  const paths = error.issues.slice(0, 5).map((issue) => [part, ...issue.path.map(String)].filter(Boolean).join(' › ') || part);
  return [...new Set(paths)].join('; ');
}

/** One part of a file, strictly; a part written by an older version goes through the migrations first. */
function readPart(part: StoredName, raw: unknown, fromVersion: number | undefined): { ok: true; value: unknown } | { ok: false; detail: string } {
  const thing = thingOf(part);
  const parsed = thing.schema.safeParse(raw);
  if (parsed.success && (fromVersion === undefined || fromVersion >= thing.version)) return { ok: true, value: parsed.data };
  const migrated = thing.schema.safeParse(migrate(thing, raw, fromVersion ?? 1));
  if (migrated.success) return { ok: true, value: migrated.data };
  return { ok: false, detail: describeIssues(part, parsed.success ? migrated.error : parsed.error) };
}

export function readBackup(text: string): BackupReading {
  // A byte-order mark (some editors write one) is not part of the JSON.
  const json = text.replace(/^\uFEFF/, '');
  if (json.trim() === '') return { ok: false, problem: { code: 'notJson', line: 0, column: 0 } };
  const place = findJsonError(json);
  if (place) return { ok: false, problem: { code: 'notJson', ...place } };
  const raw: unknown = JSON.parse(json);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, problem: { code: 'notBackup' } };
  }
  const header = headerSchema.safeParse(raw);
  if (!header.success) return { ok: false, problem: { code: 'invalid', detail: describeIssues('', header.error) } };
  const file = raw as Record<string, unknown>;
  // A zone this browser cannot plan in would import fine and then no card would appear anywhere.
  const zone = (file.availability as { timeZone?: unknown } | undefined)?.timeZone;
  if (typeof zone === 'string' && zone !== '' && !isKnownTimeZone(zone)) return { ok: false, problem: { code: 'unknownZone', zone } };
  const data: BackupData = {};
  for (const part of BACKUP_PART_NAMES) {
    if (file[part] === undefined) continue;
    const read = readPart(part, file[part], header.data.versions?.[part]);
    if (!read.ok) return { ok: false, problem: { code: 'invalid', detail: read.detail } };
    Object.assign(data, { [part]: read.value });
  }
  // Keys from a newer Someday are named to the person and left alone.
  const unknownKeys = Object.keys(file).filter((key) => !HEADER_KEYS.includes(key) && !BACKUP_PART_NAMES.includes(key as StoredName));
  return { ok: true, data, unknownKeys };
}

const jsonBytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** Bytes an area would hold with `values` written over what it holds now (key + JSON per item). */
function areaBytesAfter(current: Record<string, unknown>, values: Record<string, unknown>): number {
  const after = { ...current, ...values };
  return Object.entries(after).reduce((sum, [key, value]) => sum + syncBytes(key, value), 0);
}

/**
 * Everything that could refuse an import, checked before anything is written: each synced part
 * against the per-item quota, the synced total and this device's storage as they would be after
 * the import, and the calendars against the budget Someday keeps for them (their busy times have
 * the shape the .ics reader stores, checked by the schema). Null when the import can be written.
 */
export async function checkBackup(data: BackupData): Promise<ImportProblem | null> {
  const byArea: Record<'sync' | 'local', Record<string, unknown>> = { sync: {}, local: {} };
  for (const part of BACKUP_PART_NAMES) {
    const value = data[part];
    if (value === undefined) continue;
    const thing = thingOf(part);
    if (thing.area === 'sync') {
      const bytes = syncBytes(thing.key, value);
      if (bytes > SYNC_QUOTA_BYTES_PER_ITEM) return { code: 'syncItemTooLarge', part, bytes, limit: SYNC_QUOTA_BYTES_PER_ITEM };
    }
    byArea[thing.area][thing.key] = value;
    byArea[thing.area][`${thing.key}$`] = { v: thing.version };
  }
  if (data.calendars) {
    const bytes = jsonBytes(data.calendars);
    if (bytes > CALENDAR_STORAGE_BUDGET_BYTES) return { code: 'calendarsTooLarge', bytes, limit: CALENDAR_STORAGE_BUDGET_BYTES };
  }
  const [sync, local] = await Promise.all([rawValues('sync'), rawValues('local')]);
  const syncTotal = areaBytesAfter(sync, byArea.sync);
  if (syncTotal > SYNC_QUOTA_BYTES) return { code: 'syncTotalTooLarge', bytes: syncTotal, limit: SYNC_QUOTA_BYTES };
  // What the import replaces may be set aside as unreadable: counted as if all of it were.
  const mayBeSetAside = Object.keys(byArea.local).reduce((sum, key) => sum + (local[key] === undefined ? 0 : syncBytes(key, local[key])), 0);
  const localTotal = areaBytesAfter(local, byArea.local) + mayBeSetAside;
  if (localTotal > LOCAL_QUOTA_BYTES) return { code: 'localTooLarge', bytes: localTotal, limit: LOCAL_QUOTA_BYTES };
  return null;
}

export interface BackupChange {
  part: BackupPart;
  /** The field within the part, or '' for a part that is a list (calendars). */
  field: string;
  from: string;
  to: string;
}

function brief(value: unknown): string {
  if (value === undefined) return '—';
  if (Array.isArray(value)) {
    const names = value.map((entry: unknown) => {
      if (typeof entry !== 'object' || entry === null) return brief(entry);
      if ('name' in entry) return String((entry as { name: unknown }).name);
      // An invite: who it went to and when.
      if ('sentAt' in entry) return `${(entry as { recipient?: string | null }).recipient ?? '?'} (${String((entry as { sentAt: unknown }).sentAt).slice(0, 10)})`;
      return brief(entry);
    });
    return names.length === 0 ? '[]' : names.join(', ').slice(0, 120);
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

function describeWeekly(value: unknown): string {
  if (!Array.isArray(value)) return brief(value);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  return (value as { day: number; start: string; end: string }[]).map((window) => `${days[window.day]} ${window.start}–${window.end}`).join(', ') || '[]';
}

/** What applying `data` would change, field by field; unchanged fields are left out. */
export function diffBackup(current: BackupData, data: BackupData): BackupChange[] {
  const changes: BackupChange[] = [];
  for (const part of BACKUP_PART_NAMES) {
    const next = data[part];
    if (next === undefined) continue;
    const now = current[part];
    if (Array.isArray(next) || Array.isArray(now)) {
      if (JSON.stringify(now) !== JSON.stringify(next)) changes.push({ part, field: '', from: brief(now), to: brief(next) });
      continue;
    }
    const before = (now ?? {}) as Record<string, unknown>;
    const after = next as Record<string, unknown>;
    for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (JSON.stringify(before[field]) === JSON.stringify(after[field])) continue;
      const show = field === 'weekly' ? describeWeekly : brief;
      changes.push({ part, field, from: show(before[field]), to: show(after[field]) });
    }
  }
  return changes;
}

/** What is stored now, for every part a backup carries. */
export async function currentData(): Promise<BackupData> {
  const data: BackupData = {};
  for (const part of BACKUP_PART_NAMES) Object.assign(data, { [part]: await readStored(thingOf(part)) });
  return data;
}

/**
 * Writes every part the backup holds, all or nothing: checked first (`checkBackup`), then one write
 * per storage area, with sync put back if this device's write fails. Parts the backup does not hold
 * are left as they are.
 */
export async function applyBackup(data: BackupData): Promise<{ ok: true } | { ok: false; problem: ImportProblem }> {
  const problem = await checkBackup(data);
  if (problem) return { ok: false, problem };
  try {
    await writeAllOrNothing(data);
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: { code: 'writeFailed', detail: error instanceof Error ? error.message : String(error) } };
  }
}
