/** The person's follow-up preferences: when to remind, the weekly goal, held times, reminders at all. */
import { z } from 'zod';

export const followUpSettingsSchema = z.object({
  /** Remind after this many days without an answer. */
  followUpDays: z.number().int().min(1).max(30),
  /** Invites a week to aim for. */
  weeklyGoal: z.number().int().min(0).max(50),
  /** Times offered to someone who has not answered are not offered to anyone else. */
  holdOfferedTimes: z.boolean(),
  /** Notifications for follow-ups at all. */
  reminders: z.boolean(),
});
export type FollowUpSettings = z.infer<typeof followUpSettingsSchema>;

export function defaultFollowUpSettings(): FollowUpSettings {
  return { followUpDays: 3, weeklyGoal: 2, holdOfferedTimes: true, reminders: true };
}
