/**
 * How much work one calendar read may take. Each limit is far above what real exports need
 * (Google, Outlook and Apple files of busy people were the yardstick) and low enough that the
 * worst file under it still reads in about a second; `npm run bench` prints the pathological
 * cases' times next to the ordinary 5 MB calendar.
 */

/** Files larger than this (UTF-8 bytes) are refused before parsing. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * One budget for the whole file: every occurrence a repeating event produces while the reader
 * looks for the ones in range, plus the steps a rule takes over candidates it drops. It is
 * checked twice: against an estimate of every event's steps before any is expanded (so an
 * impossible file fails at once), and step by step while expanding. 500 weekly series over
 * five years read over 60 days use under 10,000; one event repeating every minute about 88,000.
 * ical.js takes about 10 µs a step, so the budget is also about a second of work.
 */
export const OCCURRENCE_BUDGET = 100_000;

/** EXDATE and RDATE values in one file (each costs about 1.7 KB while parsing). */
export const MAX_LISTED_DATES = 50_000;

/** BEGIN: blocks inside each other. Real files nest three deep (VCALENDAR > VEVENT > VALARM). */
export const MAX_NESTING = 32;

/** Clock changes one VTIMEZONE may define up to the read's last year (a real zone: two a year). */
export const ZONE_CHANGE_BUDGET = 20_000;
/** Clock changes per year an observance may define; real zones change once or twice. */
export const MAX_ZONE_CHANGES_PER_YEAR = 5;

/** A single step of a repeating rule may span at most this long (every 100 years). */
export const MAX_RULE_STEP_SECONDS = 100 * 366 * 86_400;
