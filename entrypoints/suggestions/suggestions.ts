/**
 * The person's path in a message box: focus a box, type, pause; a vague wish shows the card;
 * Tab or the card's button writes the invite in, Escape or the card's button lets it be.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardStatus, CardTheme, SnoozeChoice } from '../../components/SuggestionCard';
import type { MessageBox } from '../../utils/composer';
import { detectLanguage, detectVaguePhrases, type VagueMatch } from '../../utils/detect';
import { replaceInBox, writerFor } from '../../utils/editors';
import { logAcceptedInvite, newInviteId } from '../../utils/invites';
import { fitInviteToContext, type InviteMode } from '../../utils/invite';
import { sendMessage, type InsertResult } from '../../utils/messages';
import { excludeOfferedTimes, listActivities, type Plan } from '../../utils/plan';
import { planFromStorage, reachNote, timesFromPlan } from '../../utils/planner';
import { adapterForHostname, type BoxContext } from '../../utils/sites';
import { setNearby } from '../../utils/nearby';
import { isSiteEnabled } from '../../utils/site-switches';
import { isSnoozed, snoozeForAnHour, snoozePhrase } from '../../utils/snooze';
import { openStore } from '../../utils/stores';
import { TYPING_PAUSE_MS } from '../../utils/typing';
import type { CardUi } from './card-ui';
import { detectOptionsFor } from './detect-options';
import { provideInsert } from './insert-hook';
import { pageTheme } from './theme';

/**
 * Moves focus from the box into the card. Alt+↓ is bound by none of the supported sites or
 * their editors (Lexical, Draft.js, Quill, LinkedIn's contenteditable) and types nothing.
 */
export const FOCUS_KEY = { key: 'ArrowDown', altKey: true, label: 'Alt+↓' } as const;


interface Suggestion {
  box: MessageBox;
  match: VagueMatch;
  /** `text.slice(match.start, match.end)` when the card was made: what accept replaces. */
  original: string;
  context: BoxContext;
  mode: InviteMode;
  /** The message's language: the invite is written in it. */
  lang: string;
  /** The text before the phrase, which the invite's first letter fits. */
  before: string;
  /** The activity picked on the card; null for the wording's default. */
  activityId: string | null;
  /** ISO starts of the times toggled off on the card; null until the person changes a chip (the plan's default). */
  excluded: string[] | null;
  plan: Plan;
  invite: string | null;
  status: CardStatus;
  theme: CardTheme;
}

