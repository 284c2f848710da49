/**
 * Contacts the person marked as nearby on a business card ("coffee" rather than "a call"), by the
 * site adapter's conversation key. Newest last.
 */
import { z } from 'zod';

/** At most this many conversations are remembered as nearby; the oldest go first. */
export const MAX_NEARBY_CONVERSATIONS = 500;

export const nearbyConversationSchema = z.string();

export function setNearby(conversations: readonly string[], conversation: string, nearby: boolean): string[] {
  const rest = conversations.filter((existing) => existing !== conversation);
  return (nearby ? [...rest, conversation] : rest).slice(-MAX_NEARBY_CONVERSATIONS);
}
