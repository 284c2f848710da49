/**
 * The card's planner as the page sees it: each call is one message to the background, which reads the
 * stored preferences and plans (utils/card-service.ts). The page keeps no copy of what is stored.
 */
import { sendMessage } from '../../utils/messages';
import type { SiteId } from '../../utils/sites';
import type { CardService } from './types';

export function createCardClient(site: SiteId | null): CardService {
  return {
    cardFor: (candidates, choices) => sendMessage({ type: 'card-for', site, candidates, choices }),
    plan: (choices) => sendMessage({ type: 'card-plan', choices }),
    snooze: (choice, phrase) => sendMessage({ type: 'card-snooze', site, choice, phrase }),
    setNearby: (conversation, nearby) => sendMessage({ type: 'card-nearby', conversation, nearby }),
    logSent: ({ context, mode, card }) =>
      sendMessage({
        type: 'card-sent',
        site,
        conversationUrl: location.href,
        recipient: context.recipient,
        mode,
        activity: card.activityId,
        offered: card.offered,
      }),
    openOptions: () => void sendMessage({ type: 'open-options' }).catch(() => undefined),
  };
}
