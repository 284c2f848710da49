/**
 * The planner: from the person's week, their busy times and the invite log to the times an invite
 * offers and its words. The card, the popover, "Copy invite", "Insert my free times" and the options
 * preview all plan through `planInvite` (by way of extension/plan-from-storage.ts, which gathers what is stored).
 *
 * The rules:
 * - Offered times are soft. A time offered to someone who has not answered is offered again, and
 *   the plan says who else has it (`offeredTo`) so the card can show it and leave such times out in
 *   one click. A "yes" with a picked time books it: it is busy from then on. "No" and "no reply"
 *   free everything that invite offered.
 * - Social invites offer every free window in the horizon (or at most `maxTimes`), worded as a
 *   person writes a week (core/format-slots/week.ts).
 * - Business invites offer a few concrete times (`BUSINESS_TIMES`, on different days, working days
 *   first), each a half-hour slot at a free window's start: a ten-minute call is asked for at a
 *   time, not inside a three-hour window.
 * - Never a dead card: when nothing is free in the horizon, the plan looks one more week ahead and
 *   says so ("next week: …"); only when that is empty too is there no invite.
 *
 * Pure: explicit imports, no DOM, no extension APIs, no storage; the time zone is an input.
 */
import { TZDate } from '@date-fns/tz';
import { findFreeSlots, type DateOverride, type Interval, type WeeklyWindow } from './availability';
import { formatWeek, START_ONLY_BELOW_MINUTES } from './format-slots';
import { composeInvite, type InviteMode } from './invite-text';
import type { InviteLogEntry } from './invite-log';
import {
  findActivity,
  firstName,
  inviteLanguage,
  listActivities,
  type InviteActivity,
  type WordingSettings,
} from './templates';

export { listActivities };
export type { InviteActivity, WordingSettings };

/** What the planner needs of the person's availability (the stored settings have this shape). */
export interface PlanAvailability {
  weekly: readonly WeeklyWindow[];
  minNoticeMinutes: number;
  bufferMinutes: number;
  horizonDays: number;
  /** At most this many times in one invite; null offers every free time in the horizon. */
  maxTimes: number | null;
  overrides: readonly DateOverride[];
  /** Whether invites name the time zone: "Tue 6–9pm (ET)". */
  showZone: boolean;
}

/**
 * Times already offered to someone who has not answered: 'mark' offers them again and names who
 * else has them; 'leave-out' starts them switched off (one click or a chip brings them back).
 */
export type OfferedTimesChoice = 'mark' | 'leave-out';

/** Concrete times a business invite offers. */
export const BUSINESS_TIMES = 3;
/** How long each business time is held: a ten-minute call with room either side. */
export const BUSINESS_SLOT_MINUTES = 30;
/** When nothing is free in the horizon, look this many days further. */
export const LOOK_AHEAD_DAYS = 7;
/** "Every free time": more than any week holds. */
const ALL_TIMES = 200;
const MINUTE_MS = 60_000;

export interface PlanRequest {
  mode: InviteMode;
  availability: PlanAvailability;
  /** IANA zone the person's hours are in and the invite is written in. */
  timeZone: string;
  /** From storage; the defaults when omitted. */
  wording?: WordingSettings;
  now: Date;
  /** Busy times from the person's calendars. */
  busy?: readonly Interval[];
  /** The invite log: a "yes" books its picked time, a waiting invite marks the times it offered. */
  invites?: readonly InviteLogEntry[];
  /** Default 'mark'. */
  offeredTimes?: OfferedTimesChoice;
  /** Language of the message; picks the template language (default 'en'). */
  lang?: string;
  /** Full display name; templates use the first name. */
  recipient?: string | null;
  /** Default: the wording's default social activity; 'call' in business mode ('coffee' when nearby). */
  activityId?: string;
  /** Business: offer coffee in person. */
  nearby?: boolean;
  /**
   * ISO start times switched off on the card. Left out (or null): nothing is switched off, except
   * the times offered to someone else when `offeredTimes` is 'leave-out'.
   */
  excludedSlots?: readonly string[] | null;
  /** For formatting times; defaults from lang. */
  locale?: string;
}

/** One time the plan found, for the chips. */
export interface PlanTime extends Interval {
  /** The start as an ISO string: what `excludedSlots` takes. */
  id: string;
  /** First names of the people still waiting who were offered a time overlapping this one ('' for someone unnamed). */
  offeredTo: string[];
  /** Part of the invite (not switched off). */
  offered: boolean;
}

