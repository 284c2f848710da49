/**
 * The stored calendars and their settings, read and written only through the storage module's
 * items. Every write goes through `updateCalendars`, which re-reads storage under a lock, so the
 * options page (imports, removals) and the background (feed refreshes) never overwrite each other.
 */
import {
  availabilityItem,
  availabilitySchema,
  calendarSettingsItem,
  calendarSettingsSchema,
  calendarsItem,
  defaultCalendarSettings,
  effectiveTimeZone,
  storedCalendarsSchema,
  type CalendarSettings,
  type StoredCalendar,
} from '../storage';
import { CalendarInputError } from './problems';

/** Local storage holds 10 MB; the calendars stay well inside it so settings never fail to save. */
export const CALENDAR_STORAGE_BUDGET_BYTES = 8 * 1024 * 1024;

/** The zone availability is written in; an unknown stored zone reaches the reader, which says so. */
export async function personTimeZone(): Promise<string> {
  const stored = availabilitySchema.safeParse(await availabilityItem.getValue());
  return stored.success ? effectiveTimeZone(stored.data) : Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export async function readStoredCalendars(): Promise<StoredCalendar[]> {
  const parsed = storedCalendarsSchema.safeParse(await calendarsItem.getValue());
  if (parsed.success) return parsed.data;
  console.warn('[Someday] Stored calendars had an unexpected shape; they were set aside.', parsed.error.issues);
  return [];
}

export async function readCalendarSettings(): Promise<CalendarSettings> {
  const parsed = calendarSettingsSchema.safeParse(await calendarSettingsItem.getValue());
  return parsed.success ? parsed.data : defaultCalendarSettings();
}

let localQueue: Promise<unknown> = Promise.resolve();

/** Runs `task` alone: across the options page and the background where Web Locks exist, else within this context. */
function exclusively<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request('someday-calendars', task);
  const run = localQueue.then(task, task);
  localQueue = run.catch(() => undefined);
  return run;
}

/**
 * Reads the stored calendars, applies `change`, and writes the result. A change that throws, or a
 * result over the storage budget, writes nothing: the stored calendars stay as they were.
 */
export function updateCalendars(change: (calendars: StoredCalendar[]) => StoredCalendar[]): Promise<StoredCalendar[]> {
  return exclusively(async () => {
    const current = await readStoredCalendars();
    const next = storedCalendarsSchema.parse(change(current));
    const bytes = new TextEncoder().encode(JSON.stringify(next)).length;
    if (bytes > CALENDAR_STORAGE_BUDGET_BYTES) {
      throw new CalendarInputError({ code: 'storage-full', bytes, budgetBytes: CALENDAR_STORAGE_BUDGET_BYTES });
    }
    await calendarsItem.setValue(next);
    return next;
  });
}

/** Busy times that ended more than a day ago help no invite; dropping them keeps storage small. */
export async function pruneEndedBusy(now: Date): Promise<void> {
  const cutoff = now.getTime() - 86_400_000;
  const calendars = await readStoredCalendars();
  if (!calendars.some((calendar) => calendar.busy.some(([, end]) => end < cutoff))) return;
  await updateCalendars((stored) =>
    stored.map((calendar) => ({ ...calendar, busy: calendar.busy.filter(([, end]) => end >= cutoff) })),
  );
}
