/**
 * Picks the writer for a box and replaces text in it safely: re-reads the box, writes through the
 * editor's own input path, reads back, and leaves the person's text as it was if the write did not take.
 */
import { isTextControl, type MessageBox } from '../composer';
import { draftWriter, lexicalWriter, plainContentEditableWriter, quillWriter } from './contenteditable';
import { normalizeForComparison } from './text-model';
import { textareaWriter } from './textarea';
import type { EditorKind, EditorWriter } from './types';

export type { EditorKind, EditorWriter } from './types';

export function editorKindOf(box: MessageBox): EditorKind {
  if (isTextControl(box)) return 'textarea';
  if (box.closest('[data-lexical-editor="true"]')) return 'lexical';
  if (box.closest('.public-DraftEditor-content, [data-contents="true"]') || box.querySelector('[data-contents="true"]')) {
    return 'draft';
  }
  if (box.classList.contains('ql-editor')) return 'quill';
  return 'contenteditable';
}

const WRITERS: Record<EditorKind, EditorWriter> = {
  lexical: lexicalWriter,
  draft: draftWriter,
  quill: quillWriter,
  contenteditable: plainContentEditableWriter,
  textarea: textareaWriter,
};

export function writerFor(box: MessageBox): EditorWriter {
  return WRITERS[editorKindOf(box)];
}

export type ReplaceOutcome =
  | { ok: true; caret: number }
  /** `gone`: the text to replace changed before the write; nothing was touched. */
  | { ok: false; reason: 'gone' }
  /** `rejected`: the editor did not take the text; the box holds what it held before. */
  | { ok: false; reason: 'rejected' }
  /** `mangled`: the editor took something else and it could not be undone; the box may differ. */
  | { ok: false; reason: 'mangled' };

/**
 * Replaces `original` at `start` with `insert`. `original` is checked first, so a phrase that moved
 * or was edited since the card appeared is never overwritten.
 */
export async function replaceInBox(
  box: MessageBox,
  start: number,
  original: string,
  insert: string,
): Promise<ReplaceOutcome> {
  const writer = writerFor(box);
  const before = writer.readText(box);
  if (before.slice(start, start + original.length) !== original) return { ok: false, reason: 'gone' };
  const end = start + original.length;

  try {
    await writer.replace(box, start, end, insert);
  } catch (error) {
    console.warn('[Someday] Writing into the box failed.', error);
  }

  const after = box.isConnected ? writer.readText(box) : before;
  // The person may keep typing while the editor settles: what follows the invite is theirs.
  const kept = normalizeForComparison(after.slice(0, start)) === normalizeForComparison(before.slice(0, start));
  if (kept && holdsAt(after, start, insert)) {
    const caret = start + insert.length;
    if (writer.caretOffset(box) === null) writer.placeCaret(box, caret);
    return { ok: true, caret };
  }
  if (kept && holdsAt(after, start, original)) return { ok: false, reason: 'rejected' };

  // Something else landed: take it back through the editor's own undo, never leaving half-replaced text.
  if (box.isConnected) {
    box.focus({ preventScroll: true });
    document.execCommand('undo');
    if (normalizeForComparison(writer.readText(box)) === normalizeForComparison(before)) {
      return { ok: false, reason: 'rejected' };
    }
  }
  return { ok: false, reason: 'mangled' };
}

function holdsAt(text: string, start: number, expected: string): boolean {
  return normalizeForComparison(text.slice(start)).startsWith(normalizeForComparison(expected));
}
