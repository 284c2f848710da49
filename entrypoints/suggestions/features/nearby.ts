/** Business invites: "nearby" offers coffee instead of a call, remembered per conversation. */
import type { CardFeature, Session } from '../types';

export async function setSuggestionNearby(session: Session, nearby: boolean): Promise<void> {
  const current = session.current();
  const stage = session.stage();
  if (!current || !stage) return;
  await stage.setNearby(current.context.conversation, nearby);
  session.change(current, () => undefined);
}

export const nearbyFeature: CardFeature = (session) => ({
  onNearby: (nearby) => void setSuggestionNearby(session, nearby).catch(session.env.report),
});
