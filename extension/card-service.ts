/**
 * The card's planner, run by the background on the content script's behalf: whether a wish gets a
 * card (the site's switch, snoozes), the plan with the person's free times and the invite's words,
 * and what the card's buttons store (snooze, nearby, the invite log).
 *
 * The page never reads storage or plans: the stored things' schemas (zod), the planner, date
 * arithmetic and time-zone data stay off the page's main thread and out of the page's heap, and each
 * card costs the page one message. Everything crosses as plain JSON (ISO strings for times), which
 * both browsers' messaging carries unchanged.
 */
import { fitInviteToContext, type InviteMode } from '../core/invite-text';
import { logAcceptedInvite, newInviteId } from './invite-log-store';
import { setNearby } from '../core/nearby';
import { listActivities } from '../core/plan';
import { planFromStorage, reachNote, timesFromPlan, type CardTime } from './plan-from-storage';
import { isSiteEnabled } from '../core/site-switches';
import type { SiteId } from '../page/sites';
import { isSnoozed, snoozeForAnHour, snoozePhrase } from '../core/snooze';
import { readStored, STORED, updateStored } from './storage';

/** The card's choices and where it is: everything a plan depends on besides what is stored. */
export interface CardChoices {
  mode: InviteMode;
  /** The message's language: the invite is written in it. */
  lang: string;
  recipient: string | null;
  /** The site adapter's key for the conversation (nearby contacts are remembered by it). */
  conversation: string;
  /** The activity picked on the card; null for the wording's default. */
  activityId: string | null;
  /** ISO starts of the times switched off on the card; null until the person changes a chip (the plan's default). */
  excluded: string[] | null;
  /** The text before the invite, which its first letter fits. */
  before: string;
}

/** The card's content, as the plan has it. */
export interface PlannedCard {
  /** The invite as it will be inserted, or null when no time is offered. */
  invite: string | null;
  /** Where the words to type over landed in `invite` (business invites). */
  placeholder: { start: number; end: number } | null;
  activityId: string;
  /** Activities to pick from (social invites only). */
  activities: { id: string; label: string }[];
  /** Every free time found, as a chip, offered or switched off, with who else was offered it. */
  times: CardTime[];
  /** ISO starts switched off, as the plan applied them (the chips' starting point). */
  excluded: string[];
  /** Said on the card about where the times come from (the week after, when nothing was free before). */
  note: string | null;
  /** Days searched in all: what the card says when nothing is free. */
  searchedDays: number;
  /** Business invites: whether the contact is nearby; null for social ones. */
  nearby: boolean | null;
  /** The offered times, for the invite log. */
  offered: { start: string; end: string }[];
}

/** A wish found in the box, with the mode its box gives it. */
export interface CardCandidate {
  phrase: string;
  mode: InviteMode;
}

export type CardSnoozeChoice = 'site' | 'hour' | 'phrase';

export interface CardServiceMessages {
  /** The first of `candidates` that gets a card (null: Someday is off here, or each is snoozed), and its plan. */
  'card-for': {
    request: { site: SiteId | null; candidates: CardCandidate[]; choices: Omit<CardChoices, 'mode'> };
    response: { index: number; card: PlannedCard } | null;
  };
  /** The plan for changed choices, or for "Insert my free times" (no wish needed). */
  'card-plan': { request: { choices: CardChoices }; response: PlannedCard };
  'card-snooze': { request: { site: SiteId | null; choice: CardSnoozeChoice; phrase: string }; response: void };
  'card-nearby': { request: { conversation: string; nearby: boolean }; response: void };
  /** An invite went in: the log keeps who, where, when and which times; never the message. */
  'card-sent': {
    request: {
      site: SiteId | null;
      conversationUrl: string;
      recipient: string | null;
      mode: InviteMode;
      activity: string;
      offered: { start: string; end: string }[];
    };
    response: void;
  };
}

type Request<T extends keyof CardServiceMessages> = CardServiceMessages[T]['request'];

