/**
 * Dismiss ("Not now", Escape): the card goes and the wish stays quiet in this box until the text says
 * something new; the caret is where the person left it.
 */
import { dismissKey } from '../session';
import type { CardFeature, Session } from '../types';

export function dismissSuggestion(session: Session): void {
  const current = session.current();
  if (!current) return;
  const { dismissed } = session.memory;
  const quiet = dismissed.get(current.box) ?? new Set<string>();
  quiet.add(dismissKey(current.match));
  dismissed.set(current.box, quiet);
  session.closeAndReturnCaret(current);
}

export const dismissFeature: CardFeature = (session) => {
  const dismiss = () => dismissSuggestion(session);
  session.actions.dismiss = dismiss;
  return { onDismiss: dismiss, onReturn: () => session.returnCaret(), onOpenOptions: () => session.env.service.openOptions() };
};
