/**
 * The hand-over for "Insert my free times": the content script receives the command and loads the
 * card's code if needed; the loaded code provides the function that writes the invite.
 * Both run in the extension's isolated world, so a global slot is private to Someday.
 */
import type { InsertResult } from '../../utils/messages';

export type InsertFreeTimes = () => Promise<InsertResult>;

const SLOT = Symbol.for('someday.insert-free-times');

export function provideInsert(insert: InsertFreeTimes): void {
  (globalThis as Record<symbol, unknown>)[SLOT] = insert;
}

export function takeInsert(): InsertFreeTimes | null {
  const insert = (globalThis as Record<symbol, unknown>)[SLOT];
  return typeof insert === 'function' ? (insert as InsertFreeTimes) : null;
}
