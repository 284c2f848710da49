/**
 * The stored calendars and their settings, read and written only through the table of stored
 * things (extension/storage.ts). Every write goes through `updateCalendars`, one change at a time, so
 * the options page (imports, removals) and the background (feed refreshes) never overwrite each other.
 */
import { effectiveTimeZone } from '../../core/availability-settings';
import { readStored, STORED, updateStored } from '../storage';
import { storedCalendarsSchema, type CalendarSettings, type StoredCalendar } from '../../core/stored-calendars';
import { CalendarInputError } from './problems';

/** Local storage holds 10 MB; the calendars stay well inside it so settings never fail to save. */
export const CALENDAR_STORAGE_BUDGET_BYTES = 8 * 1024 * 1024;

/** The zone availability is written in (a stored zone that cannot be read takes the browser's). */
export async function personTimeZone(): Promise<string> {
  return effectiveTimeZone(await readStored(STORED.availability));
}

/** The calendars that can be read; one that cannot stays stored (see extension/storage.ts) and is left out here. */
export function readStoredCalendars(): Promise<StoredCalendar[]> {
  return readStored(STORED.calendars);
}

export function readCalendarSettings(): Promise<CalendarSettings> {
  return readStored(STORED.calendarSettings);
}

/**
 * Reads the stored calendars, applies `change`, and writes the result, one change at a time. A
 * change that throws, or a result over the storage budget, writes nothing: the stored calendars
 * stay as they were.
 */
export function updateCalendars(change: (calendars: StoredCalendar[]) => StoredCalendar[]): Promise<StoredCalendar[]> {
  return updateStored(STORED.calendars, (current) => {
    const next = storedCalendarsSchema.parse(change(current));
    const bytes = new TextEncoder().encode(JSON.stringify(next)).length;
    if (bytes > CALENDAR_STORAGE_BUDGET_BYTES) {
      throw new CalendarInputError({ code: 'storage-full', bytes, budgetBytes: CALENDAR_STORAGE_BUDGET_BYTES });
    }
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
