/**
 * Textareas and text inputs, including React-controlled ones: `execCommand('insertText')` fires a
 * real input event, so React's value tracker sees the change and the browser's undo stack records it.
 */
import type { MessageBox } from '../message-box';
import type { EditorWriter } from './types';

function asControl(box: MessageBox): HTMLTextAreaElement | HTMLInputElement {
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) return box;
  throw new TypeError('The textarea writer needs a textarea or input.');
}

export const textareaWriter: EditorWriter = {
  kind: 'textarea',
  readText: (box) => asControl(box).value,
  async replace(box, start, end, insert) {
    const control = asControl(box);
    control.focus({ preventScroll: true });
    control.setSelectionRange(start, end);
    if (!document.execCommand('insertText', false, insert)) {
      // Older engines without insertText in text controls: setRangeText is not undoable but keeps the text right.
      control.setRangeText(insert, start, end, 'end');
      control.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: insert }));
    }
  },
  placeCaret(box, offset) {
    const control = asControl(box);
    control.focus({ preventScroll: true });
    control.setSelectionRange(offset, offset);
  },
  selectRange(box, start, end) {
    const control = asControl(box);
    control.focus({ preventScroll: true });
    control.setSelectionRange(start, end);
  },
  caretOffset(box) {
    const control = asControl(box);
    return document.activeElement === control ? control.selectionEnd : null;
  },
};
