/**
 * Quill 2 (LinkedIn posts and comments): reverts DOM changes it did not make, so only execCommand
 * or paste; and it folds edits less than a second apart into one undo step.
 */
import { pasteText, selectionWriter } from './selection-writer';

export const quillWriter = selectionWriter('quill', {
  framesAfterSelect: 1,
  framesAfterInsert: 0,
  insertLines: pasteText,
  // Quill's history merges changes less than a second apart, typing and invite alike.
  undoGroupMs: 1000,
});
