/**
 * Writers for contenteditable editors. All of them take the same main path (EDITORS.md): select the
 * range with the Selection API, let the editor see the selection change, then
 * `execCommand('insertText')`, which each editor handles through its own input pipeline, so its
 * model and undo history record the edit. They differ in how long the editor takes to apply it.
 */
import type { MessageBox } from '../composer';
import { frames } from './frames';
import { readEditableText } from './text-model';
import type { EditorKind, EditorWriter } from './types';

function select(box: MessageBox, start: number, end: number): boolean {
  const model = readEditableText(box);
  const from = model.positionAt(start);
  const to = model.positionAt(end, true);
  const selection = box.ownerDocument.getSelection();
  if (!selection) return false;
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

/**
 * Holds keys typed in the moment between selecting the phrase and inserting the invite: a key then
 * would replace the selected phrase. Printable keys are replayed after the invite, so none is lost;
 * others (Enter among them) are held back so a half-written message is never sent.
 */
function holdKeysDuring<T>(box: HTMLElement, work: () => Promise<T>): Promise<T> {
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
  return work().finally(() => {
    view.removeEventListener('keydown', hold, true);
    if (held.length > 0) document.execCommand('insertText', false, held.join(''));
  });
}

function insertLines(insert: string): boolean {
  const lines = insert.split('\n');
  let ok = true;
  lines.forEach((line, index) => {
    if (index > 0) ok = document.execCommand('insertParagraph') && ok;
    if (line) ok = document.execCommand('insertText', false, line) && ok;
  });
  return ok;
}

interface ContentEditableTiming {
  /** Frames to wait after selecting, so the editor reads the new selection. */
  framesAfterSelect: number;
  /** Frames to wait after inserting; Lexical applies execCommand edits after the current task. */
  framesAfterInsert: number;
}

function contentEditableWriter(kind: EditorKind, timing: ContentEditableTiming): EditorWriter {
  return {
    kind,
    readText: (box) => readEditableText(box).text,
    async replace(box, start, end, insert) {
      box.focus({ preventScroll: true });
      if (!select(box, start, end)) throw new Error('The text to replace is no longer in the box.');
      await holdKeysDuring(box, async () => {
        await frames(timing.framesAfterSelect);
        insertLines(insert);
      });
      await frames(timing.framesAfterInsert);
    },
    placeCaret(box, offset) {
      box.focus({ preventScroll: true });
      select(box, offset, offset);
    },
    selectRange(box, start, end) {
      box.focus({ preventScroll: true });
      select(box, start, end);
    },
    caretOffset(box) {
      const selection = box.ownerDocument.getSelection();
      if (!selection || selection.rangeCount === 0 || !box.contains(selection.focusNode)) return null;
      return readEditableText(box).offsetOf(selection.focusNode as Node, selection.focusOffset);
    },
  };
}

// Lexical reconciles an execCommand edit after the current task: read back a frame later, once.
export const lexicalWriter = contentEditableWriter('lexical', { framesAfterSelect: 1, framesAfterInsert: 1 });
// Draft.js only learns the selection on selectionchange: without the frame it edits the block the caret was in.
export const draftWriter = contentEditableWriter('draft', { framesAfterSelect: 1, framesAfterInsert: 0 });
export const quillWriter = contentEditableWriter('quill', { framesAfterSelect: 1, framesAfterInsert: 0 });
export const plainContentEditableWriter = contentEditableWriter('contenteditable', {
  framesAfterSelect: 1,
  framesAfterInsert: 0,
});
