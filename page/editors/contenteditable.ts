/**
 * A plain contenteditable with <p> lines (LinkedIn messaging, and any other site's box): the
 * browser's own editing, so lines go in one at a time with a paragraph between them.
 */
import { selectionWriter, typeLines } from './selection-writer';

export const plainContentEditableWriter = selectionWriter('contenteditable', {
  framesAfterSelect: 1,
  framesAfterInsert: 0,
  insertLines: (_box, text) => typeLines(text),
});
