/**
 * The card's planner as the page sees it: each call is one message to the background, which reads the
 * stored preferences and plans (extension/card-service.ts). The page keeps no copy of what is stored.
 */
import { browser } from 'wxt/browser';
import type { CardServiceMessages } from '../../extension/card-service';
import { sendMessage, type ProtocolMessage } from '../../extension/messages';
import type { SiteId } from '../../page/sites';
import type { CardService } from './types';

/** One of the card's messages to the background (its own protocol, beside extension/messages.ts's). */
function send<T extends keyof CardServiceMessages>(message: ProtocolMessage<CardServiceMessages, T>): Promise<CardServiceMessages[T]['response']> {
  return browser.runtime.sendMessage(message) as Promise<CardServiceMessages[T]['response']>;
}

export function createCardClient(site: SiteId | null): CardService {
  return {
    cardFor: (candidates, choices) => send({ type: 'card-for', site, candidates, choices }),
    plan: (choices) => send({ type: 'card-plan', choices }),
    snooze: (choice, phrase) => send({ type: 'card-snooze', site, choice, phrase }),
    setNearby: (conversation, nearby) => send({ type: 'card-nearby', conversation, nearby }),
    logSent: ({ context, mode, card }) =>
      send({
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
