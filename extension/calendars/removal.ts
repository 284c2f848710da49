/** Removing a calendar (and, for the last feed on its origin, the host permission), and undoing that. */
import type { StoredCalendar } from '../../core/stored-calendars';
import { releaseOriginIfUnused } from './host-access';
import { updateCalendars } from './stored';

/** Removes a calendar. Returns what was removed, for undo. */
export async function removeCalendar(id: string): Promise<StoredCalendar | null> {
  let removed: StoredCalendar | null = null;
  const remaining = await updateCalendars((calendars) => {
    removed = calendars.find((calendar) => calendar.id === id) ?? null;
    return calendars.filter((calendar) => calendar.id !== id);
  });
  const gone = removed as StoredCalendar | null;
  if (gone?.source.kind === 'feed') await releaseOriginIfUnused(gone.source.url, remaining);
  return gone;
}

/** Puts a removed calendar back where it was (undo). A feed needs its origin granted again first. */
export async function restoreCalendar(calendar: StoredCalendar, index?: number): Promise<void> {
  await updateCalendars((calendars) => {
    if (calendars.some((candidate) => candidate.id === calendar.id)) return calendars;
    const next = [...calendars];
    next.splice(index ?? next.length, 0, calendar);
    return next;
  });
}