/** 'horizon': times in the coming days; 'next-week': nothing was free there, these are the week after; 'none': nothing free in either. */
export type PlanReach = 'horizon' | 'next-week' | 'none';

export interface Plan {
  /** Offered, after exclusions. */
  slots: Interval[];
  /** Every time found (for the chips), including switched-off ones. */
  candidates: PlanTime[];
  /** ISO starts switched off, as the plan applied them. */
  excluded: string[];
  /** The offered times in words, or '' when none are offered. */
  times: string;
  /** The invite, or null when no time is offered. */
  invite: string | null;
  /** Where `{admire}` landed in `invite`, to select after insertion. */
  placeholder: { start: number; end: number } | null;
  reach: PlanReach;
  /** Days searched in all: the horizon, plus the look-ahead when it was needed. */
  searchedDays: number;
  activity: InviteActivity;
  timeZone: string;
  lang: string;
}

interface PendingOffer extends Interval {
  name: string;
}

function defaultActivityId(request: PlanRequest): string | undefined {
  if (request.activityId) return request.activityId;
  if (request.mode === 'business') return request.nearby ? 'coffee' : 'call';
  return undefined; // the wording's default
}

/** A "yes" books the time picked; nothing else in the log is busy. */
export function bookedTimes(invites: readonly InviteLogEntry[], now: Date): Interval[] {
  const booked: Interval[] = [];
  for (const entry of invites) {
    if (entry.outcome !== 'yes' || !entry.picked) continue;
    const interval = { start: new Date(entry.picked.start), end: new Date(entry.picked.end) };
    if (interval.end > now) booked.push(interval);
  }
  return booked;
}

/** Times offered to people who have not answered yet, with their first names: the longest waiting first, unnamed ones last. */
export function pendingOffers(invites: readonly InviteLogEntry[], now: Date): PendingOffer[] {
  const pending: PendingOffer[] = [];
  const oldestFirst = [...invites].sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt) || invites.indexOf(b) - invites.indexOf(a));
  for (const entry of oldestFirst.filter((invite) => invite.recipient).concat(oldestFirst.filter((invite) => !invite.recipient))) {
    if (entry.outcome !== 'waiting') continue;
    for (const span of entry.offered) {
      const interval = { start: new Date(span.start), end: new Date(span.end), name: firstName(entry.recipient) };
      if (interval.end > now) pending.push(interval);
    }
  }
  return pending;
}

const overlaps = (a: Interval, b: Interval) => a.start < b.end && a.end > b.start;

export function planInvite(request: PlanRequest): Plan {
  const { mode, availability, wording, now, timeZone, recipient, nearby = false } = request;
  const lang = inviteLanguage(request.lang);
  const locale = request.locale ?? lang;
  const activity = findActivity(wording, lang, defaultActivityId(request));
  const invites = request.invites ?? [];
  const busy = [...(request.busy ?? []), ...bookedTimes(invites, now)];
  const pending = pendingOffers(invites, now);

  const search = (horizonDays: number): Interval[] =>
    mode === 'business'
      ? businessTimes(request, busy, pending, horizonDays, activity.durationMinutes)
      : findFreeSlots({
          now,
          timeZone,
          weekly: [...availability.weekly],
          busy,
          durationMinutes: activity.durationMinutes,
          minNoticeMinutes: availability.minNoticeMinutes,
          horizonDays,
          maxSlots: availability.maxTimes ?? ALL_TIMES,
          bufferMinutes: availability.bufferMinutes,
          overrides: [...availability.overrides],
        });

  let reach: PlanReach = 'horizon';
  let searchedDays = availability.horizonDays;
  let found = search(searchedDays);
  if (found.length === 0) {
    searchedDays += LOOK_AHEAD_DAYS;
    found = search(searchedDays);
    reach = found.length > 0 ? 'next-week' : 'none';
  }

  const withOffers = found.map((slot) => ({
    ...slot,
    id: slot.start.toISOString(),
    offeredTo: [...new Set(pending.filter((offer) => overlaps(offer, slot)).map((offer) => offer.name))],
  }));
  const excluded =
    request.excludedSlots != null
      ? [...request.excludedSlots]
      : request.offeredTimes === 'leave-out'
        ? withOffers.filter((slot) => slot.offeredTo.length > 0).map((slot) => slot.id)
        : [];
  const off = new Set(excluded.map((iso) => new Date(iso).getTime()));
  const candidates: PlanTime[] = withOffers.map((slot) => ({ ...slot, offered: !off.has(slot.start.getTime()) }));
  const slots = candidates.filter((slot) => slot.offered).map(({ start, end }) => ({ start, end }));

  const base = { slots, candidates, excluded, reach, searchedDays, activity, timeZone, lang };
  if (slots.length === 0) return { ...base, times: '', invite: null, placeholder: null };
  const times = formatWeek(slots, {
    now,
    timeZone,
    locale,
    showZone: availability.showZone,
    style: mode === 'business' ? 'starts' : 'windows',
    nextWeek: reach === 'next-week',
  });
  const { text, placeholder } = composeInvite({ mode, times, activity, lang, wording, recipient, nearby });
  return { ...base, times, invite: text, placeholder };
}

