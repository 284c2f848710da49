/**
 * The words of an invite. Pure: given the mode, the language and the times already put into
 * words, it returns the text that replaces the vague phrase. The templates and activities
 * themselves live in templates.ts.
 */
import {
  ADMIRE_PLACEHOLDER,
  BUSINESS_CALL_MINUTES,
  findActivity,
  firstName,
  inviteLanguage,
  renderTemplate,
  templateFor,
  type InviteActivity,
  type RenderedTemplate,
  type TemplateKind,
  type WordingSettings,
} from './templates';

export type InviteMode = 'social' | 'business';
export type { InviteActivity, WordingSettings } from './templates';
export { BUSINESS_CALL_MINUTES } from './templates';

export const DEFAULT_SOCIAL_ACTIVITY: InviteActivity = findActivity(undefined, 'en', 'coffee');

export interface InviteWords {
  mode: InviteMode;
  /** The free times as words, e.g. "Tue 6–9pm, Thu 6–9pm or Sat 10am–6pm". */
  times: string;
  activity?: InviteActivity;
  /** The message's language; default 'en'. */
  lang?: string;
  wording?: WordingSettings;
  /** Full display name; the invite uses the first name. */
  recipient?: string | null;
  /** Business: offer coffee in person as well as the call. */
  nearby?: boolean;
}

export function templateKindFor(mode: InviteMode, nearby = false): TemplateKind {
  if (mode === 'social') return 'social';
  return nearby ? 'businessNearby' : 'business';
}

/** The invite and where the `{admire}` note landed in it. */
export function composeInvite(words: InviteWords): RenderedTemplate {
  const lang = inviteLanguage(words.lang);
  const activity = words.activity ?? findActivity(words.wording, lang);
  const template = templateFor(words.wording, templateKindFor(words.mode, words.nearby), lang);
  return renderTemplate(template, {
    name: firstName(words.recipient),
    activity: activity.phrase,
    times: words.times,
    admire: ADMIRE_PLACEHOLDER[lang],
    minutes: String(BUSINESS_CALL_MINUTES),
  });
}

export function writeInvite(words: InviteWords): string {
  return composeInvite(words).text;
}

/**
 * Fits an invite to the text before it: after a comma or mid-sentence it continues the sentence
 * in lower case; after a greeting's "!" or at the start it stands as its own sentence.
 * Never changes the invite's length, so a placeholder range found before still holds.
 */
export function fitInviteToContext(invite: string, textBefore: string): string {
  const previous = Array.from(textBefore.replace(/\s+$/, '')).pop() ?? '';
  const continuesSentence = previous !== '' && !/[.!?…:;\n)\]"'»]|\p{Extended_Pictographic}/u.test(previous);
  if (!continuesSentence || invite.startsWith("I'") || invite.startsWith('I ')) return invite;
  return invite.charAt(0).toLowerCase() + invite.slice(1);
}
