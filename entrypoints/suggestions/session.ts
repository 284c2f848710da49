/**
 * One focused message box, from focus to blur: its listeners, its observer, its typing-pause timer and
 * its card, all ended by one `destroy()`. On a pause in typing it reads the box; a vague wish asks the
 * background's planner for a card (extension/card-service.ts) and brings the card's UI if idle time has not
 * loaded it yet. The card's features (accept, dismiss, keyboard, snooze, nearby, choices) are started
 * with the session's signal, each in its own file.
 */
import type { CardProps } from './card-ui';
import type { VagueMatch } from '../../core/detect';
import type { MessageBox } from '../../page/message-box';
import type { EditorWriter } from '../../page/editors';
import type { CardChoices, PlannedCard } from '../../extension/card-service';
import { detectOptionsFor } from './detect-options';
import type { BoxMemory, CardFeature, CardHandlers, Session, SessionActions, Suggestion, SuggestionsEnv } from './types';

export interface SessionOptions {
  env: SuggestionsEnv;
  memory: BoxMemory;
  features: readonly CardFeature[];
  /** Called once the session has ended, whatever ended it. */
  onEnd: (session: Session) => void;
}

/** The key that moves focus from the box into the card, shown to the person on the card. */
export const FOCUS_KEY = { key: 'ArrowDown', altKey: true, label: 'Alt+↓' } as const;

/** A dismissed wish stays dismissed while the person edits around it (adds a "!", fixes a typo nearby). */
export function dismissKey(match: VagueMatch): string {
  return `${match.kind}:${match.phrase.toLowerCase()}`;
}

