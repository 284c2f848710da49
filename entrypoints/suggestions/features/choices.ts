/** The card's choices: which activity, and which of the free times to offer; the preview follows. */
import type { CardFeature } from '../types';

export const choicesFeature: CardFeature = (session) => ({
  onActivity: (id) => {
    const current = session.current();
    if (current) session.change(current, () => (current.activityId = id));
  },
  onToggleTime: (id) => {
    const current = session.current();
    if (!current) return;
    session.change(current, () => {
      current.excluded = current.excluded.includes(id) ? current.excluded.filter((start) => start !== id) : [...current.excluded, id];
    });
  },
});