/** Reads what a plan needs, all at once. */
async function readPlanInputs() {
  const [availability, wording, calendars, inviteLog, followUps, nearby] = await Promise.all([
    readStored(STORED.availability),
    readStored(STORED.wording),
    readStored(STORED.calendars),
    readStored(STORED.inviteLog),
    readStored(STORED.followUps),
    readStored(STORED.nearby),
  ]);
  return { availability, wording, calendars, inviteLog, followUps, nearby };
}

function planCard(inputs: Awaited<ReturnType<typeof readPlanInputs>>, choices: CardChoices, now = new Date()): PlannedCard {
  const nearby = choices.mode === 'business' ? inputs.nearby.includes(choices.conversation) : null;
  // The same planner as the popover, Copy invite and the options preview (extension/plan-from-storage.ts).
  const plan = planFromStorage(inputs, {
    mode: choices.mode,
    now,
    lang: choices.lang,
    recipient: choices.recipient,
    activityId: choices.activityId ?? undefined,
    nearby: nearby === true,
    excludedSlots: choices.excluded,
  });
  const invite = plan.invite === null ? null : fitInviteToContext(plan.invite, choices.before);
  // Fitting changes at most the first letter, so the placeholder stays where the plan put it.
  return {
    invite,
    placeholder: plan.placeholder,
    activityId: plan.activity.id,
    activities:
      choices.mode === 'social' ? listActivities(inputs.wording, choices.lang).map(({ id, label }) => ({ id, label })) : [],
    times: timesFromPlan(plan, now),
    excluded: plan.excluded,
    note: reachNote(plan),
    searchedDays: plan.searchedDays,
    nearby,
    offered: plan.slots.map((slot) => ({ start: slot.start.toISOString(), end: slot.end.toISOString() })),
  };
}

export async function cardFor({ site, candidates, choices }: Request<'card-for'>): Promise<CardServiceMessages['card-for']['response']> {
  const [settings, snooze] = await Promise.all([readStored(STORED.settings), readStored(STORED.snooze)]);
  if (!isSiteEnabled(settings, site)) return null;
  const now = Date.now();
  const index = candidates.findIndex((candidate) => !isSnoozed(snooze, candidate.phrase, now));
  if (index === -1) return null;
  return { index, card: planCard(await readPlanInputs(), { ...choices, mode: candidates[index]!.mode }, new Date(now)) };
}

export async function cardPlan({ choices }: Request<'card-plan'>): Promise<PlannedCard> {
  return planCard(await readPlanInputs(), choices);
}

export async function cardSnooze({ site, choice, phrase }: Request<'card-snooze'>): Promise<void> {
  if (choice === 'site') {
    if (site) await updateStored(STORED.settings, (value) => (value.disabledSites.includes(site) ? value : { ...value, disabledSites: [...value.disabledSites, site] }));
  } else if (choice === 'hour') {
    await updateStored(STORED.snooze, (value) => snoozeForAnHour(value, Date.now()));
  } else {
    await updateStored(STORED.snooze, (value) => snoozePhrase(value, phrase));
  }
}

export async function cardNearby({ conversation, nearby }: Request<'card-nearby'>): Promise<void> {
  await updateStored(STORED.nearby, (value) => setNearby(value, conversation, nearby));
}

export async function cardSent(sent: Request<'card-sent'>): Promise<void> {
  await logAcceptedInvite({
    id: newInviteId(),
    sentAt: new Date(),
    site: sent.site,
    conversationUrl: sent.conversationUrl,
    recipient: sent.recipient,
    mode: sent.mode,
    activity: sent.activity,
    offered: sent.offered.map(({ start, end }) => ({ start: new Date(start), end: new Date(end) })),
  });
}

/** The background's handlers for the card, for its message dispatcher. */
export const CARD_SERVICE = {
  'card-for': cardFor,
  'card-plan': cardPlan,
  'card-snooze': cardSnooze,
  'card-nearby': cardNearby,
  'card-sent': cardSent,
} as const;
