/**
 * Snoozing the card from the card or the popover: for an hour, or for one phrase for good.
 * ("Not on this site" is a site switch, in core/site-switches.ts.)
 */
import { z } from 'zod';

/** How long "not for an hour" keeps the card away. */
export const SNOOZE_HOUR_MS = 60 * 60 * 1000;
/** At most this many phrases stay snoozed; the oldest go first. */
export const MAX_SNOOZED_PHRASES = 200;

export const snoozeSchema = z.object({
  /** No card anywhere before this time (ms since the epoch); 0 when not snoozed. */
  until: z.number().finite().min(0),
  /** Phrases, as `phraseKey` writes them, that never show a card again. Newest last. */
  phrases: z.array(z.string()).max(MAX_SNOOZED_PHRASES),
});
export type Snooze = z.infer<typeof snoozeSchema>;

export function defaultSnooze(): Snooze {
  return { until: 0, phrases: [] };
}

/** The key a phrase is snoozed under: the same words in any case or spacing. */
export function phraseKey(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function isSnoozed(snooze: Snooze, phrase: string, now: number): boolean {
  return now < snooze.until || snooze.phrases.includes(phraseKey(phrase));
}

export function snoozeForAnHour(snooze: Snooze, now: number): Snooze {
  return { ...snooze, until: now + SNOOZE_HOUR_MS };
}

export function snoozePhrase(snooze: Snooze, phrase: string): Snooze {
  const key = phraseKey(phrase);
  const phrases = [...snooze.phrases.filter((existing) => existing !== key), key].slice(-MAX_SNOOZED_PHRASES);
  return { ...snooze, phrases };
}