/**
 * The card's one click about times offered to others: `leaveOut` switches every such time off,
 * otherwise they are switched back on. Returns the new `excludedSlots`; other chips stay as they were.
 */
export function excludeOfferedTimes(plan: Pick<Plan, 'candidates' | 'excluded'>, leaveOut: boolean): string[] {
  const offeredElsewhere = plan.candidates.filter((slot) => slot.offeredTo.length > 0).map((slot) => slot.id);
  const rest = plan.excluded.filter((id) => !offeredElsewhere.includes(id));
  return leaveOut ? [...rest, ...offeredElsewhere] : rest;
}

/**
 * A few concrete times for a business ask: the first free window of each day, working days
 * before the weekend, sooner first; in each, the first half hour not already offered to someone
 * else (else the window's start). Returned in time order.
 */
function businessTimes(
  request: PlanRequest,
  busy: Interval[],
  pending: readonly PendingOffer[],
  horizonDays: number,
  activityMinutes: number,
): Interval[] {
  const { availability, now, timeZone } = request;
  const slotMinutes = Math.max(activityMinutes, BUSINESS_SLOT_MINUTES);
  const windows = findFreeSlots({
    now,
    timeZone,
    weekly: [...availability.weekly],
    busy,
    durationMinutes: slotMinutes,
    minNoticeMinutes: availability.minNoticeMinutes,
    horizonDays,
    maxSlots: ALL_TIMES,
    bufferMinutes: availability.bufferMinutes,
    overrides: [...availability.overrides],
  });
  const byDay = new Map<string, Interval>();
  for (const window of windows) {
    const local = new TZDate(window.start.getTime(), timeZone);
    const day = `${local.getFullYear()}-${local.getMonth()}-${local.getDate()}`;
    if (!byDay.has(day)) byDay.set(day, window);
  }
  const weekend = (slot: Interval) => (isWeekend(new TZDate(slot.start.getTime(), timeZone).getDay()) ? 1 : 0);
  const ranked = [...byDay.values()].sort((a, b) => weekend(a) - weekend(b) || a.start.getTime() - b.start.getTime());
  const count = Math.min(BUSINESS_TIMES, availability.maxTimes ?? BUSINESS_TIMES);
  return ranked
    .slice(0, count)
    .map((window) => firstUnofferedSlot(window, slotMinutes, pending))
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

/**
 * The first half hour in the window that nobody waiting was offered; failing that, the first that
 * no other concrete time overlaps (whole windows offered to friends overlap everything); else the start.
 */
function firstUnofferedSlot(window: Interval, minutes: number, pending: readonly PendingOffer[]): Interval {
  const length = minutes * MINUTE_MS;
  const step = BUSINESS_SLOT_MINUTES * MINUTE_MS;
  const concrete = pending.filter((offer) => offer.end.getTime() - offer.start.getTime() < START_ONLY_BELOW_MINUTES * MINUTE_MS);
  for (const offers of [pending, concrete]) {
    for (let start = window.start.getTime(); start + length <= window.end.getTime(); start += step) {
      const slot = { start: new Date(start), end: new Date(start + length) };
      if (!offers.some((offer) => overlaps(offer, slot))) return slot;
    }
  }
  return { start: window.start, end: new Date(window.start.getTime() + length) };
}

function isWeekend(day: number): boolean {
  return day === 0 || day === 6;
}
