/**
 * From stored availability to the invite on the card: finds the free times, puts them into words
 * and writes the invite. Shared by the card, the popover, "Copy invite" and the options preview.
 */
import { findFreeSlots, type Interval } from './availability';
import { formatSlotList } from './format-slots';
import { composeInvite, type InviteMode } from './invite';
import { effectiveTimeZone, type AvailabilitySettings } from './availability-settings';
import { findActivity, inviteLanguage, listActivities, type InviteActivity, type WordingSettings } from './templates';

export { listActivities };
export type { InviteActivity, WordingSettings };

export interface PlanRequest {
  mode: InviteMode;
  availability: AvailabilitySettings;
  /** From storage; the defaults when omitted. */
  wording?: WordingSettings;
  now: Date;
  busy?: Interval[];
  /** Language of the message; picks the template language (default 'en'). */
  lang?: string;
  /** Full display name; templates use the first name. */
  recipient?: string | null;
  /** Default: the wording's default social activity; 'call' in business mode ('coffee' when nearby). */
  activityId?: string;
  /** Business: offer coffee in person. */
  nearby?: boolean;
  /** ISO start times the person switched off on the card. */
  excludedSlots?: string[];
  /** For formatting times; defaults from lang. */
  locale?: string;
}

export interface Plan {
  /** Offered, after exclusions. */
  slots: Interval[];
  /** Every slot found (for the card's chips), including excluded ones. */
  candidates: Interval[];
  /** The offered times in words, or '' when none are offered. */
  times: string;
  /** The invite, or null when no time is offered. */
  invite: string | null;
  /** Where `{admire}` landed in `invite`, to select after insertion. */
  placeholder: { start: number; end: number } | null;
  activity: InviteActivity;
  timeZone: string;
  lang: string;
}

function defaultActivityId(request: PlanRequest): string | undefined {
  if (request.activityId) return request.activityId;
  if (request.mode === 'business') return request.nearby ? 'coffee' : 'call';
  return undefined; // the wording's default
}

export function planInvite(request: PlanRequest): Plan {
  const { mode, availability, wording, now, busy = [], recipient, nearby = false, excludedSlots = [] } = request;
  const lang = inviteLanguage(request.lang);
  const locale = request.locale ?? lang;
  const timeZone = effectiveTimeZone(availability);
  const activity = findActivity(wording, lang, defaultActivityId(request));
  const candidates = findFreeSlots({
    now,
    timeZone,
    weekly: availability.weekly,
    busy,
    durationMinutes: activity.durationMinutes,
    minNoticeMinutes: availability.minNoticeMinutes,
    horizonDays: availability.horizonDays,
    maxSlots: availability.maxSlots,
    bufferMinutes: availability.bufferMinutes,
    overrides: availability.overrides,
  });
  const excluded = new Set(excludedSlots.map((iso) => new Date(iso).getTime()));
  const slots = candidates.filter((slot) => !excluded.has(slot.start.getTime()));
  const base = { slots, candidates, activity, timeZone, lang };
  if (slots.length === 0) return { ...base, times: '', invite: null, placeholder: null };
  const times = formatSlotList(slots, { now, timeZone, locale, showZone: availability.showZone });
  const { text, placeholder } = composeInvite({ mode, times, activity, lang, wording, recipient, nearby });
  return { ...base, times, invite: text, placeholder };
}
