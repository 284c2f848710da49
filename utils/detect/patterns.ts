/**
 * A tiny token-pattern language, compiled once per language at load time.
 *
 *   we|us            one word from the alternatives
 *   @ACT             a phrase from the language's macro list ACT (multi-word, may carry !guards)
 *   x?               optional element
 *   @ADV*            zero to three repeats
 *   _3               skip up to three arbitrary words
 *
 * Matching walks word positions with bounded branching (repeats and gaps are
 * capped), so the cost per start position is a small constant and the whole
 * scan stays linear in the message length.
 */
import type { LanguageRules, PatternSpec } from './types.ts';

export interface Phrase {
  words: string[];
  /** The word right after the phrase must not be one of these. */
  guards: string[];
}

/** Phrases merged into a word trie: matching costs the phrase length, not the list length. */
export interface TrieNode {
  next: Map<string, TrieNode>;
  /** Guard lists of the phrases that end here; an empty list means "ends here, unguarded". */
  ends: string[][];
}

export function buildTrie(phrases: readonly Phrase[]): TrieNode {
  const root: TrieNode = { next: new Map(), ends: [] };
  for (const phrase of phrases) {
    if (phrase.words.length === 0) continue;
    let node = root;
    for (const word of phrase.words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), ends: [] };
        node.next.set(word, child);
      }
      node = child;
    }
    node.ends.push(phrase.guards);
  }
  return root;
}

function endAllowed(node: TrieNode, following: string | undefined): boolean {
  for (const guards of node.ends) if (following === undefined || guards.length === 0 || !guards.includes(following)) return true;
  return false;
}

/**
 * Calls `onEnd` with the end of every phrase in `trie` that matches at `pos`.
 * Returns false from `onEnd` to stop early.
 */
export function forEachTrieEnd(trie: TrieNode, words: readonly string[], pos: number, limit: number, onEnd: (end: number) => void): void {
  let node: TrieNode | undefined = trie;
  for (let k = pos; k < limit; k++) {
    node = node.next.get(words[k] ?? '');
    if (!node) return;
    if (node.ends.length > 0 && endAllowed(node, k + 1 < limit ? words[k + 1] : undefined)) onEnd(k + 1);
  }
}

/** Longest phrase of `trie` matching at `pos`, or -1. */
export function longestTrieMatch(trie: TrieNode, words: readonly string[], pos: number, limit: number): number {
  let best = -1;
  let node: TrieNode | undefined = trie;
  for (let k = pos; k < limit; k++) {
    node = node.next.get(words[k] ?? '');
    if (!node) break;
    if (node.ends.length > 0 && endAllowed(node, k + 1 < limit ? words[k + 1] : undefined)) best = k + 1;
  }
  return best;
}

export type Element =
  | { type: 'phrases'; phrases: Phrase[]; trie: TrieNode; optional: boolean; repeat: boolean }
  | { type: 'gap'; max: number };

/** Phrases grouped by their first word, so matching looks at a handful instead of hundreds. */
export function indexByFirstWord(phrases: readonly Phrase[]): Map<string, Phrase[]> {
  const index = new Map<string, Phrase[]>();
  for (const phrase of phrases) {
    const first = phrase.words[0];
    if (first === undefined) continue;
    const list = index.get(first);
    if (list) list.push(phrase);
    else index.set(first, [phrase]);
  }
  return index;
}

export interface CompiledPattern {
  spec: PatternSpec;
  elements: Element[];
  /** Words a match can start with; used to index patterns by first word. */
  firstWords: Set<string>;
  /** Position in the language's pattern list, for the per-message applicability mask. */
  id: number;
}

const MAX_REPEATS = 3;

function parsePhrase(text: string): Phrase {
  const words: string[] = [];
  const guards: string[] = [];
  for (const part of text.trim().split(/\s+/)) {
    if (part.startsWith('!')) guards.push(part.slice(1));
    else if (part) words.push(part);
  }
  return { words, guards };
}

