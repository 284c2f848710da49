/**
 * Draft.js (X): learns the selection only on `selectionchange`, so without a frame's wait it edits
 * the block the caret was in. An edit across two blocks lets the browser remove a block Draft still
 * renders, which breaks the editor: replace within one block only.
 */
import { pasteText, selectionWriter } from './selection-writer';

export const draftWriter = selectionWriter('draft', {
  framesAfterSelect: 1,
  framesAfterInsert: 0,
  insertLines: pasteText,
  clampRange(text, start, end) {
    const lastBreak = text.lastIndexOf('\n', end - 1);
    return lastBreak >= start ? { start: lastBreak + 1, end } : { start, end };
  },
});
