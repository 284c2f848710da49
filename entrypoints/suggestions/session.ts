/**
 * One focused message box, from focus to blur: its listeners, its observer, its typing-pause timer and
 * its card, all ended by one `destroy()`. On a pause in typing it reads the box; a vague wish brings
 * the card stage (if it has not loaded yet), a plan and the card. The card's features (accept, dismiss,
 * keyboard, snooze, nearby, choices) are started with the session's signal, each in its own file.
 */
import type { CardProps } from './card-ui';
import type { VagueMatch } from '../../utils/detect';
import type { MessageBox } from '../../utils/composer';
import type { BoxMemory, CardFeature, CardHandlers, CardStage, Session, SessionActions, Suggestion, SuggestionsEnv } from './types';

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

  const stage = () => env.loadedCardStage();
  const cardVisible = () => (suggestion !== null && stage()?.ui.visible) ?? false;

  const hideCard = () => {
    suggestion = null;
    stage()?.ui.hide();
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

  /** The card's props: handlers from the features, values from the suggestion (unchanged ones keep their identity). */
  const propsOf = (current: Suggestion): CardProps => ({
    onAccept: () => undefined,
    onDismiss: () => undefined,
    onOpenOptions: () => undefined,
    ...handlers,
    onAnchorGone,
    phrase: current.match.phrase,
    recipient: current.context.recipient,
    invite: current.invite,
    status: current.status,
    activities: current.activities,
    activityId: current.plan.activity.id,
    times: current.times,
    nearby: current.nearby,
    placeholderHint: current.plan.placeholder !== null,
    focusKeyLabel: FOCUS_KEY.label,
    theme: current.theme,
  });
  const onAnchorGone = () => destroy();

  const render = (current: Suggestion) => {
    const loaded = stage();
    if (ended || suggestion !== current || !loaded) return;
    loaded.ui.show(current.box, propsOf(current));
  };

  /** Works the plan out again after a change on the card; the preview and chips follow. */
  const replan = (current: Suggestion, loaded: CardStage) => {
    current.plan = loaded.plan(current);
    current.invite = current.plan.invite === null ? null : loaded.fitInvite(current.plan.invite, current.before);
    current.times = loaded.timesOf(current.plan, current.excluded);
    current.nearby = current.mode === 'business' ? loaded.isNearby(current.context.conversation) : null;
    current.status = current.invite === null ? { kind: 'no-times' } : { kind: 'ready' };
  };

  const change = (current: Suggestion, apply: () => void) => {
    const loaded = stage();
    if (ended || !loaded || suggestion !== current || current.status.kind === 'writing') return;
    apply();
    replan(current, loaded);
    render(current);
  };

  const returnCaret = () => {
    const caret = caretBeforeCard;
    caretBeforeCard = null;
    if (!box.isConnected) return;
    const writer = env.writerFor(box);
    box.focus({ preventScroll: true });
    if (caret !== null) writer.placeCaret(box, Math.min(caret, writer.readText(box).length));
  };

  const closeAndReturnCaret = (current: Suggestion) => {
    const inCard = stage()?.ui.focused ?? false;
    const caret = env.writerFor(current.box).caretOffset(current.box);
    if (suggestion === current) hideCard();
    if (inCard || caret === null) returnCaret();
  };

  // A change of availability or switches updates an open card with no reload. Followed from the
  // moment the session has the card stage: before that, nothing stored has been read.
  let following = false;
  function follow(loaded: CardStage) {
    if (ended || following) return;
    following = true;
    const unsubscribe = loaded.subscribe(() => {
      suggestion = null;
      void evaluate().catch(env.report);
    });
    signal.addEventListener('abort', unsubscribe);
  }

  async function evaluate(): Promise<void> {
    if (ended) return;
    const read = ++generation;
    if (!box.isConnected) {
      destroy();
      return;
    }
    const text = env.writerFor(box).readText(box);
    const quiet = memory.dismissed.get(box);
    const written = memory.written.get(box) ?? [];
    const found = (await env.detector.detectVaguePhrases(text)).filter(
      (candidate) => !quiet?.has(dismissKey(candidate)) && !isInsideWritten(written, text, candidate),
    );
    if (ended || read !== generation) return;
    if (found.length === 0) {
      hideCard();
      return;
    }
    // Something to show: the card stage comes now if idle time has not brought it yet.
    const loaded = await env.cardStage();
    await loaded.ready;
    if (ended || read !== generation) return;
    follow(loaded);
    const now = Date.now();
    const match = loaded.enabled() ? found.find((candidate) => !loaded.isSnoozed(candidate.phrase, now)) : undefined;
    if (!match) {
      hideCard();
      return;
    }
    const original = text.slice(match.start, match.end);
    const context = env.adapter.describe(box);
    const same =
      suggestion !== null &&
      suggestion.original === original &&
      suggestion.match.start === match.start &&
      suggestion.context.conversation === context.conversation;
    if (same && loaded.ui.visible) return; // Same card as before: nothing to redo while the person keeps typing elsewhere.
    if (same && suggestion?.status.kind === 'failed') return; // The failure note stays until the text changes.
    // A card already showing for this phrase keeps the choices made on it.
    const kept = suggestion?.original === original ? suggestion : null;
    const mode = env.adapter.modeFor(match.kind, context);
    const lang = env.detector.detectLanguage(text);
    const fresh: Suggestion = {
      box,
      match,
      original,
      context,
      mode,
      lang,
      before: text.slice(0, match.start),
      activityId: kept?.activityId ?? null,
      excluded: kept?.excluded ?? [],
      plan: undefined as unknown as Suggestion['plan'],
      invite: null,
      times: [],
      activities: mode === 'social' ? loaded.activitiesFor(lang) : [],
      nearby: null,
      status: { kind: 'ready' },
      theme: env.themeOf(box),
    };
    replan(fresh, loaded);
    suggestion = fresh;
    render(fresh);
  }

  const session: Session = {
    box,
    env,
    memory,
    current: () => suggestion,
    stage,
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
  const inCard = (node: Node | null) => stage()?.ui.contains(node) ?? false;
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
        if (!ended && !stage()?.ui.focused && !isFocused(box) && suggestion?.status.kind !== 'writing') {
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

  const loaded = stage();
  if (loaded) follow(loaded);
  env.preload(box);
  schedulePause();
  return session;
}
