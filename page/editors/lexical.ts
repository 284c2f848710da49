/** Lexical (Facebook, Messenger): reconciles an execCommand edit a moment later, so read back a frame on, once. */
import { pasteText, selectionWriter } from './selection-writer';

export const lexicalWriter = selectionWriter('lexical', {
  framesAfterSelect: 1,
  framesAfterInsert: 1,
  insertLines: pasteText,
});
