/**
 * Backup: everything Someday keeps, as one JSON file, and reading such a file back.
 * Reading is checked against the same schemas storage uses; nothing is written until the
 * person has seen what will change and confirmed.
 */
import { z } from 'zod';
import { INVITE_LOG_LIMIT, inviteLogEntrySchema, parseInviteLog } from './invite-log';
import {
  availabilityItem,
  availabilitySchema,
  calendarSettingsItem,
  calendarSettingsSchema,
  calendarsItem,
  followUpSettingsItem,
  followUpSettingsSchema,
  inviteLogItem,
  settingsItem,
  settingsSchema,
  storedCalendarsSchema,
  wordingItem,
  wordingSchema,
} from './storage';

export const BACKUP_FORMAT = 'someday-backup';
export const BACKUP_VERSION = 1;

/** The parts a backup holds, in the order they are shown. */
/** The invite log, strictly: an import with a broken entry is refused whole and changes nothing. */
const backupInviteLogSchema = z.array(inviteLogEntrySchema).max(INVITE_LOG_LIMIT);

export const BACKUP_PARTS = {
  availability: { schema: availabilitySchema, item: availabilityItem },
  settings: { schema: settingsSchema, item: settingsItem },
  wording: { schema: wordingSchema, item: wordingItem },
  calendars: { schema: storedCalendarsSchema, item: calendarsItem },
  calendarSettings: { schema: calendarSettingsSchema, item: calendarSettingsItem },
  inviteLog: { schema: backupInviteLogSchema, item: inviteLogItem },
  followUps: { schema: followUpSettingsSchema, item: followUpSettingsItem },
} as const;
export type BackupPart = keyof typeof BACKUP_PARTS;
export const BACKUP_PART_NAMES = Object.keys(BACKUP_PARTS) as BackupPart[];

const HEADER_KEYS = ['format', 'version', 'exportedAt'];

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  availability: availabilitySchema.optional(),
  settings: settingsSchema.optional(),
  wording: wordingSchema.optional(),
  calendars: storedCalendarsSchema.optional(),
  calendarSettings: calendarSettingsSchema.optional(),
  inviteLog: backupInviteLogSchema.optional(),
  followUps: followUpSettingsSchema.optional(),
});
export type Backup = z.infer<typeof backupSchema>;
export type BackupData = Partial<Pick<Backup, BackupPart>>;

export type FullBackup = Backup & Required<BackupData>;

export async function collectBackup(now = new Date()): Promise<FullBackup> {
  const [availability, settings, wording, calendars, calendarSettings, storedLog, followUps] = await Promise.all([
    availabilityItem.getValue(),
    settingsItem.getValue(),
    wordingItem.getValue(),
    calendarsItem.getValue(),
    calendarSettingsItem.getValue(),
    inviteLogItem.getValue(),
    followUpSettingsItem.getValue(),
  ]);
  // Entries of the wrong shape are left out of the file, as they are left out everywhere else.
  const inviteLog = parseInviteLog(storedLog).entries;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    availability,
    settings,
    wording,
    calendars,
    calendarSettings,
    inviteLog,
    followUps,
  };
}

export type BackupReading =
  | { ok: true; backup: Backup; data: BackupData; unknownKeys: string[] }
  | { ok: false; problem: 'notJson' | 'notBackup' | 'invalid'; detail: string };

/** A readable account of where a file goes wrong: "availability › weekly › 0 › start: a time as HH:mm". */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.map(String).join(' › ')}: ${issue.message}` : issue.message))
    .join('; ');
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
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problem: 'invalid', detail: describeIssues(parsed.error) };
  // Keys from a newer Someday are named to the person and left alone.
  const unknownKeys = Object.keys(raw).filter((key) => !HEADER_KEYS.includes(key) && !(key in BACKUP_PARTS));
  const data: BackupData = {};
  for (const part of BACKUP_PART_NAMES) if (parsed.data[part] !== undefined) Object.assign(data, { [part]: parsed.data[part] });
  return { ok: true, backup: parsed.data, data, unknownKeys };
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
export function diffBackup(current: Required<BackupData>, data: BackupData): BackupChange[] {
  const changes: BackupChange[] = [];
  for (const part of BACKUP_PART_NAMES) {
    const next = data[part];
    if (next === undefined) continue;
    const now = current[part];
    if (Array.isArray(next) || Array.isArray(now)) {
      if (JSON.stringify(now) !== JSON.stringify(next)) changes.push({ part, field: '', from: brief(now), to: brief(next) });
      continue;
    }
    const before = now as Record<string, unknown>;
    const after = next as Record<string, unknown>;
    for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (JSON.stringify(before[field]) === JSON.stringify(after[field])) continue;
      const show = field === 'weekly' ? describeWeekly : brief;
      changes.push({ part, field, from: show(before[field]), to: show(after[field]) });
    }
  }
  return changes;
}

export async function currentData(): Promise<Required<BackupData>> {
  const { availability, settings, wording, calendars, calendarSettings, inviteLog, followUps } = await collectBackup();
  return { availability, settings, wording, calendars, calendarSettings, inviteLog, followUps };
}

/** Writes every part the backup holds; parts it does not hold are left as they are. */
export async function applyBackup(data: BackupData): Promise<void> {
  if (data.availability) await availabilityItem.setValue(data.availability);
  if (data.settings) await settingsItem.setValue(data.settings);
  if (data.wording) await wordingItem.setValue(data.wording);
  if (data.calendars) await calendarsItem.setValue(data.calendars);
  if (data.calendarSettings) await calendarSettingsItem.setValue(data.calendarSettings);
  if (data.inviteLog) await inviteLogItem.setValue(data.inviteLog);
  if (data.followUps) await followUpSettingsItem.setValue(data.followUps);
}
