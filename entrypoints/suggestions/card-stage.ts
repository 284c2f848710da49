/**
 * The card stage: the person's stored preferences, the planner and the card's UI, loaded in chunks
 * once a box has focus (load-stages.ts). Reading the text never waits for it; showing a card does.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SnoozeChoice } from '../../components/SuggestionCard';
import { formatSlot } from '../../utils/format-slots';
import { fitInviteToContext } from '../../utils/invite';
import { heldBusy, logAcceptedInvite, newInviteId } from '../../utils/invites';
import { sendMessage } from '../../utils/messages';
import { listActivities, planInvite, type Plan } from '../../utils/plan';
import type { SiteId } from '../../utils/sites';
import { setNearby } from '../../utils/nearby';
import { isSiteEnabled } from '../../utils/site-switches';
import { isSnoozed, snoozeForAnHour, snoozePhrase } from '../../utils/snooze';
import { busyFromCalendars, openStore } from '../../utils/stores';
import type { CardStage, PlanChoices } from './types';

/** The card stage without its UI, which comes from the card's own module. */
export type PlanningStage = Omit<CardStage, 'ui'>;

/** What the planning module (entrypoints/card-stage.ts) hands over. */
export interface CardStageModule {
  createCardStage(ctx: ContentScriptContext, site: SiteId | null): PlanningStage;
}

export function createCardStage(ctx: ContentScriptContext, site: SiteId | null): PlanningStage {
  const settings = openStore('settings');
  const availability = openStore('availability');
  const calendars = openStore('calendars');
  const wording = openStore('wording');
  const snooze = openStore('snooze');
  const nearby = openStore('nearby');
  const inviteLog = openStore('inviteLog');
  const followUps = openStore('followUps');
  const stores = [settings, availability, calendars, wording, snooze, nearby, inviteLog, followUps];
  ctx.onInvalidated(() => {
    for (const store of stores) store.dispose();
  });

  const plan = (choices: PlanChoices, now = new Date()): Plan =>
    planInvite({
      mode: choices.mode,
      availability: availability.getState().value,
      wording: wording.getState().value,
      now,
      // The person's calendars, and times already offered to someone who has not answered.
      busy: [
        ...busyFromCalendars(calendars.getState().value),
        ...heldBusy(inviteLog.getState().value, followUps.getState().value, now),
      ],
      lang: choices.lang,
      recipient: choices.context.recipient,
      activityId: choices.activityId ?? undefined,
      nearby: choices.mode === 'business' && nearby.getState().value.includes(choices.context.conversation),
      excludedSlots: choices.excluded,
    });

  const snoozeFor = async (choice: SnoozeChoice, phrase: string) => {
    if (choice === 'site') {
      const value = settings.getState().value;
      if (site && !value.disabledSites.includes(site)) {
        await settings.getState().save({ ...value, disabledSites: [...value.disabledSites, site] });
      }
    } else if (choice === 'hour') {
      await snooze.getState().save(snoozeForAnHour(snooze.getState().value, Date.now()));
    } else {
      await snooze.getState().save(snoozePhrase(snooze.getState().value, phrase));
    }
  };

  return {
    ready: Promise.all(stores.map((store) => store.ready)).then(() => undefined),
    enabled: () => isSiteEnabled(settings.getState().value, site),
    isSnoozed: (phrase, now) => isSnoozed(snooze.getState().value, phrase, now),
    snooze: snoozeFor,
    isNearby: (conversation) => nearby.getState().value.includes(conversation),
    setNearby: (conversation, on) => nearby.getState().save(setNearby(nearby.getState().value, conversation, on)),
    plan,
    timesOf(planned, excluded, now = new Date()) {
      return planned.candidates.map((slot) => {
        const id = slot.start.toISOString();
        return {
          id,
          label: formatSlot(slot, { now, timeZone: planned.timeZone, locale: planned.lang }),
          offered: !excluded.includes(id),
        };
      });
    },
    activitiesFor: (lang) => listActivities(wording.getState().value, lang).map(({ id, label }) => ({ id, label })),
    fitInvite: fitInviteToContext,
    logSent: ({ context, mode, plan: sent }) =>
      logAcceptedInvite({
        id: newInviteId(),
        sentAt: new Date(),
        site,
        conversationUrl: location.href,
        recipient: context.recipient,
        mode,
        activity: sent.activity.id,
        offered: sent.slots,
      }),
    openOptions: () => void sendMessage({ type: 'open-options' }).catch(() => undefined),
    subscribe(listener) {
      // The nearby list is not followed: the card that changed it replans itself.
      const followed = [settings, availability, calendars, wording, snooze, inviteLog, followUps];
      const unsubscribes = followed.map((store) => store.subscribe(listener));
      return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
    },
  };
}
