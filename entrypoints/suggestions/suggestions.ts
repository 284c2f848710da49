/**
 * The person's path in a message box: focus a box, type, pause; a vague wish shows the card;
 * Tab or the card's button writes the invite in, Escape or the card's button lets it be.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardStatus } from '../../components/SuggestionCard';
import type { MessageBox } from '../../utils/composer';
import { detectVaguePhrases, type VagueMatch } from '../../utils/detect';
import { replaceInBox, writerFor } from '../../utils/editors';
import { fitInviteToContext } from '../../utils/invite';
import { sendMessage } from '../../utils/messages';
import { planInvite } from '../../utils/plan';
import { adapterForHostname, type BoxContext } from '../../utils/sites';
import { isSiteEnabled } from '../../utils/storage';
import { busyFromCalendars, createAvailabilityStore, createCalendarsStore, createSettingsStore } from '../../utils/stores';
import { TYPING_PAUSE_MS } from '../../utils/typing';
import type { CardUi } from './card-ui';


interface Suggestion {
  box: MessageBox;
  match: VagueMatch;
  /** `text.slice(match.start, match.end)` when the card was made: what accept replaces. */
  original: string;
  context: BoxContext;
  invite: string | null;
  status: CardStatus;
}

export function startSuggestions(ctx: ContentScriptContext, loadCard: () => Promise<CardUi>): void {
  const adapter = adapterForHostname(location.hostname);
  const site = adapter.site;
  const settings = createSettingsStore();
  const availability = createAvailabilityStore();
  const calendars = createCalendarsStore();
  ctx.onInvalidated(() => {
    settings.dispose();
    availability.dispose();
    calendars.dispose();
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
      onAccept: () => void accept(),
      onDismiss: () => dismiss(),
      onOpenOptions: () => void sendMessage({ type: 'open-options' }).catch(() => undefined),
    });
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
    const text = writerFor(target).readText(target);
    const quiet = dismissed.get(target);
    const match = detectVaguePhrases(text).find(
      (candidate) => !quiet?.has(dismissKey(candidate)) && !isInsideWritten(target, text, candidate),
    );
    if (!match) {
      hideCard();
      return;
    }
    const original = text.slice(match.start, match.end);
    const context = adapter.describe(target);
    const same =
      suggestion?.box === target &&
      suggestion.original === original &&
      suggestion.match.start === match.start &&
      suggestion.context.conversation === context.conversation;
    if (same && card?.visible) return; // Same card as before: nothing to redo while the person keeps typing elsewhere.
    if (same && suggestion?.status.kind === 'failed') return; // The failure note stays until the text changes.
    const plan = planInvite({
      mode: adapter.modeFor(match.kind, context),
      availability: availability.getState().value,
      now: new Date(),
      busy: busyFromCalendars(calendars.getState().value),
    });
    const invite = plan.invite === null ? null : fitInviteToContext(plan.invite, text.slice(0, match.start));
    const status: CardStatus = invite === null ? { kind: 'no-times' } : { kind: 'ready' };
    suggestion = { box: target, match, original, context, invite, status };
    await getCard();
    if (box === target && suggestion?.box === target) render();
  };

  const schedulePause = () => {
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
    const writer = writerFor(target);
    // The text may have changed since the card appeared: find the phrase again before writing.
    const text = writer.readText(target);
    let start = current.match.start;
    if (text.slice(start, start + original.length) !== original) {
      const again = detectVaguePhrases(text).find((match) => text.slice(match.start, match.end) === original);
      if (!again) {
        hideCard();
        return;
      }
      start = again.start;
    }
    current.status = { kind: 'writing' };
    render();
    const outcome = await replaceInBox(target, start, original, invite);
    if (outcome.ok) {
      written.set(target, [...(written.get(target) ?? []), invite]);
      if (suggestion === current) hideCard();
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
    const writer = writerFor(current.box);
    const caret = writer.caretOffset(current.box);
    hideCard();
    // The card never takes focus, but if something moved it, the caret goes back where it was.
    if (caret === null && current.box.isConnected) current.box.focus({ preventScroll: true });
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
    if (!current || !card?.visible || event.isComposing) return;
    if (!(event.target instanceof Node) || !(current.box === event.target || current.box.contains(event.target))) return;
    const plain = !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey;
    if (event.key === 'Tab' && plain && current.invite !== null) {
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

  const listenerOptions = { capture: true, signal: ctx.signal };
  document.addEventListener('focusin', onFocusIn, listenerOptions);
  window.addEventListener('keydown', onKeyDown, listenerOptions);
  ctx.onInvalidated(detach);

  // A change of availability or switches updates an open card with no reload.
  const refresh = () => {
    if (!box) return;
    suggestion = null;
    void evaluate().catch(reportOnce);
  };
  settings.subscribe(refresh);
  availability.subscribe(refresh);
  calendars.subscribe(refresh);

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
