/** Why a calendar file could not be used; `code` lets the options page react, `message` is for people. */
export type CalendarErrorCode =
  | 'not-icalendar'
  | 'truncated'
  | 'too-large'
  | 'unknown-time-zone'
  | 'unreadable'
  | 'invalid-range';

export class CalendarError extends Error {
  readonly code: CalendarErrorCode;

  constructor(code: CalendarErrorCode, message: string) {
    super(message);
    this.name = 'CalendarError';
    this.code = code;
  }
}
