/** Snooze from the card's menu: not on this site, not for an hour, or not for this phrase. */
import type { SnoozeChoice } from '../../../components/SuggestionCard';
import type { CardFeature, Session } from '../types';

export async function snoozeSuggestion(session: Session, choice: SnoozeChoice): Promise<void> {
  const current = session.current();
  if (!current) return;
  session.closeAndReturnCaret(current);
  await session.env.service.snooze(choice, current.match.phrase);
}

export const snoozeFeature: CardFeature = (session) => ({
  onSnooze: (choice) => void snoozeSuggestion(session, choice).catch(session.env.report),
});
