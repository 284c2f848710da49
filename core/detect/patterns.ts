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
  /** Children by word; leaves share one empty map (see NO_CHILDREN). */
  next: Map<string, TrieNode>;
  /**
   * For nodes with many edges: an open-addressing table of their word ids
   * (0 = empty; at least twice as many slots as edges) and the child in the
   * same slot. A few hundred bytes per node, where a direct array over the
   * whole vocabulary cost kilobytes per node.
   */
  tableIds: Int32Array | undefined;
  tableNodes: TrieNode[];
  /** The edges by vocabulary id (see indexTries), in the order of `next`. */
  edgeIds: number[];
  /** Bit (id & 31) set for every id in edgeIds: most ids are turned away before the table or the scan. */
  edgeMask: number;
  edgeNodes: TrieNode[];
  /** Guard lists of the phrases that end here; an empty list means "ends here, unguarded". */
  ends: string[][];
}

// Tens of thousands of nodes are leaves: they share these instead of
// allocating their own, which keeps compiling all languages quick. Never
// mutated: buildTrie and indexTries replace them before adding anything.
const NO_CHILDREN = new Map<string, TrieNode>();
const NO_IDS: number[] = [];
const NO_NODES: TrieNode[] = [];
const NO_ENDS: string[][] = [];
const NO_GUARDS: string[] = [];
const UNGUARDED_END: string[][] = [NO_GUARDS];

function emptyNode(): TrieNode {
  return { next: NO_CHILDREN, tableIds: undefined, tableNodes: NO_NODES, edgeIds: NO_IDS, edgeMask: 0, edgeNodes: NO_NODES, ends: NO_ENDS };
}

export function buildTrie(phrases: readonly Phrase[]): TrieNode {
  const root = emptyNode();
  for (const phrase of phrases) {
    if (phrase.words.length === 0) continue;
    let node = root;
    for (const word of phrase.words) {
      let child = node.next.get(word);
      if (!child) {
        child = emptyNode();
        if (node.next === NO_CHILDREN) node.next = new Map();
        node.next.set(word, child);
      }
      node = child;
    }
    if (node.ends === NO_ENDS && phrase.guards.length === 0) node.ends = UNGUARDED_END;
    else {
      if (node.ends === NO_ENDS || node.ends === UNGUARDED_END) node.ends = [...node.ends];
      node.ends.push(phrase.guards);
    }
  }
  return root;
}

/**
 * Gives every word on a trie edge a small integer id in `vocabulary` (ids
 * start at 1; 0 is "no rule knows this word") and lists the edges by id,
 * so the hot matching loop compares integers instead of hashing strings.
 */
export function indexTries(roots: Iterable<TrieNode>, vocabulary: Map<string, number>): void {
  const stack: TrieNode[] = [...roots];
  const seen = new Set<TrieNode>();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (seen.has(node)) continue;
    seen.add(node);
    if (node.next.size === 0) continue;
    const ids: number[] = [];
    const children: TrieNode[] = [];
    for (const [word, child] of node.next) {
      let id = vocabulary.get(word);
      if (id === undefined) {
        id = vocabulary.size + 1;
        vocabulary.set(word, id);
      }
      ids.push(id);
      children.push(child);
      stack.push(child);
    }
    node.edgeIds = ids;
    node.edgeNodes = children;
    node.edgeMask = 0;
    for (const id of ids) node.edgeMask |= 1 << (id & 31);
    if (ids.length < 4) continue;
    let size = 8;
    while (size < ids.length * 2) size *= 2;
    const table = new Int32Array(size);
    const nodes = new Array<TrieNode>(size);
    ids.forEach((id, e) => {
      let slot = id & (size - 1);
      while (table[slot] !== 0) slot = (slot + 1) & (size - 1);
      table[slot] = id;
      nodes[slot] = children[e] as TrieNode;
    });
    node.tableIds = table;
    node.tableNodes = nodes;
  }
}

/** The child of `node` along word id `id`, if any. */
export function childById(node: TrieNode, id: number): TrieNode | undefined {
  if (id === 0) return undefined;
  if ((node.edgeMask & (1 << (id & 31))) === 0) return undefined;
  const table = node.tableIds;
  if (table !== undefined) {
    const mask = table.length - 1;
    for (let slot = id & mask; ; slot = (slot + 1) & mask) {
      const key = table[slot] as number;
      if (key === id) return node.tableNodes[slot];
      if (key === 0) return undefined;
    }
  }
  const ids = node.edgeIds;
  for (let e = 0; e < ids.length; e++) if (ids[e] === id) return node.edgeNodes[e];
  return undefined;
}

