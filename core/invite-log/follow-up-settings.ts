/** The person's follow-up preferences: when to remind, the weekly goal, times offered to others, reminders at all. */
import { z } from 'zod';

export const followUpSettingsSchema = z.object({
  /** Remind after this many days without an answer. */
  followUpDays: z.number().int().min(1).max(30),
  /** Invites a week to aim for. */
  weeklyGoal: z.number().int().min(0).max(50),
  /** A time offered to someone who has not answered: offered again and marked ('mark'), or left out ('leave-out'). */
  offeredTimes: z.enum(['mark', 'leave-out']),
  /** Notifications for follow-ups at all. */
  reminders: z.boolean(),
});
export type FollowUpSettings = z.infer<typeof followUpSettingsSchema>;

export function defaultFollowUpSettings(): FollowUpSettings {
  return { followUpDays: 3, weeklyGoal: 2, offeredTimes: 'mark', reminders: true };
}

/**
 * Version 2 replaced `holdOfferedTimes` (on by default: a time offered to someone who had not
 * answered went to nobody else, and after three invites the card had nothing left) with
 * `offeredTimes`. Off meant "offer them again", which 'mark' does; on was the old default and
 * cannot be told from a choice, so it follows the new default. The other preferences are kept.
 */
export function followUpSettingsV2(old: Record<string, unknown>): Record<string, unknown> {
  if (typeof old !== 'object' || old === null || 'offeredTimes' in old) return old;
  const { holdOfferedTimes: _hold, ...rest } = old;
  return { ...rest, offeredTimes: 'mark' };
}
