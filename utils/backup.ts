/**
 * Backup: everything Someday keeps that a backup carries (the `backup` column of the table in
 * utils/storage.ts), as one JSON file, and reading such a file back. Reading is checked against
 * the same schemas storage uses; nothing is written until the person has seen what will change
 * and confirmed.
 */
import { z } from 'zod';
import { collectUnreadable, readStored, STORED, STORED_NAMES, writeStored, type Stored, type StoredName, type StoredValue } from './storage';
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
  if (unreadable.length > 0) backup.couldNotBeRead = Object.fromEntries(unreadable.map(({ name, values }) => [name || 'unknown', values]));
  return backup;
}

export type BackupReading =
  | { ok: true; data: BackupData; unknownKeys: string[] }
  | { ok: false; problem: 'notJson' | 'notBackup' | 'invalid'; detail: string };

/** A readable account of where a file goes wrong: "availability › weekly › 0 › start: a time as HH:mm". */
function describeIssues(part: string, error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${[part, ...issue.path.map(String)].filter(Boolean).join(' › ')}: ${issue.message}`)
    .join('; ');
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
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'notJson', detail: error instanceof Error ? error.message : String(error) };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, problem: 'notBackup', detail: '' };
  }
  const header = headerSchema.safeParse(raw);
  if (!header.success) return { ok: false, problem: 'invalid', detail: describeIssues('', header.error) };
  const file = raw as Record<string, unknown>;
  const data: BackupData = {};
  for (const part of BACKUP_PART_NAMES) {
    if (file[part] === undefined) continue;
    const read = readPart(part, file[part], header.data.versions?.[part]);
    if (!read.ok) return { ok: false, problem: 'invalid', detail: read.detail };
    Object.assign(data, { [part]: read.value });
  }
  // Keys from a newer Someday are named to the person and left alone.
  const unknownKeys = Object.keys(file).filter((key) => !HEADER_KEYS.includes(key) && !BACKUP_PART_NAMES.includes(key as StoredName));
  return { ok: true, data, unknownKeys };
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

/** Writes every part the backup holds; parts it does not hold are left as they are. */
export async function applyBackup(data: BackupData): Promise<void> {
  for (const part of BACKUP_PART_NAMES) {
    const value = data[part];
    if (value !== undefined) await writeStored(thingOf(part), value);
  }
}