function endAllowed(node: TrieNode, following: string | undefined): boolean {
  const ends = node.ends;
  for (let e = 0; e < ends.length; e++) {
    const guards = ends[e] as string[];
    if (following === undefined || guards.length === 0 || !guards.includes(following)) return true;
  }
  return false;
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
  /** The source text of each element; equal texts share one prefix-tree node. */
  keys: string[];
  /** Words a match can start with; used to index patterns by first word. */
  firstWords: Set<string>;
  /** Position in the language's pattern list, for the per-message applicability mask. */
  id: number;
}

const MAX_REPEATS = 3;

/**
 * "meet up !with": the words, and guards on them. "!x": x must not follow;
 * "<x" (kept with its mark, read by time phrases): x must not come right before.
 */
export function parsePhrase(text: string): Phrase {
  const words: string[] = [];
  const guards: string[] = [];
  for (const part of text.trim().split(/\s+/)) {
    if (part.startsWith('!')) guards.push(part.slice(1));
    else if (part.startsWith('<') && part.length > 1) guards.push(part);
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

/** Each rule set's macros, parsed once: many elements reuse the same long lists. */
const parsedMacros = new WeakMap<LanguageRules, Map<string, Phrase[]>>();

function macroPhrases(rules: LanguageRules, name: string): Phrase[] | undefined {
  let cache = parsedMacros.get(rules);
  if (!cache) {
    cache = new Map();
    parsedMacros.set(rules, cache);
  }
  let phrases = cache.get(name);
  if (!phrases) {
    const list = rules.macros[name];
    if (!list) return undefined;
    phrases = list.map(parsePhrase);
    cache.set(name, phrases);
  }
  return phrases;
}

function alternativesToPhrases(body: string, rules: LanguageRules, source: string): Phrase[] {
  const phrases: Phrase[] = [];
  for (const alternative of body.split('|')) {
    const text = alternative.trim();
    if (text.startsWith('@')) {
      const list = macroPhrases(rules, text.slice(1));
      if (!list) throw new Error(`${rules.code}: unknown macro ${text} in "${source}"`);
      phrases.push(...list);
    } else if (text) phrases.push(parsePhrase(text));
  }
  return phrases;
}

export function compilePattern(spec: PatternSpec, rules: LanguageRules, id: number, shared?: Map<string, Element>): CompiledPattern {
  const elements: Element[] = [];
  const keys: string[] = [];
  for (const part of splitElements(spec.p)) {
    keys.push(part);
    // The same element text means the same element: compiled (and its trie built) once per language.
    const known = shared?.get(part);
    if (known) {
      elements.push(known);
      continue;
    }
    const element = compileElement(part, rules, spec.p);
    shared?.set(part, element);
    elements.push(element);
  }
  return { spec, elements, keys, firstWords: collectFirstWords(elements), id };
}

function compileElement(part: string, rules: LanguageRules, source: string): Element {
  const gap = /^_(\d)$/.exec(part);
  if (gap) return { type: 'gap', max: Number(gap[1]) };
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
  const phrases = alternativesToPhrases(body, rules, source);
  return { type: 'phrases', phrases, trie: buildTrie(phrases), optional, repeat };
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
 * The word ids that can come right after `word` when a match of `elements`
 * starts with it, or undefined when any word can (a gap may follow, or the
 * match may end after that one word). Guards are ignored, so the set can only
 * be too large, never too small. Needs the tries indexed (indexTries).
 */
export function idsAfterFirstWord(elements: readonly Element[], word: string): Set<number> | undefined {
  const ids = new Set<number>();
  for (let index = 0; index < elements.length; index++) {
    const element = elements[index] as Element;
    if (element.type === 'gap') return undefined;
    const node = element.trie.next.get(word);
    if (node && !addIdsAfter(elements, index, node, ids)) return undefined;
    if (!element.optional) break;
  }
  return ids;
}

/** Adds what can follow trie node `node` of element `index`; false when that is any word. */
function addIdsAfter(elements: readonly Element[], index: number, node: TrieNode, ids: Set<number>): boolean {
  for (const id of node.edgeIds) ids.add(id);
  if (node.ends.length === 0) return true;
  const element = elements[index] as PhraseElement;
  if (element.repeat) for (const id of element.trie.edgeIds) ids.add(id);
  for (let next = index + 1; ; next++) {
    const following = elements[next];
    if (following === undefined || following.type === 'gap') return false;
    for (const id of following.trie.edgeIds) ids.add(id);
    if (!following.optional) return true;
  }
}

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

/**
 * All of a language's patterns merged by shared leading elements: "@WE @ADV*
 * @MODAL @ADV* @ACT" and "@WE @ADV* @MODAL @ADV* @EAT @FOOD" walk their common
 * prefix once. Each node is one element; a pattern ends at the node of its
 * last element.
 */
export interface PatternTreeNode {
  id: number;
  element: Element;
  children: PatternTreeNode[];
  /** Ids of the patterns whose last element this is. */
  endsHere: number[];
  /** Bit set of every pattern id at or below this node. */
  subtree: Int32Array;
  /**
   * When all of subtree sits in one 32-bit word (nearly every node): that
   * word's index and bits, so a liveness test is one AND; otherwise -1.
   */
  subtreeWord: number;
  subtreeBits: number;
}

export interface PatternTree {
  nodes: PatternTreeNode[];
  /** Pattern id → the root node its path starts at. */
  rootOf: PatternTreeNode[];
  /** Uint32 words per pattern bit set. */
  setWords: number;
}

export function buildPatternTree(patterns: readonly CompiledPattern[]): PatternTree {
  const setWords = Math.max(1, Math.ceil(patterns.length / 32));
  const nodes: PatternTreeNode[] = [];
  const rootByKey = new Map<string, PatternTreeNode>();
  const childByKey = new Map<PatternTreeNode, Map<string, PatternTreeNode>>();
  const rootOf: PatternTreeNode[] = [];
  const make = (element: Element): PatternTreeNode => {
    const node: PatternTreeNode = { id: nodes.length, element, children: [], endsHere: [], subtree: new Int32Array(setWords), subtreeWord: -1, subtreeBits: 0 };
    nodes.push(node);
    return node;
  };
  for (const pattern of patterns) {
    let node: PatternTreeNode | undefined;
    pattern.elements.forEach((element, index) => {
      const key = pattern.keys[index] ?? '';
      const siblings = node ? (childByKey.get(node) ?? new Map<string, PatternTreeNode>()) : rootByKey;
      if (node) childByKey.set(node, siblings);
      let next = siblings.get(key);
      if (!next) {
        next = make(element);
        siblings.set(key, next);
        node?.children.push(next);
      }
      next.subtree[pattern.id >>> 5] = (next.subtree[pattern.id >>> 5] ?? 0) | (1 << (pattern.id & 31));
      if (index === 0) rootOf[pattern.id] = next;
      node = next;
    });
    node?.endsHere.push(pattern.id);
  }
  for (const node of nodes) {
    const used = [...node.subtree.keys()].filter((k) => node.subtree[k] !== 0);
    if (used.length !== 1) continue;
    node.subtreeWord = used[0] as number;
    node.subtreeBits = node.subtree[node.subtreeWord] as number;
  }
  return { nodes, rootOf, setWords };
}

/**
 * Runs many patterns from one start position over the shared prefix tree.
 * For every pattern it finds exactly what `matchFrom` finds (the first complete
 * match in the same longest-first search order), but a shared prefix is walked
 * once, a (node, position) pair is never explored twice, and a branch stops as
 * soon as every pattern under it is decided.
 */
export class TreeMatcher {
  private readonly tree: PatternTree;
  /** Patterns still undecided for the current start. */
  private readonly live: Int32Array;
  /** Per pattern, its match end for the current start, or -1. */
  readonly results: Int32Array;
  /** (node, position) pairs already explored, stamped with the current start's generation. */
  private readonly stamps: Int32Array;
  private readonly stride: number;
  private generation = 0;
  private w: readonly string[] = [];
  private ids: ArrayLike<number> = [];
  private origin = 0;
  private limit = 0;

  constructor(tree: PatternTree, patternCount: number, window: number) {
    this.tree = tree;
    this.live = new Int32Array(tree.setWords);
    this.results = new Int32Array(Math.max(1, patternCount)).fill(-1);
    this.stride = window + 2;
    this.stamps = new Int32Array(tree.nodes.length * this.stride);
  }

  /** Starts a new search at `pos`; positions never go past `limit`, which is at most `window` words on. */
  begin(w: readonly string[], ids: ArrayLike<number>, pos: number, limit: number): void {
    this.w = w;
    this.ids = ids;
    this.origin = pos;
    this.limit = Math.min(limit, pos + this.stride - 1);
    // A handful of words: a plain loop beats two calls to fill().
    const live = this.live;
    for (let k = 0; k < live.length; k++) live[k] = 0;
    this.generation++;
    if (this.generation >= 0x7fffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
  }

  /** Adds a pattern to the search; its result starts as "no match". */
  want(id: number): void {
    this.live[id >>> 5] = (this.live[id >>> 5] ?? 0) | (1 << (id & 31));
    this.results[id] = -1;
  }

  /** Searches every wanted pattern from the start position (the first `count` of `ids`); read `results` afterwards. */
  run(ids: ArrayLike<number>, count = ids.length): void {
    const roots = this.tree.rootOf;
    for (let r = 0; r < count; r++) {
      const id = ids[r] as number;
      const root = roots[id];
      if (root && this.isLive(id)) this.visit(root, this.origin);
    }
  }

  private isLive(id: number): boolean {
    return ((this.live[id >>> 5] ?? 0) & (1 << (id & 31))) !== 0;
  }

  private alive(node: PatternTreeNode): boolean {
    const live = this.live;
    if (node.subtreeWord >= 0) return ((live[node.subtreeWord] as number) & node.subtreeBits) !== 0;
    const subtree = node.subtree;
    for (let k = 0; k < live.length; k++) if (((live[k] ?? 0) & (subtree[k] ?? 0)) !== 0) return true;
    return false;
  }

  /** The element of `node` starts at `pos`: explore its ends in search order. */
  private visit(node: PatternTreeNode, pos: number): void {
    const element = node.element;
    // A required phrase element whose first word is not here has no ends: skip the bookkeeping.
    if (element.type === 'phrases' && !element.optional && (pos >= this.limit || childById(element.trie, this.ids[pos] ?? 0) === undefined)) return;
    if (!this.alive(node)) return;
    const slot = node.id * this.stride + (pos - this.origin);
    if (this.stamps[slot] === this.generation) return;
    this.stamps[slot] = this.generation;
    if (element.type === 'gap') {
      // Shortest gap first: keeps the trigger tight.
      for (let skip = 0; skip <= element.max && pos + skip <= this.limit; skip++) {
        this.onEnd(node, pos + skip);
        if (!this.alive(node)) return;
      }
      return;
    }
    this.walk(node, element, element.trie, pos, element.repeat ? MAX_REPEATS : 1);
    if (element.optional && this.alive(node)) this.onEnd(node, pos);
  }

  /** Depth-first over the element's trie: longer phrases, then more repeats, first. */
  private walk(node: PatternTreeNode, element: PhraseElement, trieNode: TrieNode, k: number, remaining: number): void {
    const limit = this.limit;
    if (k < limit) {
      const child = childById(trieNode, this.ids[k] ?? 0);
      if (child) {
        this.walk(node, element, child, k + 1, remaining);
        if (!this.alive(node)) return;
      }
    }
    if (trieNode === element.trie || trieNode.ends.length === 0 || !endAllowed(trieNode, k < limit ? this.w[k] : undefined)) return;
    if (remaining > 1) {
      this.walk(node, element, element.trie, k, remaining - 1);
      if (!this.alive(node)) return;
    }
    this.onEnd(node, k);
  }

  /** The element of `node` ended at `end`: decide the patterns ending here, continue the others. */
  private onEnd(node: PatternTreeNode, end: number): void {
    const endsHere = node.endsHere;
    for (let e = 0; e < endsHere.length; e++) {
      const id = endsHere[e] as number;
      if (!this.isLive(id)) continue;
      this.results[id] = end;
      this.live[id >>> 5] = (this.live[id >>> 5] ?? 0) & ~(1 << (id & 31));
    }
    const children = node.children;
    for (let c = 0; c < children.length; c++) this.visit(children[c] as PatternTreeNode, end);
  }
}
