/**
 * "Insert my free times" (keyboard command, context menu): an invite at the caret of the focused box,
 * written like an accepted card (an insert is a replacement of the empty range at the caret). Needs no
 * vague phrase and no card on show, so it lives beside the sessions rather than in one.
 */
import { placeholderWithin } from '../../../page/editors';
import { deepActiveElement, writerOf } from '../session';
import type { BoxMemory, InsertResult, SuggestionsEnv } from '../types';
import { rememberWritten } from './accept';

export async function insertAtCaret(env: SuggestionsEnv, memory: BoxMemory, languageOfPage: string): Promise<InsertResult> {
  const active = deepActiveElement();
  const box = active ? env.adapter.findBox(active) : null;
  if (!box) return { ok: false, reason: 'no-box' };
  const writer = writerOf(env, box);
  const text = writer.readText(box);
  const caret = writer.caretOffset(box) ?? text.length;
  const context = env.adapter.describe(box);
  const mode = env.adapter.modeFor('social', context);
  const lang = text.trim() === '' ? languageOfPage : env.detector.detectLanguage(text);
  const before = text.slice(0, caret);
  const card = await env.service.plan({
    mode,
    lang,
    recipient: context.recipient,
    conversation: context.conversation,
    activityId: null,
    excluded: null,
    before,
  });
  if (card.invite === null) return { ok: false, reason: 'no-times' };
  const spacer = before !== '' && !/\s$/.test(before) ? ' ' : '';
  const invite = spacer + card.invite;
  const outcome = await env.replaceInBox(box, caret, '', invite, { editor: env.adapter.editorKind(box) });
  if (!outcome.ok) return { ok: false, reason: 'rejected' };
  // Where an editor took the invite on one line (Draft.js in Firefox), that is the text in the box.
  const written = outcome.written ?? invite;
  const inInvite = card.placeholder && { start: spacer.length + card.placeholder.start, end: spacer.length + card.placeholder.end };
  const placeholder = placeholderWithin(written, invite, inInvite);
  rememberWritten({ memory }, box, placeholder ? [written.slice(0, placeholder.start), written.slice(placeholder.end)] : [written]);
  if (placeholder && box.isConnected) {
    const insertedAt = outcome.caret - written.length;
    writer.selectRange(box, insertedAt + placeholder.start, insertedAt + placeholder.end);
  }
  await env.service.logSent({ context, mode, card });
  return { ok: true };
}

/** Answers "Insert my free times" until `signal` ends; `listen` registers the handler and returns its removal. */
export function startInsertAtCaret(
  env: SuggestionsEnv,
  memory: BoxMemory,
  listen: (insert: () => Promise<InsertResult>) => () => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  const stop = listen(() => insertAtCaret(env, memory, navigator.language));
  signal.addEventListener('abort', stop);
}
