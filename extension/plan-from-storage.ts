/**
 * The planner's browser side, and the only place that gathers what planning needs from storage:
 * the availability and its time zone, the calendars' busy times, the invite log (a "yes" books,
 * a waiting invite marks its times), the choice about times offered to others, and the wording.
 * The card, the popover, "Copy invite", "Insert my free times" and the options preview all plan
 * through `planFromStorage`, so they never disagree. The rules are pure, in core/plan.ts.
 */
import { formatSlot } from '../core/format-slots';
import { t } from './i18n';
import { LOOK_AHEAD_DAYS, planInvite, type Plan, type PlanRequest } from '../core/plan';
import { effectiveTimeZone, type AvailabilitySettings } from '../core/availability-settings';
import type { FollowUpSettings, InviteLogEntry } from '../core/invite-log';
import type { StoredCalendar } from '../core/stored-calendars';
import { busyFromCalendars } from './stores';
import type { WordingSettings } from '../core/templates';

/** Everything stored that a plan depends on. */
export interface StoredPlanInputs {
  availability: AvailabilitySettings;
  calendars: readonly StoredCalendar[];
  inviteLog: readonly InviteLogEntry[];
  followUps: FollowUpSettings;
  wording: WordingSettings;
}

/** What a caller chooses for one invite; everything else comes from storage. */
export type PlanChoices = Omit<PlanRequest, 'availability' | 'timeZone' | 'wording' | 'busy' | 'invites' | 'offeredTimes'>;

export function planFromStorage(stored: StoredPlanInputs, choices: PlanChoices): Plan {
  return planInvite({
    ...choices,
    availability: stored.availability,
    timeZone: effectiveTimeZone(stored.availability),
    wording: stored.wording,
    busy: busyFromCalendars(stored.calendars),
    invites: stored.inviteLog,
    offeredTimes: stored.followUps.offeredTimes,
  });
}

/** One free time the plan found, as a chip that leaves it out of the invite when toggled off. */
export interface CardTime {
  /** The slot's start as an ISO string: what the plan's `excludedSlots` takes. */
  id: string;
  /** The slot's end as an ISO string. */
  end?: string;
  label: string;
  offered: boolean;
  /** "also offered to Sam" when someone who has not answered was offered this time. */
  note?: string | null;
}

/** "also offered to Sam", "… to Sam and Alex", "… to Sam and 2 others"; null when nobody else has it. */
export function offeredToNote(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  const shown = names.map((name) => name || t('cardSomeone'));
  if (shown.length === 1) return t('cardAlsoOffered', shown[0]!);
  if (shown.length === 2) return t('cardAlsoOffered', new Intl.ListFormat(undefined, { type: 'conjunction' }).format(shown));
  return t('cardAlsoOfferedOthers', shown[0]!, String(shown.length - 1));
}

/** The chips for a plan: every time found, in the plan's language, with who else has it. */
export function timesFromPlan(plan: Plan, now: Date): CardTime[] {
  return plan.candidates.map((slot) => ({
    id: slot.id,
    end: slot.end.toISOString(),
    label: formatSlot(slot, { now, timeZone: plan.timeZone, locale: plan.lang }),
    offered: slot.offered,
    note: offeredToNote(slot.offeredTo),
  }));
}

/** What the card and the popover say about where the times come from: the week after, when nothing was free before. */
export function reachNote(plan: Pick<Plan, 'reach' | 'searchedDays'>): string | null {
  if (plan.reach !== 'next-week') return null;
  return t('cardNextWeek', String(plan.searchedDays - LOOK_AHEAD_DAYS));
}
