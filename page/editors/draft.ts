/**
 * Draft.js (X): learns the selection only on `selectionchange`, so without a frame's wait it edits
 * the block the caret was in. An edit across two blocks lets the browser remove a block Draft still
 * renders, which breaks the editor: replace within one block only. Lines go in by paste; where a
 * synthetic paste arrives empty (Firefox) there is no other way to make blocks from a script
 * (`execCommand('insertText')` drops blank lines, `insertParagraph` and `insertLineBreak` leave the
 * DOM and Draft's state apart), so the invite goes in as one line.
 */
import { pasteText, selectionWriter, syntheticPasteCarriesText } from './selection-writer';

export const draftWriter = selectionWriter('draft', {
  framesAfterSelect: 1,
  framesAfterInsert: 0,
  insertLines: () => (syntheticPasteCarriesText() ? pasteText : null),
  clampRange(text, start, end) {
    const lastBreak = text.lastIndexOf('\n', end - 1);
    return lastBreak >= start ? { start: lastBreak + 1, end } : { start, end };
  },
});
