/**
 * The invite log's rules, pure: what is recorded when an invite is sent, how an outcome changes
 * it (and how to undo that), which offered times are held for someone who has not answered, when
 * a follow-up is due, and how the week is going. Storage and notifications live elsewhere.
 */
import { z } from 'zod';
import type { Interval } from '../availability';

export type InviteOutcome = 'waiting' | 'yes' | 'no' | 'no-reply';

const isoDate = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'a date and time');
const span = z.object({ start: isoDate, end: isoDate });

export const inviteLogEntrySchema = z.object({
  id: z.string().min(1),
  sentAt: isoDate,
  site: z.enum(['facebook', 'messenger', 'x', 'linkedin']).nullable(),
  /** The conversation's page, without query or fragment. */
  conversationUrl: z.string(),
  recipient: z.string().nullable(),
  mode: z.enum(['social', 'business']),
  activity: z.string(),
  offered: z.array(span),
  outcome: z.enum(['waiting', 'yes', 'no', 'no-reply']),
  picked: span.nullable(),
  outcomeAt: isoDate.nullable(),
  reminders: z.object({
    /** No more reminders for this invite. */
    stopped: z.boolean(),
    /** No reminder before this time. */
    snoozedUntil: isoDate.nullable(),
    /** The last time a reminder was shown. */
    lastShownAt: isoDate.nullable(),
  }),
});
export type InviteLogEntry = z.infer<typeof inviteLogEntrySchema>;

/** How many invites the log keeps; the oldest go first. */
export const INVITE_LOG_LIMIT = 200;
export const DEFAULT_FOLLOW_UP_DAYS = 3;
export const DEFAULT_WEEKLY_GOAL = 2;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ParsedLog {
  entries: InviteLogEntry[];
  /** Entries of the wrong shape, left out. */
  skipped: number;
}

/** Reads a stored log: entries of the wrong shape are skipped, never fatal. */
export function parseInviteLog(raw: unknown): ParsedLog {
  if (!Array.isArray(raw)) return { entries: [], skipped: raw == null ? 0 : 1 };
  const entries: InviteLogEntry[] = [];
  let skipped = 0;
  for (const item of raw) {
    const parsed = inviteLogEntrySchema.safeParse(item);
    if (parsed.success) entries.push(parsed.data);
    else skipped++;
  }
  return { entries, skipped };
}

export interface NewInvite {
  id: string;
  sentAt: Date;
  site: InviteLogEntry['site'];
  conversationUrl: string;
  recipient: string | null;
  mode: InviteLogEntry['mode'];
  activity: string;
  offered: Interval[];
}

/** Adds an invite, newest first, keeping at most `limit`. Nothing of the message itself is kept. */
export function recordInvite(log: readonly InviteLogEntry[], invite: NewInvite, limit = INVITE_LOG_LIMIT): InviteLogEntry[] {
  const entry: InviteLogEntry = {
    id: invite.id,
    sentAt: invite.sentAt.toISOString(),
    site: invite.site,
    conversationUrl: pageAddress(invite.conversationUrl),
    recipient: invite.recipient,
    mode: invite.mode,
    activity: invite.activity,
    offered: invite.offered.map(toSpan),
    outcome: 'waiting',
    picked: null,
    outcomeAt: null,
    reminders: { stopped: false, snoozedUntil: null, lastShownAt: null },
  };
  return [entry, ...log.filter((existing) => existing.id !== invite.id)].slice(0, Math.max(0, limit));
}

export interface Change {
  log: InviteLogEntry[];
  /** The log as it was: saving it undoes the change. */
  undo: InviteLogEntry[];
}

/** Sets an invite's outcome. "yes" takes the time they picked, which must be one of the times offered. */
export function setOutcome(
  log: readonly InviteLogEntry[],
  id: string,
  outcome: InviteOutcome,
  now: Date,
  picked: Interval | null = null,
): Change {
  const undo = [...log];
  const next = log.map((entry) => {
    if (entry.id !== id) return entry;
    const pickedSpan = outcome === 'yes' && picked ? toSpan(picked) : null;
    if (pickedSpan && !entry.offered.some((offer) => sameSpan(offer, pickedSpan))) {
      throw new Error('That time was not one of the times offered.');
    }
    return { ...entry, outcome, picked: pickedSpan, outcomeAt: outcome === 'waiting' ? null : now.toISOString() };
  });
  return { log: next, undo };
}

export function updateReminders(
  log: readonly InviteLogEntry[],
  id: string,
  change: Partial<InviteLogEntry['reminders']>,
): Change {
  return {
    undo: [...log],
    log: log.map((entry) => (entry.id === id ? { ...entry, reminders: { ...entry.reminders, ...change } } : entry)),
  };
}

export function removeInvite(log: readonly InviteLogEntry[], id: string): Change {
  return { undo: [...log], log: log.filter((entry) => entry.id !== id) };
}

