/** Quill 2 (LinkedIn posts and comments): reverts DOM changes it did not make, so only execCommand or paste. */
import { pasteText, selectionWriter } from './selection-writer';

export const quillWriter = selectionWriter('quill', {
  framesAfterSelect: 1,
  framesAfterInsert: 0,
  insertLines: pasteText,
});
