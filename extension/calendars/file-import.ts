/**
 * Importing an .ics file in the options page: read off the page's thread (read-off-thread.ts),
 * then added to the stored calendars. A file that cannot be read adds nothing.
 */
import type { StoredCalendar } from '../../core/stored-calendars';
import { CalendarInputError, failure, type CalendarResult } from './problems';
import { readCalendarOffThread } from './read-off-thread';
import { calendarNameFromIcs, nameFromFileName } from './reading';
import { personTimeZone, updateCalendars } from './stored';

export async function importCalendarFile(file: { text: string; fileName: string }, now: Date = new Date()): Promise<CalendarResult> {
  try {
    const timeZone = await personTimeZone();
    const reply = await readCalendarOffThread({ ics: file.text, now: now.getTime(), timeZone });
    if (!reply.ok) throw new CalendarInputError(reply.problem);
    const calendar: StoredCalendar = {
      id: crypto.randomUUID(),
      name: calendarNameFromIcs(file.text) ?? nameFromFileName(file.fileName),
      source: { kind: 'file', fileName: file.fileName },
      ...reply.read,
      readAt: now.getTime(),
      lastError: null,
    };
    await updateCalendars((calendars) => [...calendars, calendar]);
    return { ok: true, calendar };
  } catch (error) {
    return failure(error);
  }
}
