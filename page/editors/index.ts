/**
 * Picks the writer for a box and replaces text in it safely: re-reads the box, writes through the
 * editor's own input path, reads back, and leaves the person's text as it was if the write did not take.
 */
import { isTextControl, type MessageBox } from '../message-box';
import { plainContentEditableWriter } from './contenteditable';
import { nextFrame } from './frames';
import { draftWriter } from './draft';
import { lexicalWriter } from './lexical';
import { quillWriter } from './quill';
import { normalizeForComparison } from './text-model';
import { textareaWriter } from './textarea';
import type { EditorKind, EditorWriter } from './types';

export type { EditorKind, EditorWriter } from './types';

/** How many frames an editor gets to apply an edit before the write counts as failed. */
const SETTLE_FRAMES = 6;

/**
 * The generic sniff, for boxes no site adapter names (the demo page, a site's new box): each
 * editor library's own markers, never a site's selectors.
 */
export function sniffEditorKind(box: MessageBox): EditorKind {
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

/** The writer for `kind`, as the site adapter declares it; without one, the sniff decides. */
export function writerFor(box: MessageBox, kind: EditorKind | null = null): EditorWriter {
  return WRITERS[kind ?? sniffEditorKind(box)];
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
 * Replaces `phrase` at `phraseStart` with `insert`. `phrase` is checked first, so a phrase that moved
 * or was edited since the card appeared is never overwritten.
 */
export interface ReplaceOptions {
  /** `performance.now()` of the person's last edit in the box, when known. */
  lastInputAt?: number;
  /** The box's editor as its site adapter declares it; without it, the generic sniff decides. */
  editor?: EditorKind | null;
}

export async function replaceInBox(
  box: MessageBox,
  phraseStart: number,
  phrase: string,
  insert: string,
  { lastInputAt, editor = null }: ReplaceOptions = {},
): Promise<ReplaceOutcome> {
  const writer = writerFor(box, editor);
  // Keep the invite out of the typing's undo step in editors that merge quick edits.
  if (writer.undoGroupMs && lastInputAt !== undefined) {
    const wait = lastInputAt + writer.undoGroupMs + 20 - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  const before = writer.readText(box);
  if (before.slice(phraseStart, phraseStart + phrase.length) !== phrase) return { ok: false, reason: 'gone' };
  const { start, end } = writer.clampRange?.(before, phraseStart, phraseStart + phrase.length) ?? {
    start: phraseStart,
    end: phraseStart + phrase.length,
  };
  const original = before.slice(start, end);

  try {
    await writer.replace(box, start, end, insert);
  } catch (error) {
    console.warn('[Someday] Writing into the box failed.', error);
  }

  // Editors apply some edits a little later (Lexical's paste): read back for a few frames, never write again.
  const landed = (text: string) =>
    normalizeForComparison(text.slice(0, start)) === normalizeForComparison(before.slice(0, start)) &&
    holdsAt(text, start, insert);
  let after = box.isConnected ? writer.readText(box) : before;
  for (let frame = 0; frame < SETTLE_FRAMES && box.isConnected && !landed(after); frame++) {
    await nextFrame();
    after = writer.readText(box);
  }
  // The person may keep typing while the editor settles: what follows the invite is theirs.
  const kept = normalizeForComparison(after.slice(0, start)) === normalizeForComparison(before.slice(0, start));
  if (landed(after)) {
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
