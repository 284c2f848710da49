/**
 * Accept: the invite replaces the wish through the editor's own input path (so its model and undo
 * history agree), the words Someday wrote are remembered so they never make a card of their own, a
 * business invite's placeholder is selected for the person to type over, and the invite is logged.
 * A box that does not take the invite keeps the person's text; the invite goes to the clipboard.
 */
import { placeholderWithin } from '../../../page/editors';
import { detectOptionsFor } from '../detect-options';
import { writerOf } from '../session';
import type { CardFeature, Session, Suggestion } from '../types';

/** Remembers the words Someday wrote into a box; what the person types over a placeholder is theirs. */
export function rememberWritten(session: Pick<Session, 'memory'>, box: Suggestion['box'], pieces: string[]): void {
  const { written } = session.memory;
  written.set(box, [...(written.get(box) ?? []), ...pieces.filter((piece) => piece.trim() !== '')]);
}

export async function acceptSuggestion(session: Session): Promise<void> {
  const current = session.current();
  const invite = current?.card.invite ?? null;
  if (!current || invite === null || current.status.kind === 'writing') return;
  const { env } = session;
  const { box, original } = current;
  // A conversation switched under the card: never write into the wrong one.
  if (!box.isConnected || env.adapter.describe(box).conversation !== current.context.conversation) {
    session.hideCard();
    return;
  }
  const writer = writerOf(env, box);
  // The text may have changed since the card appeared: find the phrase again before writing.
  const text = writer.readText(box);
  let start = current.match.start;
  if (text.slice(start, start + original.length) !== original) {
    const found = await env.detector.detectVaguePhrases(text, detectOptionsFor(current.choices.lang, current.context));
    const again = found.find((match) => text.slice(match.start, match.end) === original);
    if (!again || session.current() !== current) {
      if (session.current() === current) session.hideCard();
      return;
    }
    start = again.start;
  }
  current.status = { kind: 'writing' };
  session.render(current);
  session.rememberCaret(null);
  const outcome = await env.replaceInBox(box, start, original, invite, { lastInputAt: session.lastInputAt(), editor: env.adapter.editorKind(box) });
  if (outcome.ok) {
    // Where an editor took the invite on one line (Draft.js in Firefox), that is the text in the box.
    const written = outcome.written ?? invite;
    const placeholder = placeholderWithin(written, invite, current.card.placeholder);
    rememberWritten(session, box, placeholder ? [written.slice(0, placeholder.start), written.slice(placeholder.end)] : [written]);
    if (session.current() === current) session.hideCard();
    if (placeholder && box.isConnected) {
      // Business invites: the placeholder is selected so typing replaces it.
      const insertedAt = outcome.caret - written.length;
      writer.selectRange(box, insertedAt + placeholder.start, insertedAt + placeholder.end);
    }
    void env.service.logSent({ context: current.context, mode: current.choices.mode, card: current.card }).catch(env.report);
    return;
  }
  if (outcome.reason === 'gone') {
    if (session.current() === current) session.hideCard();
    return;
  }
  const copied = await env.copyToClipboard(invite);
  current.status = { kind: 'failed', copied };
  session.render(current);
}

export const acceptFeature: CardFeature = (session) => {
  const accept = () => void acceptSuggestion(session).catch(session.env.report);
  session.actions.accept = accept;
  return { onAccept: accept };
};
