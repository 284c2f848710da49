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
      await frames(timing.framesAfterSelect);
      insertLines(insert);
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

export const lexicalWriter = contentEditableWriter('lexical', { framesAfterSelect: 1, framesAfterInsert: 2 });
export const draftWriter = contentEditableWriter('draft', { framesAfterSelect: 1, framesAfterInsert: 1 });
export const quillWriter = contentEditableWriter('quill', { framesAfterSelect: 1, framesAfterInsert: 1 });
export const plainContentEditableWriter = contentEditableWriter('contenteditable', {
  framesAfterSelect: 1,
  framesAfterInsert: 1,
});
