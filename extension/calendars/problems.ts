/**
 * Why a calendar could not be used, as data: the reader's own problems (core/ics) and
 * those of addresses, feeds, storage and the off-thread reader. Pages word a problem in the
 * person's language (components/CalendarsSection.tsx); `englishMessage` words it for logs and
 * for the copy stored beside it. Nothing here carries text from JavaScript or a parser: an error
 * Someday did not foresee becomes `unexpected`, and its text goes to the console only.
 */
import { CalendarError, describeCalendarReadProblem, formatMegabytes } from '../../core/ics';
import type { StoredCalendar } from '../../core/stored-calendars';
import type { CalendarProblem } from './problem-schema';

// The schema stays in problem-schema.ts: the worker, which needs only problemOf, then carries no zod.
export type { CalendarProblem, CalendarProblemCode } from './problem-schema';

/** A problem with what the person typed, chose or reached; `problem` says it as data, `message` in English. */
export class CalendarInputError extends Error {
  override name = 'CalendarInputError';
  readonly problem: CalendarProblem;

  constructor(problem: CalendarProblem) {
    super(englishMessage(problem));
    this.problem = problem;
  }
}

/** Any error as a problem. Errors Someday did not make become `unexpected`; their text is logged, never shown. */
export function problemOf(error: unknown): CalendarProblem {
  if (error instanceof CalendarInputError) return error.problem;
  if (error instanceof CalendarError) return error.problem;
  console.warn('[Someday] Unexpected calendar error.', error);
  return { code: 'unexpected' };
}

const megabytes = formatMegabytes;

/** A problem in English, for logs and for the sentence stored beside it. */
export function englishMessage(problem: CalendarProblem): string {
  switch (problem.code) {
    case 'address-empty':
      return 'Paste the calendar’s iCal address first.';
    case 'address-invalid':
      return `“${problem.text}” is not a web address. It should start with https:// or webcal://.`;
    case 'address-scheme':
      return `Someday reads calendars from https://, http:// or webcal:// addresses, not ${problem.scheme}//.`;
    case 'address-credentials':
      return 'This address contains a user name or password. Use the calendar’s secret iCal address instead.';
    case 'address-refused':
      return problem.reason === 'loopback'
        ? `${problem.host} is this device itself. Someday does not read calendars from it.`
        : problem.reason === 'link-local'
          ? `${problem.host} is a link-local address (used by routers and cloud metadata services). Someday does not read calendars from it.`
          : `${problem.host} is not an address a calendar can be read from.`;
    case 'already-subscribed':
      return `You already subscribe to this calendar (“${problem.name}”).`;
    case 'feed-no-permission':
      return `Someday does not have permission to read ${problem.host}. Allow it in the Calendars section.`;
    case 'feed-unreachable':
      return `Could not reach ${problem.host}. Check the address and your connection.`;
    case 'feed-timeout':
      return `${problem.host} did not answer within ${problem.seconds} seconds.`;
    case 'feed-http':
      return `${problem.host} answered “${problem.status}”.${problem.hint ? ' Check that this is the calendar’s secret or public iCal address, and that it is still shared.' : ''}`;
    case 'feed-redirect':
      return `${problem.host} sent the calendar on to another address. Open the address in a browser tab and subscribe to the address it ends up at.`;
    case 'feed-too-large':
      return problem.bytes === null
        ? `This calendar is over the ${megabytes(problem.limitBytes)} limit.`
        : `This calendar is ${megabytes(problem.bytes)}, over the ${megabytes(problem.limitBytes)} limit.`;
    case 'feed-not-calendar':
      return `${problem.host} did not send a calendar (.ics). Check the address: it should be the calendar’s iCal address.`;
    case 'storage-full':
      return `These busy times would take ${megabytes(problem.bytes)}, over the ${megabytes(problem.budgetBytes)} Someday keeps for calendars. Remove a calendar first.`;
    case 'calendar-removed':
      return 'This calendar was removed.';
    case 'file-not-refreshable':
      return 'An imported file cannot be read again: import a new copy to update it.';
    case 'too-slow':
      return `This calendar takes too long to read (over ${problem.seconds} seconds), so Someday stopped. Export a shorter date range or a single calendar.`;
    case 'unexpected':
      return 'Something went wrong reading this calendar.';
    default:
      return describeCalendarReadProblem(problem);
  }
}

/** What the options page shows after asking for an import, a feed or a refresh. `error` is English, for logs. */
export type CalendarResult =
  | { ok: true; calendar: StoredCalendar }
  | { ok: false; error: string; problem?: CalendarProblem; id?: string };

export function failure(error: unknown): { ok: false; error: string; problem: CalendarProblem } {
  const problem = problemOf(error);
  return { ok: false, error: englishMessage(problem), problem };
}
