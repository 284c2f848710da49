/**
 * Follows focus across the page: the box that gets focus gets a session (session.ts), the previous
 * box's session ends. One focusin listener on the document is all Someday keeps outside a session.
 */
import { acceptFeature } from './features/accept';
import { choicesFeature } from './features/choices';
import { dismissFeature } from './features/dismiss';
import { keyboardFeature } from './features/keyboard';
import { nearbyFeature } from './features/nearby';
import { snoozeFeature } from './features/snooze';
import { createBoxSession, deepActiveElement } from './session';
import type { BoxMemory, CardFeature, Session, SuggestionsEnv } from './types';

/** Every feature of the card, started for each box. */
export const CARD_FEATURES: readonly CardFeature[] = [acceptFeature, dismissFeature, keyboardFeature, snoozeFeature, nearbyFeature, choicesFeature];

export interface Watcher {
  /** The session of the focused box, if any. */
  session(): Session | null;
  readonly memory: BoxMemory;
}

export function watchBoxes(env: SuggestionsEnv, signal: AbortSignal, features: readonly CardFeature[] = CARD_FEATURES): Watcher {
  const memory: BoxMemory = { dismissed: new WeakMap(), written: new WeakMap() };
  let current: Session | null = null;

  const attach = (box: HTMLElement) => {
    current?.destroy();
    current = createBoxSession(box, {
      env,
      memory,
      features,
      onEnd: (ended) => {
        if (current === ended) current = null;
      },
    });
  };

  const onFocusIn = (event: FocusEvent) => {
    const origin = event.composedPath()[0];
    const box = origin instanceof Element ? env.adapter.findBox(origin) : null;
    if (!box || box === current?.box) return;
    if (env.loadedCardUi()?.contains(event.target as Node | null)) return;
    attach(box);
  };
  document.addEventListener('focusin', onFocusIn, { capture: true, signal });
  signal.addEventListener('abort', () => current?.destroy());

  // The box may already have focus when Someday starts (the focus that loaded it, or an autofocused composer).
  const active = deepActiveElement();
  const focused = active ? env.adapter.findBox(active) : null;
  if (focused && !signal.aborted) attach(focused);

  return { session: () => current, memory };
}
