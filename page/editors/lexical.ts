/**
 * Lexical (Facebook, Messenger): reconciles an execCommand edit a moment later, so read back a frame
 * on, once. Lines go in by paste, or where a synthetic paste arrives empty (Firefox) as typed lines
 * with Lexical's own `insertParagraph` input event between them.
 */
import { lexicalParagraphs, pasteText, selectionWriter, syntheticPasteCarriesText } from './selection-writer';

export const lexicalWriter = selectionWriter('lexical', {
  framesAfterSelect: 1,
  framesAfterInsert: 1,
  insertLines: () => (syntheticPasteCarriesText() ? pasteText : lexicalParagraphs),
});