/** Splits a pattern on spaces that are not inside [ ... ] groups. */
function splitElements(pattern: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of pattern.trim()) {
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    if (ch === ' ' && depth === 0) {
      if (current) parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts;
}

function alternativesToPhrases(body: string, rules: LanguageRules, source: string): Phrase[] {
  const phrases: Phrase[] = [];
  for (const alternative of body.split('|')) {
    const text = alternative.trim();
    if (text.startsWith('@')) {
      const list = rules.macros[text.slice(1)];
      if (!list) throw new Error(`${rules.code}: unknown macro ${text} in "${source}"`);
      phrases.push(...list.map(parsePhrase));
    } else if (text) phrases.push(parsePhrase(text));
  }
  return phrases;
}

export function compilePattern(spec: PatternSpec, rules: LanguageRules, id: number): CompiledPattern {
  const elements: Element[] = [];
  for (const part of splitElements(spec.p)) {
    const gap = /^_(\d)$/.exec(part);
    if (gap) {
      elements.push({ type: 'gap', max: Number(gap[1]) });
      continue;
    }
    let body = part;
    let optional = false;
    let repeat = false;
    if (body.endsWith('?')) {
      optional = true;
      body = body.slice(0, -1);
    } else if (body.endsWith('*')) {
      optional = true;
      repeat = true;
      body = body.slice(0, -1);
    }
    if (body.startsWith('[') && body.endsWith(']')) body = body.slice(1, -1);
    const phrases = alternativesToPhrases(body, rules, spec.p);
    elements.push({ type: 'phrases', phrases, trie: buildTrie(phrases), optional, repeat });
  }
  return { spec, elements, firstWords: collectFirstWords(elements), id };
}

function collectFirstWords(elements: Element[]): Set<string> {
  const words = new Set<string>();
  for (const element of elements) {
    if (element.type === 'gap') throw new Error('a pattern cannot start with a gap');
    for (const phrase of element.phrases) {
      const first = phrase.words[0];
      if (first) words.add(first);
    }
    if (!element.optional) return words;
  }
  return words;
}

type PhraseElement = Extract<Element, { type: 'phrases' }>;

/**
 * Tries to match `elements[index..]` from `pos`; returns the end position of
 * the longest match or -1. `limit` is the end of the sentence window
 * (exclusive). Allocation-free: it recurses instead of collecting candidates.
 */
export function matchFrom(elements: readonly Element[], index: number, words: readonly string[], pos: number, limit: number): number {
  if (index === elements.length) return pos;
  const element = elements[index];
  if (!element) return -1;
  if (element.type === 'gap') {
    // Shortest gap wins: keeps the trigger tight.
    for (let skip = 0; skip <= element.max && pos + skip <= limit; skip++) {
      const end = matchFrom(elements, index + 1, words, pos + skip, limit);
      if (end >= 0) return end;
    }
    return -1;
  }
  return matchPhraseElement(elements, index, element, words, pos, limit, element.repeat ? MAX_REPEATS : 1);
}

/**
 * Matches one phrase element at `pos` and the rest of the pattern after it.
 * Longer phrases and more repeats are tried first and the first complete
 * match wins, so a successful match costs little and the result is the
 * greedy (longest-first) reading.
 */
function matchPhraseElement(
  elements: readonly Element[],
  index: number,
  element: PhraseElement,
  words: readonly string[],
  pos: number,
  limit: number,
  remaining: number,
): number {
  const end = tryTrie(elements, index, element, element.trie, words, pos, limit, remaining);
  if (end >= 0) return end;
  if (element.optional && remaining === (element.repeat ? MAX_REPEATS : 1)) return matchFrom(elements, index + 1, words, pos, limit);
  return -1;
}

/** Depth-first walk of the trie from word `k`: deeper (longer) phrases first. */
function tryTrie(
  elements: readonly Element[],
  index: number,
  element: PhraseElement,
  node: TrieNode,
  words: readonly string[],
  k: number,
  limit: number,
  remaining: number,
): number {
  if (k < limit) {
    const child = node.next.get(words[k] ?? '');
    if (child) {
      const end = tryTrie(elements, index, element, child, words, k + 1, limit, remaining);
      if (end >= 0) return end;
    }
  }
  if (node === element.trie || node.ends.length === 0 || !endAllowed(node, k < limit ? words[k] : undefined)) return -1;
  if (remaining > 1) {
    const end = matchPhraseElement(elements, index, element, words, k, limit, remaining - 1);
    if (end >= 0) return end;
  }
  return matchFrom(elements, index + 1, words, k, limit);
}

/**
 * For each required element, the words it can start with. A message that
 * lacks every word of some required element cannot match the pattern.
 */
export function requiredWordSets(elements: readonly Element[]): Array<Set<string>> {
  const sets: Array<Set<string>> = [];
  for (const element of elements) {
    if (element.type === 'gap' || element.optional) continue;
    sets.push(new Set(element.trie.next.keys()));
  }
  return sets.slice(0, 31);
}
