import type { MessageBox } from '../message-box';

export type EditorKind = 'lexical' | 'draft' | 'quill' | 'contenteditable' | 'textarea';

/** One way of writing into one kind of editor so that its own model and undo history agree. */
export interface EditorWriter {
  kind: EditorKind;
  /** The box's text as the detector sees it; offsets into it are what `replace` takes. */
  readText(box: MessageBox): string;
  /**
   * Replaces `text.slice(start, end)` with `insert` through the editor's own input path and
   * resolves once the editor has had time to apply it. It does not verify; the caller reads back.
   */
  replace(box: MessageBox, start: number, end: number, insert: string): Promise<void>;
  /**
   * The part of `start..end` this editor can replace in one edit, when it cannot take the whole
   * range (Draft.js: one block at a time). Without it the whole range is replaced.
   */
  clampRange?(text: string, start: number, end: number): { start: number; end: number };
  /**
   * The editor folds edits made within this many milliseconds of the last keystroke into one undo
   * step (Quill: one second). An invite written sooner waits, so Ctrl+Z takes back only the invite.
   */
  undoGroupMs?: number;
  /** Puts the caret at a text offset without scrolling the page. */
  placeCaret(box: MessageBox, offset: number): void;
  /** Selects a text range, so that typing replaces it. */
  selectRange(box: MessageBox, start: number, end: number): void;
  /** The caret's text offset, or null when the selection is not in the box. */
  caretOffset(box: MessageBox): number | null;
}
