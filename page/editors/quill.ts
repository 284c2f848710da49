/**
 * Quill 2 (LinkedIn posts and comments): reverts DOM changes it did not make, so only execCommand
 * or paste; and it folds edits less than a second apart into one undo step. Where a synthetic paste
 * arrives empty (Firefox), lines go in with the browser's own `insertParagraph`, which Quill reads
 * back into its model (an empty paste would delete the selected phrase instead).
 */
import { pasteText, selectionWriter, syntheticPasteCarriesText, typeLines } from './selection-writer';

export const quillWriter = selectionWriter('quill', {
  framesAfterSelect: 1,
  framesAfterInsert: 0,
  insertLines: () => (syntheticPasteCarriesText() ? pasteText : (_box, text) => typeLines(text)),
  // Quill's history merges changes less than a second apart, typing and invite alike.
  undoGroupMs: 1000,
});