/** When a waiting invite is due a reminder: `afterDays` after it was sent, or after a snooze. */
export function reminderDueAt(entry: InviteLogEntry, afterDays = DEFAULT_FOLLOW_UP_DAYS): Date | null {
  if (entry.outcome !== 'waiting' || entry.reminders.stopped) return null;
  const due = Date.parse(entry.sentAt) + afterDays * DAY_MS;
  const snoozed = entry.reminders.snoozedUntil ? Date.parse(entry.reminders.snoozedUntil) : 0;
  const shown = entry.reminders.lastShownAt ? Date.parse(entry.reminders.lastShownAt) + afterDays * DAY_MS : 0;
  return new Date(Math.max(due, snoozed, shown));
}

export function dueFollowUps(log: readonly InviteLogEntry[], now: Date, afterDays = DEFAULT_FOLLOW_UP_DAYS): InviteLogEntry[] {
  return log.filter((entry) => {
    const due = reminderDueAt(entry, afterDays);
    return due !== null && due <= now;
  });
}

/**
 * Invites that want the person's attention (for the toolbar badge): unanswered past the follow-up
 * delay, not stopped and not snoozed, whether or not a reminder was already shown.
 */
export function awaitingFollowUp(log: readonly InviteLogEntry[], now: Date, afterDays = DEFAULT_FOLLOW_UP_DAYS): InviteLogEntry[] {
  return log.filter((entry) => {
    if (entry.outcome !== 'waiting' || entry.reminders.stopped) return false;
    const snoozed = entry.reminders.snoozedUntil ? Date.parse(entry.reminders.snoozedUntil) : 0;
    return Date.parse(entry.sentAt) + afterDays * DAY_MS <= now.getTime() && snoozed <= now.getTime();
  });
}

/** The next moment any reminder falls due, for one alarm; null when none is pending. */
export function nextReminderAt(log: readonly InviteLogEntry[], afterDays = DEFAULT_FOLLOW_UP_DAYS): Date | null {
  let next: number | null = null;
  for (const entry of log) {
    const due = reminderDueAt(entry, afterDays)?.getTime();
    if (due !== undefined && (next === null || due < next)) next = due;
  }
  return next === null ? null : new Date(next);
}

export interface WeeklyProgress {
  /** Invites sent since the start of this week (Monday, local time of `now`'s week start given). */
  sent: number;
  goal: number;
  /** Weeks in a row, ending with last week or this one, in which the goal was met. */
  streakWeeks: number;
}

/**
 * Progress toward the weekly goal. `weekStart` maps a date to the start of its week in the
 * person's zone (the caller owns time zones), so this stays pure arithmetic.
 */
export function weeklyProgress(
  log: readonly InviteLogEntry[],
  now: Date,
  goal: number,
  weekStart: (date: Date) => Date,
): WeeklyProgress {
  const counts = new Map<number, number>();
  for (const entry of log) {
    const week = weekStart(new Date(entry.sentAt)).getTime();
    counts.set(week, (counts.get(week) ?? 0) + 1);
  }
  const thisWeek = weekStart(now);
  const sent = counts.get(thisWeek.getTime()) ?? 0;
  let streakWeeks = sent >= goal ? 1 : 0;
  // Walk back week by week from last week; a week is 7 days before the one after it.
  let week = weekStart(new Date(thisWeek.getTime() - DAY_MS));
  while ((counts.get(week.getTime()) ?? 0) >= goal && goal > 0) {
    streakWeeks++;
    week = weekStart(new Date(week.getTime() - DAY_MS));
  }
  return { sent, goal, streakWeeks };
}

const SITE_HOSTS: Record<NonNullable<InviteLogEntry['site']>, readonly string[]> = {
  facebook: ['facebook.com'],
  messenger: ['messenger.com', 'facebook.com'],
  x: ['x.com', 'twitter.com'],
  linkedin: ['linkedin.com'],
};

/**
 * Whether a logged conversation address may be opened: only an https page on the site the invite
 * was sent on. Anything else (another host, javascript:, data:) is never opened.
 */
export function safeConversationUrl(entry: Pick<InviteLogEntry, 'site' | 'conversationUrl'>): string | null {
  if (!entry.site) return null;
  let url: URL;
  try {
    url = new URL(entry.conversationUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return null;
  const host = url.hostname.toLowerCase();
  const allowed = SITE_HOSTS[entry.site].some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
  return allowed ? url.href : null;
}

function pageAddress(raw: string): string {
  try {
    const url = new URL(raw);
    return `${url.origin}${url.pathname}`;
  } catch {
    return '';
  }
}

function toSpan(interval: Interval): { start: string; end: string } {
  return { start: interval.start.toISOString(), end: interval.end.toISOString() };
}

function sameSpan(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return Date.parse(a.start) === Date.parse(b.start) && Date.parse(a.end) === Date.parse(b.end);
}

export { defaultFollowUpSettings, followUpSettingsSchema, followUpSettingsV2, type FollowUpSettings } from './follow-up-settings';
