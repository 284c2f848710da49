/**
 * Why a calendar file could not be used. Each error carries its reason as data (`problem`), so a
 * page can word it in the person's language, and an English sentence worded from that data
 * (`message`), so any caller of the contract reads a plain sentence. No text from a parser or
 * from JavaScript itself ever becomes part of either.
 */

/** Every reason the reader gives, with what the wording needs. */
export type CalendarReadProblem =
  /** `range` is not two valid Dates, end after start. */
  | { code: 'invalid-range' }
  | { code: 'not-icalendar' }
  | { code: 'truncated' }
  | { code: 'too-large'; bytes: number; limitBytes: number }
  /** `yours`: the zone given to the reader (the person's); otherwise one the file names and does not describe (null if unnamed). */
  | { code: 'unknown-time-zone'; zone: string | null; yours: boolean }
  /** The file describes a zone with rules that change the clock too often to be real (every minute, every day...). */
  | { code: 'time-zone-rule'; zone: string }
  /** An event repeats by a rule that is not valid iCalendar (an hour of 25, a weekday ordinal on a daily rule...). */
  | { code: 'invalid-rule'; event: string | null }
  /** A valid rule the reader cannot expand: a day counted from the end of the month or year on a daily or finer rule. */
  | { code: 'unsupported-rule'; event: string | null }
  /** Reading the file's repeating events would take more than `limit` steps. */
  | { code: 'too-many-occurrences'; limit: number }
  /** More EXDATE and RDATE values than Someday reads in one file. */
  | { code: 'too-many-dates'; count: number; limit: number }
  /** The file is not valid iCalendar; `line` is the first line that could not be read, when known (1-based). */
  | { code: 'unreadable'; line: number | null };

export type CalendarErrorCode = CalendarReadProblem['code'];

export class CalendarError extends Error {
  readonly code: CalendarErrorCode;
  readonly problem: CalendarReadProblem;

  constructor(problem: CalendarReadProblem) {
    super(describeCalendarReadProblem(problem));
    this.name = 'CalendarError';
    this.code = problem.code;
    this.problem = problem;
  }
}

export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes >= 10 ? Math.round(megabytes) : Math.round(megabytes * 10) / 10} MB`;
}

const count = (value: number) => value.toLocaleString('en-US');

/** The English sentence for a problem; pages word the same data through extension/i18n instead. */
export function describeCalendarReadProblem(problem: CalendarReadProblem): string {
  switch (problem.code) {
    case 'invalid-range':
      return 'The dates to read the calendar over are invalid: they need a start and an end after it, both dates.';
    case 'not-icalendar':
      return 'This file is not an iCalendar (.ics) file: it does not start with BEGIN:VCALENDAR.';
    case 'truncated':
      return 'The calendar file is cut off: it ends before its last END: line, so events may be missing. Export or download it again.';
    case 'too-large':
      return `This calendar file is ${formatMegabytes(problem.bytes)}, over the ${formatMegabytes(problem.limitBytes)} limit. Export a shorter date range or a single calendar.`;
    case 'unknown-time-zone':
      if (problem.yours) return `Unknown time zone "${problem.zone ?? ''}": use an IANA name such as "America/New_York".`;
      return problem.zone
        ? `The calendar uses the time zone "${problem.zone}", which Someday does not recognise, and the file does not describe it.`
        : 'The calendar uses a time zone Someday does not recognise, and the file does not describe it.';
    case 'time-zone-rule':
      return `The calendar describes its time zone "${problem.zone}" with clock changes far too frequent to be real, so its times cannot be trusted. Export it again, or with times in UTC.`;
    case 'invalid-rule':
      return problem.event
        ? `The event "${problem.event}" repeats by a rule that is not valid iCalendar. Change or remove that event and export again.`
        : 'An event repeats by a rule that is not valid iCalendar. Change or remove that event and export again.';
    case 'unsupported-rule':
      return problem.event
        ? `The event "${problem.event}" repeats on a day counted back from the end of the month or year, on a daily or more frequent rule, which Someday cannot read. Make it a monthly or yearly rule and export again.`
        : 'An event repeats on a day counted back from the end of the month or year, on a daily or more frequent rule, which Someday cannot read. Make it a monthly or yearly rule and export again.';
    case 'too-many-occurrences':
      return `This calendar has events that repeat too often to read (more than ${count(problem.limit)} times). Remove or change the event that repeats every few minutes or seconds, or export a shorter date range.`;
    case 'too-many-dates':
      return `This calendar lists ${count(problem.count)} excluded or extra dates for its repeating events, more than the ${count(problem.limit)} Someday reads. Export a shorter date range.`;
    case 'unreadable':
      return problem.line === null
        ? 'This calendar file could not be read; it may be damaged. Export or download it again.'
        : `This calendar file could not be read from line ${count(problem.line)} on; it may be damaged. Export or download it again.`;
  }
}
