/**
 * The card from the keyboard, with the caret in the box: Tab accepts, Escape dismisses, Alt+↓ moves
 * focus into the card. Enter is never taken: it still sends the message. Only the person's own keys
 * count; a keydown the page made up does nothing.
 */
import { FOCUS_KEY, writerOf } from '../session';
import type { CardFeature } from '../types';

export const keyboardFeature: CardFeature = (session, signal) => {
  const { box, env } = session;
  const onKeyDown = (event: KeyboardEvent) => {
    const current = session.current();
    if (!env.isPersonEvent(event) || !current || !session.cardVisible() || event.isComposing) return;
    const target = event.target;
    if (!(target instanceof Node) || !(box === target || box.contains(target))) return;
    const modified = event.shiftKey || event.ctrlKey || event.altKey || event.metaKey;
    if (event.key === FOCUS_KEY.key && event.altKey && !event.shiftKey && !event.ctrlKey && !event.metaKey) {
      const caret = writerOf(env, box).caretOffset(box);
      if (session.ui()?.focus()) {
        event.preventDefault();
        event.stopImmediatePropagation();
        session.rememberCaret(caret);
      }
    } else if (event.key === 'Tab' && !modified && current.card.invite !== null) {
      event.preventDefault();
      event.stopImmediatePropagation();
      session.actions.accept?.();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopImmediatePropagation();
      session.actions.dismiss?.();
    }
  };
  // Capture on the window: before the editor's own handlers, which would move focus on Tab.
  const view = box.ownerDocument.defaultView ?? window;
  view.addEventListener('keydown', onKeyDown, { capture: true, signal });
};
