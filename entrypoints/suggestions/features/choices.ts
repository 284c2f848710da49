/** The card's choices: which activity, and which of the free times to offer; the preview follows. */
import type { CardFeature } from '../types';

export const choicesFeature: CardFeature = (session) => ({
  onActivity: (id) => {
    const current = session.current();
    if (current) void session.change(current, (choices) => ({ ...choices, activityId: id })).catch(session.env.report);
  },
  onToggleTime: (id) => {
    const current = session.current();
    if (!current) return;
    void session
      .change(current, (choices) => ({
        ...choices,
        excluded: choices.excluded.includes(id) ? choices.excluded.filter((start) => start !== id) : [...choices.excluded, id],
      }))
      .catch(session.env.report);
  },
});