export function startSuggestions(ctx: ContentScriptContext, loadCard: () => Promise<CardUi>): void {
  const adapter = adapterForHostname(location.hostname);
  const site = adapter.site;
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

  let card: CardUi | null = null;
  let cardLoading: Promise<CardUi> | null = null;
  const getCard = () => (cardLoading ??= loadCard().then((loaded) => (card = loaded)));

  let box: MessageBox | null = null;
  let boxListeners: AbortController | null = null;
  let pauseTimer: number | undefined;
  let suggestion: Suggestion | null = null;
  /** Phrases the person dismissed, per box: they stay quiet until the text says something new. */
  const dismissed = new WeakMap<MessageBox, Set<string>>();
  /** Invites Someday wrote into each box: never read as new vague phrases. */
  const written = new WeakMap<MessageBox, string[]>();

  const enabled = () => isSiteEnabled(settings.getState().value, site);
  /** Where the caret was when focus moved into the card, so leaving the card puts it back. */
  let caretBeforeCard: number | null = null;

  const isNearby = (context: BoxContext) => nearby.getState().value.includes(context.conversation);

  /** The plan for a suggestion with the card's current choices. */
  const planFor = (current: Pick<Suggestion, 'mode' | 'lang' | 'context' | 'activityId' | 'excluded'>, now = new Date()) =>
    planFromStorage(
      {
        availability: availability.getState().value,
        calendars: calendars.getState().value,
        inviteLog: inviteLog.getState().value,
        followUps: followUps.getState().value,
        wording: wording.getState().value,
      },
      {
        mode: current.mode,
        now,
        lang: current.lang,
        recipient: current.context.recipient,
        activityId: current.activityId ?? undefined,
        nearby: current.mode === 'business' && isNearby(current.context),
        excludedSlots: current.excluded,
      },
    );

  /** Works the plan out again after a change on the card; the preview follows. */
  const replan = (current: Suggestion) => {
    current.plan = planFor(current);
    current.invite = current.plan.invite === null ? null : fitInviteToContext(current.plan.invite, current.before);
    current.status = current.invite === null ? { kind: 'no-times', days: current.plan.searchedDays } : { kind: 'ready' };
  };

  const hideCard = () => {
    suggestion = null;
    card?.hide();
  };

  const render = () => {
    if (!suggestion || !card) return;
    const current = suggestion;
    card.show(current.box, {
      onAnchorGone: () => {
        if (suggestion === current) detach();
      },
      phrase: current.match.phrase,
      recipient: current.context.recipient,
      invite: current.invite,
      status: current.status,
      onAccept: () => void accept().catch(reportOnce),
      onDismiss: () => dismiss(),
      onOpenOptions: () => void sendMessage({ type: 'open-options' }).catch(() => undefined),
      activities:
        current.mode === 'social'
          ? listActivities(wording.getState().value, current.lang).map(({ id, label }) => ({ id, label }))
          : [],
      activityId: current.plan.activity.id,
      onActivity: (id) => change(current, () => (current.activityId = id)),
      times: timesFromPlan(current.plan, new Date()),
      onToggleTime: (id) =>
        change(current, () => {
          const excluded = current.excluded ?? current.plan.excluded;
          current.excluded = excluded.includes(id) ? excluded.filter((start) => start !== id) : [...excluded, id];
        }),
      onLeaveOutOffered: (leaveOut) => change(current, () => (current.excluded = excludeOfferedTimes(current.plan, leaveOut))),
      note: reachNote(current.plan),
      nearby: current.mode === 'business' ? isNearby(current.context) : null,
      onNearby: (on) => {
        const conversation = current.context.conversation;
        void nearby.getState().save(setNearby(nearby.getState().value, conversation, on)).then(() => {
          if (suggestion === current) change(current, () => undefined);
        }, reportOnce);
      },
      placeholderHint: current.plan.placeholder !== null,
      onSnooze: (choice) => void snoozeCard(choice).catch(reportOnce),
      onReturn: () => returnCaret(current),
      focusKeyLabel: FOCUS_KEY.label,
      theme: current.theme,
    });
  };

  const change = (current: Suggestion, apply: () => void) => {
    if (suggestion !== current || current.status.kind === 'writing') return;
    apply();
    replan(current);
    render();
  };

  /** Puts the caret back in the box where it was before focus moved into the card. */
  const returnCaret = (current: Suggestion) => {
    const target = current.box;
    const caret = caretBeforeCard;
    caretBeforeCard = null;
    if (!target.isConnected) return;
    const writer = writerFor(target, adapter.editorKind(target));
    target.focus({ preventScroll: true });
    if (caret !== null) writer.placeCaret(target, Math.min(caret, writer.readText(target).length));
  };

  const isInsideWritten = (target: MessageBox, text: string, match: VagueMatch) =>
    (written.get(target) ?? []).some((invite) => {
      for (let at = text.indexOf(invite); at !== -1; at = text.indexOf(invite, at + 1)) {
        if (match.start < at + invite.length && match.end > at) return true;
      }
      return false;
    });

  const evaluate = async () => {
    const target = box;
    if (!target) return;
    if (!target.isConnected) {
      detach();
      return;
    }
    if (!enabled()) {
      hideCard();
      return;
    }
    const text = writerFor(target, adapter.editorKind(target)).readText(target);
    const quiet = dismissed.get(target);
    const lang = detectLanguage(text);
    const snoozed = snooze.getState().value;
    const now = Date.now();
    const context = adapter.describe(target);
    const match = detectVaguePhrases(text, detectOptionsFor(lang, context)).find(
      (candidate) =>
        !quiet?.has(dismissKey(candidate)) &&
        !isSnoozed(snoozed, candidate.phrase, now) &&
        !isInsideWritten(target, text, candidate),
    );
    if (!match) {
      hideCard();
      return;
    }
    const original = text.slice(match.start, match.end);
    const same =
      suggestion?.box === target &&
      suggestion.original === original &&
      suggestion.match.start === match.start &&
      suggestion.context.conversation === context.conversation;
    if (same && card?.visible) return; // Same card as before: nothing to redo while the person keeps typing elsewhere.
    if (same && suggestion?.status.kind === 'failed') return; // The failure note stays until the text changes.
    // A card already showing for this phrase keeps the choices made on it.
    const kept = suggestion?.box === target && suggestion.original === original ? suggestion : null;
    const fresh: Suggestion = {
      box: target,
      match,
      original,
      context,
      mode: adapter.modeFor(match.kind, context),
      lang,
      before: text.slice(0, match.start),
      activityId: kept?.activityId ?? null,
      excluded: kept?.excluded ?? null,
      plan: undefined as unknown as Plan,
      invite: null,
      status: { kind: 'ready' },
      theme: pageTheme(target),
    };
    replan(fresh);
    suggestion = fresh;
    await getCard();
    if (box === target && suggestion?.box === target) render();
  };

  /** When the person last changed the box: editors that group quick edits for undo need it. */
  let lastInputAt: number | undefined;
  const schedulePause = () => {
    lastInputAt = performance.now();
    window.clearTimeout(pauseTimer);
    pauseTimer = window.setTimeout(() => void evaluate().catch(reportOnce), TYPING_PAUSE_MS);
  };

  async function accept() {
    const current = suggestion;
    if (!current || current.invite === null || current.status.kind === 'writing') return;
    const { box: target, original, invite } = current;
    // A conversation switched under the card: never write into the wrong one.
    if (!target.isConnected || adapter.describe(target).conversation !== current.context.conversation) {
      hideCard();
      return;
    }
    const writer = writerFor(target, adapter.editorKind(target));
    // The text may have changed since the card appeared: find the phrase again before writing.
    const text = writer.readText(target);
    let start = current.match.start;
    if (text.slice(start, start + original.length) !== original) {
      const again = detectVaguePhrases(text, detectOptionsFor(current.lang, current.context)).find((match) => text.slice(match.start, match.end) === original);
      if (!again) {
        hideCard();
        return;
      }
      start = again.start;
    }
    current.status = { kind: 'writing' };
    render();
    caretBeforeCard = null;
    const outcome = await replaceInBox(target, start, original, invite, { lastInputAt, editor: adapter.editorKind(target) });
    if (outcome.ok) {
      // Where an editor took the invite on one line (Draft.js in Firefox), that is the text in the box.
      const text = outcome.written ?? invite;
      const placeholder = placeholderIn(text, invite, current.plan.placeholder);
      // The words around the placeholder are Someday's; what the person types over it is theirs.
      const pieces = placeholder ? [text.slice(0, placeholder.start), text.slice(placeholder.end)] : [text];
      written.set(target, [...(written.get(target) ?? []), ...pieces.filter((piece) => piece.trim() !== '')]);
      if (suggestion === current) hideCard();
      if (placeholder && target.isConnected) {
        // Business invites: the placeholder is selected so typing replaces it.
        const insertedAt = outcome.caret - text.length;
        writer.selectRange(target, insertedAt + placeholder.start, insertedAt + placeholder.end);
      }
      void logSent(current.context, current.mode, current.plan).catch(reportOnce);
      return;
    }
    if (outcome.reason === 'gone') {
      hideCard();
      return;
    }
    const copied = await navigator.clipboard.writeText(invite).then(
      () => true,
      () => false,
    );
    current.status = { kind: 'failed', copied };
    if (suggestion === current) render();
  }

  function dismiss() {
    const current = suggestion;
    if (!current) return;
    const quiet = dismissed.get(current.box) ?? new Set<string>();
    quiet.add(dismissKey(current.match));
    dismissed.set(current.box, quiet);
    closeAndReturnCaret(current);
  }

  /** Hides the card; if focus had moved into it (or anywhere else), the caret goes back where it was. */
  function closeAndReturnCaret(current: Suggestion) {
    const writer = writerFor(current.box, adapter.editorKind(current.box));
    const inCard = card?.focused ?? false;
    const caret = writer.caretOffset(current.box);
    hideCard();
    if (inCard || caret === null) returnCaret(current);
  }

  async function snoozeCard(choice: SnoozeChoice) {
    const current = suggestion;
    if (!current) return;
    closeAndReturnCaret(current);
    if (choice === 'site') {
      const value = settings.getState().value;
      if (site && !value.disabledSites.includes(site)) {
        await settings.getState().save({ ...value, disabledSites: [...value.disabledSites, site] });
      }
    } else if (choice === 'hour') {
      await snooze.getState().save(snoozeForAnHour(snooze.getState().value, Date.now()));
    } else {
      await snooze.getState().save(snoozePhrase(snooze.getState().value, current.match.phrase));
    }
  }

  function detach() {
    window.clearTimeout(pauseTimer);
    boxListeners?.abort();
    boxListeners = null;
    box = null;
    hideCard();
  }

  function attach(target: MessageBox) {
    detach();
    box = target;
    boxListeners = new AbortController();
    const { signal } = boxListeners;
    const element: HTMLElement = target;
    element.addEventListener('input', schedulePause, { signal });
    // Editors that make their own DOM changes (Lexical on delete, paste and undo) fire no input event:
    // watch the focused box itself, and nothing else on the page.
    if (!(target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement)) {
      const observer = new MutationObserver(schedulePause);
      observer.observe(target, { characterData: true, childList: true, subtree: true });
      signal.addEventListener('abort', () => observer.disconnect());
    }
    element.addEventListener(
      'focusout',
      (event: FocusEvent) => {
        if (card?.contains(event.relatedTarget as Node | null)) return;
        // Editors sometimes blur and refocus while they re-render; look again once they have settled.
        window.setTimeout(() => {
          if (box === target && !isFocused(target)) detach();
        }, 0);
      },
      { signal },
    );
    schedulePause();
  }

  const onFocusIn = (event: FocusEvent) => {
    const origin = event.composedPath()[0];
    const target = origin instanceof Element ? adapter.findBox(origin) : null;
    if (!target || target === box) return;
    if (card?.contains(event.target as Node | null)) return;
    attach(target);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const current = suggestion;
    // Only the person accepts or dismisses: a keydown the page made up (isTrusted false) is not theirs.
    if (!event.isTrusted || !current || !card?.visible || event.isComposing) return;
    if (!(event.target instanceof Node) || !(current.box === event.target || current.box.contains(event.target))) return;
    const plain = !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey;
    if (
      event.key === FOCUS_KEY.key &&
      event.altKey === FOCUS_KEY.altKey &&
      !event.shiftKey &&
      !event.ctrlKey &&
      !event.metaKey
    ) {
      const caret = writerFor(current.box, adapter.editorKind(current.box)).caretOffset(current.box);
      if (card.focus()) {
        event.preventDefault();
        event.stopImmediatePropagation();
        caretBeforeCard = caret;
      }
    } else if (event.key === 'Tab' && plain && current.invite !== null) {
      event.preventDefault();
      event.stopImmediatePropagation();
      void accept().catch(reportOnce);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopImmediatePropagation();
      dismiss();
    }
    // Enter is never taken: it still sends the message.
  };

  // Focus leaving the card for somewhere other than the box: the person moved on, the card goes.
  const onFocusOut = (event: FocusEvent) => {
    if (!card?.contains(event.target as Node | null)) return;
    const next = event.relatedTarget as Node | null;
    if (card.contains(next) || (box && next && (box === next || box.contains(next)))) return;
    window.setTimeout(() => {
      if (box && !card?.focused && !isFocused(box) && suggestion?.status.kind !== 'writing') {
        caretBeforeCard = null;
        detach();
      }
    }, 0);
  };

  const listenerOptions = { capture: true, signal: ctx.signal };
  document.addEventListener('focusin', onFocusIn, listenerOptions);
  document.addEventListener('focusout', onFocusOut, listenerOptions);
  window.addEventListener('keydown', onKeyDown, listenerOptions);
  ctx.onInvalidated(detach);

  // A change of availability or switches updates an open card with no reload.
  const refresh = () => {
    if (!box) return;
    suggestion = null;
    void evaluate().catch(reportOnce);
  };
  for (const store of [settings, availability, calendars, wording, snooze, inviteLog, followUps]) store.subscribe(refresh);

  /** The invite log keeps who, where, when and which times; never the message. */
  function logSent(context: BoxContext, mode: Suggestion['mode'], plan: Plan): Promise<void> {
    return logAcceptedInvite({
      id: newInviteId(),
      sentAt: new Date(),
      site,
      conversationUrl: location.href,
      recipient: context.recipient,
      mode,
      activity: plan.activity.id,
      offered: plan.slots,
    });
  }

  /**
   * "Insert my free times" (keyboard command, context menu): an invite at the caret of the focused
   * box, written like an accepted card (an insert is a replacement of the empty range at the caret).
   */
  async function insertAtCaret(): Promise<InsertResult> {
    const active = deepActiveElement();
    const target = active ? adapter.findBox(active) : null;
    if (!target) return { ok: false, reason: 'no-box' };
    await Promise.all(stores.map((store) => store.ready));
    const writer = writerFor(target, adapter.editorKind(target));
    const text = writer.readText(target);
    const caret = writer.caretOffset(target) ?? text.length;
    const context = adapter.describe(target);
    const mode = adapter.modeFor('social', context);
    const lang = text.trim() === '' ? navigator.language : detectLanguage(text);
    const plan = planFor({ mode, lang, context, activityId: null, excluded: null });
    if (plan.invite === null) return { ok: false, reason: 'no-times' };
    const before = text.slice(0, caret);
    const spacer = before !== '' && !/\s$/.test(before) ? ' ' : '';
    const invite = spacer + fitInviteToContext(plan.invite, before);
    const outcome = await replaceInBox(target, caret, '', invite, { editor: adapter.editorKind(target) });
    if (!outcome.ok) return { ok: false, reason: 'rejected' };
    const took = outcome.written ?? invite;
    const inInvite = plan.placeholder && { start: spacer.length + plan.placeholder.start, end: spacer.length + plan.placeholder.end };
    const placeholder = placeholderIn(took, invite, inInvite);
    const pieces = placeholder ? [took.slice(0, placeholder.start), took.slice(placeholder.end)] : [took];
    written.set(target, [...(written.get(target) ?? []), ...pieces.filter((piece) => piece.trim() !== '')]);
    if (placeholder && target.isConnected) {
      const insertedAt = outcome.caret - took.length;
      writer.selectRange(target, insertedAt + placeholder.start, insertedAt + placeholder.end);
    }
    await logSent(context, mode, plan);
    return { ok: true };
  }
  provideInsert(insertAtCaret);

  // The box may already have focus when Someday starts (a page that autofocuses its composer).
  const active = deepActiveElement();
  const focused = active ? adapter.findBox(active) : null;
  if (focused) attach(focused);
}

/** A dismissed wish stays dismissed while the person edits around it (adds a "!", fixes a typo nearby). */
function dismissKey(match: VagueMatch): string {
  return `${match.kind}:${match.phrase.toLowerCase()}`;
}

function isFocused(target: MessageBox): boolean {
  const active = deepActiveElement();
  return active !== null && (active === target || target.contains(active));
}

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

let reported = false;
function reportOnce(error: unknown) {
  if (reported) return;
  reported = true;
  console.warn('[Someday] Something went wrong; your text was left as it was.', error);
}

/** The invite's placeholder within the text the editor took (the invite itself, or it on one line). */
function placeholderIn(text: string, invite: string, placeholder: { start: number; end: number } | null | undefined) {
  if (!placeholder || text === invite) return placeholder ?? null;
  const at = text.indexOf(invite.slice(placeholder.start, placeholder.end));
  return at < 0 ? null : { start: at, end: at + placeholder.end - placeholder.start };
}
