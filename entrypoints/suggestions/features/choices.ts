/**
 * The card's choices: which activity, which of the free times to offer, and the one click that leaves
 * out (or offers again) the times someone who has not answered was offered; the preview follows.
 */
import type { PlannedCard } from '../../../extension/card-service';
import type { CardFeature } from '../types';

/**
 * The times switched off once the times offered to others are left out (or offered again), the other
 * switches kept: core/plan.ts's `excludeOfferedTimes`, over the card's chips (a chip with a note is a
 * time someone else was offered), so the page needs no planner.
 */
export function excludeOfferedChips(card: Pick<PlannedCard, 'times' | 'excluded'>, leaveOut: boolean): string[] {
  const offeredElsewhere = card.times.filter((time) => time.note).map((time) => time.id);
  const rest = card.excluded.filter((id) => !offeredElsewhere.includes(id));
  return leaveOut ? [...rest, ...offeredElsewhere] : rest;
}

export const choicesFeature: CardFeature = (session) => ({
  onActivity: (id) => {
    const current = session.current();
    if (current) void session.change(current, (choices) => ({ ...choices, activityId: id })).catch(session.env.report);
  },
  onToggleTime: (id) => {
    const current = session.current();
    if (!current) return;
    void session
      .change(current, (choices) => {
        // Until the person changes a chip, the plan's own choice stands (times offered to others, left out).
        const excluded = choices.excluded ?? current.card.excluded;
        return { ...choices, excluded: excluded.includes(id) ? excluded.filter((start) => start !== id) : [...excluded, id] };
      })
      .catch(session.env.report);
  },
  onLeaveOutOffered: (leaveOut) => {
    const current = session.current();
    if (!current) return;
    void session.change(current, (choices) => ({ ...choices, excluded: excludeOfferedChips(current.card, leaveOut) })).catch(session.env.report);
  },
});
