/**
 * The words of an invite. Pure: given the mode and the times already put into words, it returns
 * the text that replaces the vague phrase.
 */
export type InviteMode = 'social' | 'business';

export interface InviteActivity {
  id: string;
  /** As it reads after "Want to get" / "Want to go for": "coffee", "a walk". */
  phrase: string;
  durationMinutes: number;
}

export const DEFAULT_SOCIAL_ACTIVITY: InviteActivity = { id: 'coffee', phrase: 'coffee', durationMinutes: 60 };
export const BUSINESS_CALL_MINUTES = 10;

export interface InviteWords {
  mode: InviteMode;
  /** The free times as words, e.g. "Tue 6–9pm, Thu 6–9pm or Sat 10am–6pm". */
  times: string;
  activity?: InviteActivity;
}

export function writeInvite({ mode, times, activity = DEFAULT_SOCIAL_ACTIVITY }: InviteWords): string {
  if (mode === 'business') {
    return (
      `I'd really value your advice. Would you have ${BUSINESS_CALL_MINUTES} minutes for a quick call? ` +
      `I'm free ${times}. Which works best for you?`
    );
  }
  return `Want to get ${activity.phrase}? I'm free ${times}. Which works for you?`;
}

/**
 * Fits an invite to the text before it: after a comma or mid-sentence it continues the sentence
 * in lower case; after a greeting's "!" or at the start it stands as its own sentence.
 */
export function fitInviteToContext(invite: string, textBefore: string): string {
  const previous = Array.from(textBefore.replace(/\s+$/, '')).pop() ?? '';
  const continuesSentence = previous !== '' && !/[.!?…:;\n)\]"'»]|\p{Extended_Pictographic}/u.test(previous);
  if (!continuesSentence || invite.startsWith("I'") || invite.startsWith('I ')) return invite;
  return invite.charAt(0).toLowerCase() + invite.slice(1);
}
