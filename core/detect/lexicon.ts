/**
 * One entry per distinct raw word, shared by every stage and language: its
 * folded form, its evidence for the language guess and each language's
 * normalized words. A message then costs one map lookup per word token.
 */
import { foldWord } from './tokenize.ts';

export interface Lexeme {
  folded: string;
  /** Language evidence per LANGUAGE_ORDER slot: null until computed, undefined for none. */
  credits: Int8Array | undefined | null;
  /** Per language slot, that language's normal form of the word (owned by the engine). */
  norms: unknown[];
}

const LIMIT = 20_000;
/** Raw words longer than this are not remembered: composer text never repeats them. */
const LONGEST_CACHED = 40;
const known = new Map<string, Lexeme>();

export function lexeme(raw: string): Lexeme {
  let entry = known.get(raw);
  if (entry === undefined) {
    entry = { folded: foldWord(raw), credits: null, norms: [] };
    if (raw.length <= LONGEST_CACHED) {
      if (known.size >= LIMIT) known.clear();
      known.set(raw, entry);
    }
  }
  return entry;
}
