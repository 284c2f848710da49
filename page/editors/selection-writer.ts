/**
 * The shared path for contenteditable editors (EDITORS.md): select the range with the Selection
 * API, let the editor see the selection change, then insert through `execCommand`, which each
 * editor handles through its own input pipeline, so its model and undo history record the edit.
 * The editor writers differ in timing, in how lines go in, and in which ranges they accept.
 */
import type { MessageBox } from '../message-box';
import { frames } from './frames';
import { readEditableText } from './text-model';
import type { EditorKind, EditorWriter } from './types';

export function selectText(box: MessageBox, start: number, end: number): boolean {
  const model = readEditableText(box);
  const selection = box.ownerDocument.getSelection();
  if (!selection) return false;
  const from = model.positionAt(start);
  const to = model.positionAt(end, true);
  if (!from || !to) {
    // An empty box has no text node: put the caret at its start.
    if (model.text.length === 0 && start === 0 && end === 0) {
      selection.collapse(box, 0);
      return true;
    }
    return false;
  }
  selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
  return true;
}

/** Lines typed in one by one, with a paragraph between them: how LinkedIn's messaging box takes lines. */
export function typeLines(text: string): void {
  text.split('\n').forEach((line, index) => {
    if (index > 0) document.execCommand('insertParagraph');
    if (line) document.execCommand('insertText', false, line);
  });
}

/** A paste of plain text: Lexical, Draft.js and Quill each turn its lines into their own blocks. */
export function pasteText(box: MessageBox, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

/**
 * Holds keys typed in the moment between selecting the phrase and inserting the invite: a key then
 * would replace the selected phrase. Printable keys are replayed after the invite, so none is lost;
 * others (Enter among them) are held back so a half-written message is never sent.
 */
async function holdKeysDuring(box: HTMLElement, work: () => Promise<void>): Promise<void> {
  const held: string[] = [];
  const view = box.ownerDocument.defaultView ?? window;
  const hold = (event: KeyboardEvent) => {
    if (!(event.target instanceof Node) || !box.contains(event.target)) return;
    if (['Shift', 'Control', 'Alt', 'Meta', 'CapsLock'].includes(event.key)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) held.push(event.key);
  };
  view.addEventListener('keydown', hold, true);
  try {
    await work();
  } finally {
    view.removeEventListener('keydown', hold, true);
    if (held.length > 0) document.execCommand('insertText', false, held.join(''));
  }
}

/**
 * Resolves once the document reports a selection change (editors sync their own selection from that
 * event, in listeners registered before ours), or after a short wait when the selection did not change.
 */
function selectionSettled(doc: Document, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      // Let the editors' own selectionchange work finish (Lexical batches it into an update).
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, timeoutMs);
    doc.addEventListener('selectionchange', done);
  });
}

export interface SelectionWriterOptions {
  /** Frames to wait after the selection change, so the editor has read the new selection. */
  framesAfterSelect: number;
  /** Frames to wait after inserting, before the box is read back. */
  framesAfterInsert: number;
  /** How text with line breaks goes in. Single lines always go in with `insertText`. */
  insertLines: (box: MessageBox, text: string) => void;
  clampRange?: EditorWriter['clampRange'];
  undoGroupMs?: number;
}

export function selectionWriter(kind: Exclude<EditorKind, 'textarea'>, options: SelectionWriterOptions): EditorWriter {
  return {
    kind,
    readText: (box) => readEditableText(box).text,
    clampRange: options.clampRange,
    undoGroupMs: options.undoGroupMs,
    async replace(box, start, end, insert) {
      box.focus({ preventScroll: true });
      const settled = selectionSettled(box.ownerDocument, 120);
      if (!selectText(box, start, end)) throw new Error('The text to replace is no longer in the box.');
      await holdKeysDuring(box, async () => {
        await settled;
        await frames(options.framesAfterSelect);
        if (insert.includes('\n')) options.insertLines(box, insert);
        else document.execCommand('insertText', false, insert);
      });
      await frames(options.framesAfterInsert);
    },
    placeCaret(box, offset) {
      box.focus({ preventScroll: true });
      selectText(box, offset, offset);
    },
    selectRange(box, start, end) {
      box.focus({ preventScroll: true });
      selectText(box, start, end);
    },
    caretOffset(box) {
      const selection = box.ownerDocument.getSelection();
      if (!selection || selection.rangeCount === 0 || !box.contains(selection.focusNode)) return null;
      return readEditableText(box).offsetOf(selection.focusNode as Node, selection.focusOffset);
    },
  };
}
