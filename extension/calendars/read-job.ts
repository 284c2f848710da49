/**
 * One calendar read as a message: what the worker receives and what it answers. Pure, so the
 * worker bundle (entrypoints/calendar-reader.ts) carries no extension API at all.
 */
import { problemOf, type CalendarProblem } from './problems';
import { readCalendar, type CalendarRead } from './reading';

export interface ReadJob {
  ics: string;
  /** Milliseconds since the epoch: the read covers a day back to sixty days ahead of it. */
  now: number;
  timeZone: string;
}

export type ReadReply = { ok: true; read: CalendarRead } | { ok: false; problem: CalendarProblem };

export function isReadJob(value: unknown): value is ReadJob {
  const job = value as Partial<ReadJob> | null;
  return typeof job === 'object' && job !== null && typeof job.ics === 'string' && typeof job.now === 'number' && typeof job.timeZone === 'string';
}

export function answerReadJob(job: ReadJob): ReadReply {
  try {
    return { ok: true, read: readCalendar(job.ics, { now: new Date(job.now), timeZone: job.timeZone }) };
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
}
