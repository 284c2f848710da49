/**
 * From stored availability to the invite on the card: finds the free times, puts them into words
 * and writes the invite. Shared by the card, the popover and "Copy invite".
 */
import { findFreeSlots, type Interval } from './availability';
import { formatSlotList } from './format-slots';
import { BUSINESS_CALL_MINUTES, DEFAULT_SOCIAL_ACTIVITY, writeInvite, type InviteMode } from './invite';
import { effectiveTimeZone, type AvailabilitySettings } from './storage';

export interface PlanRequest {
  mode: InviteMode;
  availability: AvailabilitySettings;
  now: Date;
  busy?: Interval[];
  locale?: string;
}

export interface Plan {
  slots: Interval[];
  /** The times in words, or '' when none are free. */
  times: string;
  /** The invite, or null when there is no free time to offer. */
  invite: string | null;
  timeZone: string;
}

export function planInvite({ mode, availability, now, busy = [], locale }: PlanRequest): Plan {
  const timeZone = effectiveTimeZone(availability);
  const durationMinutes = mode === 'business' ? BUSINESS_CALL_MINUTES : DEFAULT_SOCIAL_ACTIVITY.durationMinutes;
  const slots = findFreeSlots({
    now,
    timeZone,
    weekly: availability.weekly,
    busy,
    durationMinutes,
    minNoticeMinutes: availability.minNoticeMinutes,
    horizonDays: availability.horizonDays,
    maxSlots: availability.maxSlots,
    bufferMinutes: availability.bufferMinutes,
    overrides: availability.overrides,
  });
  if (slots.length === 0) return { slots, times: '', invite: null, timeZone };
  const times = formatSlotList(slots, { now, timeZone, locale, showZone: availability.showZone });
  return { slots, times, invite: writeInvite({ mode, times }), timeZone };
}
