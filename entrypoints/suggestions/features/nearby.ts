/** Business invites: "nearby" offers coffee instead of a call, remembered per conversation. */
import type { CardFeature, Session } from '../types';

export async function setSuggestionNearby(session: Session, nearby: boolean): Promise<void> {
  const current = session.current();
  if (!current) return;
  await session.env.service.setNearby(current.context.conversation, nearby);
  // The plan reads the nearby list afresh: coffee instead of a call.
  await session.change(current, (choices) => ({ ...choices }), (card) => ({ ...card, nearby }));
}

export const nearbyFeature: CardFeature = (session) => ({
  onNearby: (nearby) => void setSuggestionNearby(session, nearby).catch(session.env.report),
});