export function deepActiveElement(doc: Document = document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The writer of a box's editor, as its site adapter declares the editor. */
export function writerOf(env: Pick<SuggestionsEnv, 'adapter' | 'writerFor'>, box: MessageBox): EditorWriter {
  return env.writerFor(box, env.adapter.editorKind(box));
}

export function isFocused(target: MessageBox): boolean {
  const active = deepActiveElement(target.ownerDocument);
  return active !== null && (active === target || target.contains(active));
}

/** Whether `match` lies in an invite Someday wrote into the box. */
function isInsideWritten(written: readonly string[], text: string, match: VagueMatch): boolean {
  return written.some((invite) => {
    for (let at = text.indexOf(invite); at !== -1; at = text.indexOf(invite, at + 1)) {
      if (match.start < at + invite.length && match.end > at) return true;
    }
    return false;
  });
}

export function createBoxSession(box: MessageBox, { env, memory, features, onEnd }: SessionOptions): Session {
  const controller = new AbortController();
  const { signal } = controller;
  const view = box.ownerDocument.defaultView ?? window;
  let suggestion: Suggestion | null = null;
  let ended = false;
  let caretBeforeCard: number | null = null;
  let lastInputAt: number | undefined;
  /** Bumped on every read of the box, so a slower earlier read never shows a card over a newer one. */
  let generation = 0;

  // The typing pause: one timer per pause, not one per key. Each input moves the deadline; the timer,
  // when it fires early, sleeps the rest.
  let deadline = 0;
  let timer: number | undefined;
  const onTimer = () => {
    timer = undefined;
    const left = deadline - performance.now();
    if (left > 1) {
      timer = view.setTimeout(onTimer, left);
      return;
    }
    void evaluate().catch(env.report);
  };
  const schedulePause = () => {
    lastInputAt = performance.now();
    deadline = lastInputAt + env.pauseMs;
    if (timer === undefined) timer = view.setTimeout(onTimer, env.pauseMs);
  };

  const ui = () => env.loadedCardUi();
  const cardVisible = () => (suggestion !== null && ui()?.visible) ?? false;

  const hideCard = () => {
    suggestion = null;
    ui()?.hide();
  };

  const destroy = () => {
    if (ended) return;
    ended = true;
    controller.abort();
    if (timer !== undefined) view.clearTimeout(timer);
    timer = undefined;
    hideCard();
    onEnd(session);
  };

  const handlers: Partial<CardHandlers> = {};
  const actions: SessionActions = {};
  const onAnchorGone = () => destroy();

  /** The card's props: handlers from the features (the same each time), values from the suggestion. */
  const propsOf = ({ match, context, card, status, theme }: Suggestion): CardProps => ({
    onAccept: () => undefined,
    onDismiss: () => undefined,
    onOpenOptions: () => undefined,
    ...handlers,
    note: card.note,
    onAnchorGone,
    phrase: match.phrase,
    recipient: context.recipient,
    invite: card.invite,
    status,
    activities: card.activities,
    activityId: card.activityId,
    times: card.times,
    nearby: card.nearby,
    placeholderHint: card.placeholder !== null,
    focusKeyLabel: FOCUS_KEY.label,
    theme,
  });

  const render = (current: Suggestion) => {
    const loaded = ui();
    if (ended || suggestion !== current || !loaded) return;
    loaded.show(current.box, propsOf(current));
  };

  /** Read afresh: the status may have changed while a plan was on its way. */
  const isWriting = (current: Suggestion) => current.status.kind === 'writing';
  const statusOf = (card: PlannedCard): Suggestion['status'] =>
    card.invite === null ? { kind: 'no-times', days: card.searchedDays } : { kind: 'ready' };

  const change = async (current: Suggestion, apply: (choices: CardChoices) => CardChoices, preview?: (card: PlannedCard) => PlannedCard) => {
    if (ended || suggestion !== current || current.status.kind === 'writing') return;
    const choices = apply(current.choices);
    current.choices = choices;
    // The choice shows at once (the next arrow key starts from it); the invite follows with the plan.
    const shown = current.card;
    const excluded = new Set(choices.excluded ?? shown.excluded);
    current.card = (preview ?? ((card) => card))({
      ...shown,
      activityId: choices.activityId ?? shown.activityId,
      times: shown.times.map((time) => (time.offered === !excluded.has(time.id) ? time : { ...time, offered: !excluded.has(time.id) })),
    });
    render(current);
    const card = await env.service.plan(choices);
    // Another change may have come in meanwhile: only the latest one's plan is shown.
    if (ended || suggestion !== current || current.choices !== choices || isWriting(current)) return;
    current.card = card;
    current.status = statusOf(card);
    render(current);
  };

  const returnCaret = () => {
    const caret = caretBeforeCard;
    caretBeforeCard = null;
    if (!box.isConnected) return;
    const writer = writerOf(env, box);
    box.focus({ preventScroll: true });
    if (caret !== null) writer.placeCaret(box, Math.min(caret, writer.readText(box).length));
  };

  const closeAndReturnCaret = (current: Suggestion) => {
    const inCard = ui()?.focused ?? false;
    const caret = writerOf(env, current.box).caretOffset(current.box);
    if (suggestion === current) hideCard();
    if (inCard || caret === null) returnCaret();
  };

  async function evaluate(): Promise<void> {
    if (ended) return;
    const read = ++generation;
    if (!box.isConnected) {
      destroy();
      return;
    }
    const text = writerOf(env, box).readText(box);
    const quiet = memory.dismissed.get(box);
    const written = memory.written.get(box) ?? [];
    const lang = env.detector.detectLanguage(text);
    // Where the text goes (a direct message, a reply, a post) comes from the site adapter.
    const context = env.adapter.describe(box);
    const found = (await env.detector.detectVaguePhrases(text, detectOptionsFor(lang, context))).filter(
      (candidate) => !quiet?.has(dismissKey(candidate)) && !isInsideWritten(written, text, candidate),
    );
    if (ended || read !== generation) return;
    if (found.length === 0) {
      hideCard();
      return;
    }
    const first = found[0]!;
    // A card already showing for the first wish keeps the choices made on it.
    const kept = suggestion?.original === text.slice(first.start, first.end) ? suggestion : null;
    // Asked at each pause, even for the card already showing: stored changes (times, switches,
    // calendars) reach it as the person types, and the page keeps no copy of what is stored.
    const [answer, loadedUi] = await Promise.all([
      env.service.cardFor(
        found.map((candidate) => ({ phrase: candidate.phrase, mode: env.adapter.modeFor(candidate.kind, context) })),
        {
          lang,
          recipient: context.recipient,
          conversation: context.conversation,
          activityId: kept?.choices.activityId ?? null,
          excluded: kept?.choices.excluded ?? null,
          before: text.slice(0, first.start),
        },
      ),
      env.cardUi(),
    ]);
    if (ended || read !== generation) return;
    if (!answer) {
      hideCard();
      return;
    }
    const match = found[answer.index]!;
    const original = text.slice(match.start, match.end);
    const same =
      suggestion !== null &&
      suggestion.original === original &&
      suggestion.match.start === match.start &&
      suggestion.context.conversation === context.conversation;
    // The failure note stays until the text changes; a card being written is left alone.
    if (same && (suggestion?.status.kind === 'failed' || suggestion?.status.kind === 'writing')) return;
    const keep = suggestion?.original === original ? suggestion : null;
    const choices: CardChoices = {
      mode: env.adapter.modeFor(match.kind, context),
      lang,
      recipient: context.recipient,
      conversation: context.conversation,
      activityId: keep?.choices.activityId ?? null,
      excluded: keep?.choices.excluded ?? null,
      before: text.slice(0, match.start),
    };
    // A later wish than the first (the first one snoozed): its plan is made for its own place in the text.
    const card = answer.index === 0 ? answer.card : await env.service.plan(choices);
    if (ended || read !== generation || !loadedUi) return;
    const fresh: Suggestion = { box, match, original, context, choices, card, status: statusOf(card), theme: env.themeOf(box) };
    suggestion = fresh;
    render(fresh);
  }

  const session: Session = {
    box,
    env,
    memory,
    current: () => suggestion,
    ui,
    cardVisible,
    change,
    render,
    hideCard,
    closeAndReturnCaret,
    returnCaret,
    rememberCaret: (offset) => (caretBeforeCard = offset),
    lastInputAt: () => lastInputAt,
    destroy,
    actions,
  };

  const element: HTMLElement = box;
  element.addEventListener('input', schedulePause, { signal });
  // Editors that make their own DOM changes (Lexical on delete, paste and undo) fire no input event:
  // watch the focused box itself, and nothing else on the page.
  if (!(box instanceof view.HTMLTextAreaElement || box instanceof view.HTMLInputElement)) {
    const observer = new view.MutationObserver(schedulePause);
    observer.observe(box, { characterData: true, childList: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect());
  }
  const inCard = (node: Node | null) => ui()?.contains(node) ?? false;
  element.addEventListener(
    'focusout',
    (event: FocusEvent) => {
      if (inCard(event.relatedTarget as Node | null)) return;
      // Editors sometimes blur and refocus while they re-render; look again once they have settled.
      view.setTimeout(() => {
        if (!ended && !isFocused(box)) destroy();
      }, 0);
    },
    { signal },
  );
  // Focus leaving the card for somewhere other than the box: the person moved on, the card goes.
  box.ownerDocument.addEventListener(
    'focusout',
    (event: FocusEvent) => {
      if (!inCard(event.target as Node | null)) return;
      const next = event.relatedTarget as Node | null;
      if (inCard(next) || (next && (box === next || box.contains(next)))) return;
      view.setTimeout(() => {
        if (!ended && !ui()?.focused && !isFocused(box) && suggestion?.status.kind !== 'writing') {
          caretBeforeCard = null;
          destroy();
        }
      }, 0);
    },
    { capture: true, signal },
  );

  // A broken feature costs only itself, never the card or the other features.
  for (const feature of features) {
    try {
      Object.assign(handlers, feature(session, signal) ?? {});
    } catch (error) {
      env.report(error);
    }
  }

  env.preload(box);
  schedulePause();
  return session;
}
