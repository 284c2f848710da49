/**
 * The person's calendars as busy times: browser glue around the pure reader (core/ics).
 * Each concern has its own module:
 * - feed-address.ts   which addresses may be fetched (refused, confirmed, allowed)
 * - host-access.ts    the granted host permissions, checked before every fetch
 * - feed-fetch.ts     fetching a feed: no redirects, the size counted while streaming
 * - reading.ts        text to stored busy times (pure)
 * - read-job.ts       one read as a worker message (pure)
 * - read-off-thread.ts the worker, Chrome's offscreen host, and the time limit
 * - stored.ts         the stored calendars and settings, one write at a time
 * - file-import.ts    importing a file (options page)
 * - feeds.ts          subscribing and refreshing (background)
 * - removal.ts        removing and undoing
 * - refresh-alarm.ts  the background's alarm
 * - problems.ts       every reason a calendar could not be used, as data
 */
export { checkFeedAddress, hostKind, originPattern, toFeedUrl, type FeedAddress, type FeedConfirmation, type HostKind } from './feed-address';
export { fetchCalendarText } from './feed-fetch';
export { FEED_TIMEOUT_MS, addFeed, refreshAllCalendars, refreshCalendar, refreshStaleCalendars } from './feeds';
export { importCalendarFile } from './file-import';
export { hasOrigin, releaseOriginIfUnused } from './host-access';
export { calendarProblemSchema } from './problem-schema';
export {
  CalendarInputError,
  englishMessage,
  failure,
  problemOf,
  type CalendarProblem,
  type CalendarProblemCode,
  type CalendarResult,
} from './problems';
export { CALENDAR_READ_TIME_LIMIT_MS, readCalendarOffThread } from './read-off-thread';
export { CALENDAR_DAYS_AHEAD, CALENDAR_MAX_BYTES, calendarNameFromIcs, calendarRange, mergeBusy, readCalendar } from './reading';
export { REFRESH_ALARM, REFRESH_CHOICES_MINUTES, scheduleCalendarRefresh, startCalendarRefresh } from './refresh-alarm';
export { removeCalendar, restoreCalendar } from './removal';
export { CALENDAR_STORAGE_BUDGET_BYTES, personTimeZone, pruneEndedBusy, readCalendarSettings, readStoredCalendars, updateCalendars } from './stored';
