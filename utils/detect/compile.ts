/**
 * A language's rules as the engine reads them (CompiledLanguage), made in one
 * of two ways:
 *
 * - from the hand-written rules (lang/<code>.ts): macros parsed, tries built,
 *   patterns merged into one prefix tree, the filters' tables worked out. That
 *   costs tens of milliseconds, so it happens at build time
 *   (scripts/detector-rules.ts), not on the page;
 * - from the compact data that build writes (compiled/<code>.ts): the same
 *   structures decoded from flat number lists, in well under a millisecond.
 *
 * Both give the same detections (tests/detect/compiled.test.ts checks it).
 */
import type { CompiledLanguage, WordInfo, WordStream } from './engine.ts';
import {
  buildPatternTree,
  buildTrie,
  compilePattern,
  idsAfterFirstWord,
  indexByFirstWord,
  indexTries,
  parsePhrase,
  requiredWordSets,
  emptyTrieNode,
  setTrieEdges,
  TreeMatcher,
  type CompiledPattern,
  type Element,
  type Phrase,
  type PatternTree,
  type PatternTreeNode,
  type TrieNode,
} from './patterns.ts';
import { LANGUAGE_ORDER } from './language.ts';
import type { CompiledRules, LanguageRules } from './types.ts';

/**
 * Every check around a candidate looks at most this many words either side,
 * so a 100 KB message without punctuation still costs O(length).
 */
export const WINDOW = 40;

export const COMPILED_FORMAT = 'someday-compiled-rules';
export const COMPILED_VERSION = 1;

/**
 * The macros the engine reads by name at run time (the others are only
 * referenced by patterns, and live on in the compiled tries).
 */
export const RUNTIME_MACROS = [
  'OBJECT_VERBS',
  'OBJECT_STARTS',
  'WORK_MANNER',
  'READER',
  'WITH',
  'OBJECT_SKIP',
  'AFFILIATION',
  'GREETING',
  'CONNECTOR',
  'REGISTER_CUES',
  'SKIPPABLE',
  'NEG_NEUTRALIZED_BY',
  'PERSONS',
  'PURPOSE',
  'FREE',
  'SUBJECT_WORDS',
  'CLAUSE_SUBJECTS',
  'WHEN_FREE',
] as const;

/** A compile from the hand-written rules, with what only tests and the build read. */
export interface SourceCompiledLanguage extends CompiledLanguage {
  byFirstWord: Map<string, CompiledPattern[]>;
  /** The ids of byFirstWord's lists, same order. */
  idsByFirstWord: Map<string, number[]>;
  /** Per pattern, its slots as flattened [word index, bits] pairs (empty: always applicable). */
  patternSlots: number[][];
  /** The shared elements, in first-use order (what patterns index into). */
  elements: Element[];
  /** Follow sets in the order they were made (offset = position × width). */
  followLists: Array<Set<number>>;
}

/** The language, from compact data when its rules carry it, else from the hand-written rules. */
export function compileLanguage(rules: LanguageRules): CompiledLanguage {
  return rules.compiled ? loadCompiled(rules, rules.compiled) : compileRules(rules);
}

function phrases(list: readonly string[] | undefined): Phrase[] {
  return (list ?? []).map(parsePhrase);
}

/** Compiles the hand-written rules (build time, tests). */
export function compileRules(rules: LanguageRules): SourceCompiledLanguage {
  const byFirstWord = new Map<string, CompiledPattern[]>();
  const sharedElements = new Map<string, Element>();
  const requiredByPattern: Array<Array<Set<string>>> = [];
  const all: CompiledPattern[] = [];
  for (const [id, spec] of rules.patterns.entries()) {
    const compiled = compilePattern(spec, rules, id, sharedElements);
    all.push(compiled);
    requiredByPattern.push(requiredWordSets(compiled.elements));
    for (const word of compiled.firstWords) {
      const list = byFirstWord.get(word);
      if (list) list.push(compiled);
      else byFirstWord.set(word, [compiled]);
    }
  }
  const slotCount = requiredByPattern.reduce((sum, sets) => sum + sets.length, 0);
  const slotWords = Math.max(1, Math.ceil(slotCount / 32));
  const slotsByWord = new Map<string, Int32Array>();
  const patternSlots: number[][] = [];
  let slot = 0;
  for (const sets of requiredByPattern) {
    const pairs: number[] = [];
    for (const set of sets) {
      const index = slot >>> 5;
      const bit = 1 << (slot & 31);
      if (pairs.length > 0 && pairs[pairs.length - 2] === index) pairs[pairs.length - 1] = (pairs[pairs.length - 1] ?? 0) | bit;
      else pairs.push(index, bit);
      for (const word of set) {
        let slots = slotsByWord.get(word);
        if (!slots) {
          slots = new Int32Array(slotWords);
          slotsByWord.set(word, slots);
        }
        slots[index] = (slots[index] ?? 0) | bit;
      }
      slot++;
    }
    patternSlots.push(pairs);
  }
  const wordIds = new Map<string, number>();
  const vague = buildTrie(phrases(rules.macros.VAGUE));
  const pastMarkers = buildTrie(phrases(rules.pastMarkers));
  const clauseStarters = buildTrie(phrases(rules.clauseStarters));
  const activities = buildTrie(phrases([...(rules.macros.ACT ?? []), ...(rules.macros.FOOD ?? []), ...(rules.macros.TALK ?? [])]));
  const signOffs = buildTrie(phrases(rules.macros.SIGN_OFF));
  const elements = [...sharedElements.values()];
  // Every trie the engine walks is indexed, so all of them are walked by word id.
  indexTries([...elements.flatMap((element) => (element.type === 'phrases' ? [element.trie] : [])), vague, pastMarkers, clauseStarters, activities, signOffs], wordIds);
  const idsByFirstWord = new Map<string, number[]>();
  const slotsByFirstWord = new Map<string, Int32Array>();
  const follow = followSetTable(wordIds.size + 1);
  const followByFirstWord = new Map<string, number>();
  for (const [word, list] of byFirstWord) {
    idsByFirstWord.set(word, list.map((pattern) => pattern.id));
    const flat: number[] = [];
    let union: Set<number> | undefined = new Set();
    for (const pattern of list) {
      const after = idsAfterFirstWord(pattern.elements, word);
      if (after === undefined) union = undefined;
      else if (union) for (const id of after) union.add(id);
      const pairs = patternSlots[pattern.id] ?? [];
      flat.push(pattern.id, follow.add(after), pairs.length / 2, ...pairs);
    }
    slotsByFirstWord.set(word, Int32Array.from(flat));
    followByFirstWord.set(word, follow.add(union));
  }
  const tree = buildPatternTree(all);
  return {
    ...tables(rules, wordIds, slotWords, tree),
    byFirstWord,
    idsByFirstWord,
    patternSlots,
    elements,
    followLists: follow.lists,
    slotsByFirstWord,
    patterns: all,
    followSets: follow.sets(),
    followByFirstWord,
    slotsByWord,
    vague,
    activities,
    pastMarkers,
    clauseStarters,
    signOffs,
  };
}

type Tries = 'vague' | 'activities' | 'pastMarkers' | 'clauseStarters' | 'signOffs';
type Derived = Tries | 'slotsByFirstWord' | 'patterns' | 'followSets' | 'followByFirstWord' | 'slotsByWord';

/** What both ways of making a language build the same way: scratch buffers and the word lists' sets. */
function tables(rules: LanguageRules, wordIds: Map<string, number>, slotWords: number, tree: PatternTree): Omit<CompiledLanguage, Derived> {
  const macros = rules.macros;
  return {
    rules,
    matcher: new TreeMatcher(tree, rules.patterns.length, WINDOW),
    slotWords,
    scratchSuffix: new Int32Array((2 * WINDOW + 1) * slotWords),
    scratchStarts: new Int32Array(512),
    scratchEnds: new Int32Array(512),
    scratchTopic: new Int32Array(512),
    scratchRegister: new Int32Array(512),
    scratchMessage: new Int32Array(slotWords),
    scratchWanted: new Int32Array(Math.max(1, rules.patterns.length)),
    normalizeCache: new Map(),
    scratchWords: emptyWordStream(),
    slot: (LANGUAGE_ORDER as readonly string[]).indexOf(rules.code),
    vocabulary: new Map<string, WordInfo>(),
    wordIds,
    objectVerbs: new Set(macros.OBJECT_VERBS ?? []),
    objectStarts: new Set(macros.OBJECT_STARTS ?? []),
    workManner: new Set(macros.WORK_MANNER ?? []),
    readerWords: new Set(macros.READER ?? []),
    withWords: new Set(macros.WITH ?? []),
    objectSkip: new Set(macros.OBJECT_SKIP ?? []),
    affiliations: new Set(macros.AFFILIATION ?? []),
    conditionOpeners: new Set(rules.conditionOpeners),
    negators: new Set(rules.negators),
    negationExceptions: new Set(rules.negationExceptions),
    reportVerbs: new Set(rules.reportVerbs),
    thirdParty: new Set(rules.thirdParty),
    leadIns: new Set(rules.leadIns),
    greetings: new Set(macros.GREETING ?? []),
    laughter: new Set(rules.laughter),
    connectors: new Set(macros.CONNECTOR ?? []),
    businessCues: new Set(rules.businessCues),
    registerCues: new Set(macros.REGISTER_CUES ?? []),
    skippable: new Set(macros.SKIPPABLE ?? []),
    negationNeutralizers: new Set(macros.NEG_NEUTRALIZED_BY ?? []),
    persons: new Set(macros.PERSONS ?? []),
    purposeWords: new Set(macros.PURPOSE ?? []),
    freeWords: new Set(macros.FREE ?? []),
    strongBusinessCues: new Set(rules.strongBusinessCues),
    time: {
      timeWords: new Set(rules.timeWords),
      timePhrases: indexByFirstWord(phrases(rules.timePhrases)),
      clockPrepositions: new Set(rules.clockPrepositions),
      numberWords: new Set(rules.numberWords),
      monthNames: new Set(rules.monthNames),
    },
  };
}

function emptyWordStream(): WordStream {
  return { w: [], info: [], ids: [], token: [], sentence: [], clause: [], length: 0 };
}

/** Word-id bit sets, stored once each in one flat array; undefined ("any word") is -1. */
function followSetTable(idCount: number): { add: (ids: Set<number> | undefined) => number; sets: () => Int32Array; lists: Array<Set<number>> } {
  const width = Math.ceil(idCount / 32);
  const words: number[] = [];
  const offsets = new Map<string, number>();
  const lists: Array<Set<number>> = [];
  return {
    add(ids) {
      if (ids === undefined) return -1;
      const bits = new Int32Array(width);
      for (const id of ids) bits[id >>> 5] = (bits[id >>> 5] ?? 0) | (1 << (id & 31));
      const key = bits.join(',');
      let offset = offsets.get(key);
      if (offset === undefined) {
        offset = words.length;
        offsets.set(key, offset);
        words.push(...bits);
        lists.push(new Set(ids));
      }
      return offset;
    },
    sets: () => Int32Array.from(words),
    lists,
  };
}

// ---------------------------------------------------------------------------
// Compact data: what the build writes, and how a page reads it back.

/**
 * The rules the engine still reads at run time, with their compiled
 * structures as compact data (the macros only patterns use are left out:
 * they live on in the tries).
 */
export function encodeLanguage(rules: LanguageRules): LanguageRules {
  const lang = compileRules(rules);
  const macros: Record<string, string[]> = {};
  for (const name of RUNTIME_MACROS) {
    const list = rules.macros[name];
    if (list) macros[name] = list;
  }
  const { compiled: _previous, ...plain } = rules;
  return { ...plain, macros, compiled: encodeCompiled(lang) };
}

function encodeCompiled(lang: SourceCompiledLanguage): CompiledRules {
  const words = [...lang.wordIds.entries()].sort((a, b) => a[1] - b[1]);
  words.forEach(([, id], index) => {
    if (id !== index + 1) throw new Error('vocabulary ids are not 1..n');
  });
  const idOf = (word: string): number => {
    const id = lang.wordIds.get(word);
    if (id === undefined) throw new Error(`"${word}" is not in the vocabulary`);
    return id;
  };

  // Tries become one minimal graph: equal sub-tries (same ends, same edges to equal children) are stored once.
  const guardIndex = new Map<string, number>();
  const guards: string[][] = [];
  const nodeIndex = new Map<TrieNode, number>();
  const byShape = new Map<string, number>();
  const nodes: number[] = [];
  const edges: number[] = [];
  const canonical = (node: TrieNode): number => {
    const known = nodeIndex.get(node);
    if (known !== undefined) return known;
    const children = node.edgeIds.map((id, e) => [id, canonical(node.edgeNodes[e] as TrieNode)] as const).sort((a, b) => a[0] - b[0]);
    const ends = node.ends
      .map((list) => {
        const key = JSON.stringify(list);
        let index = guardIndex.get(key);
        if (index === undefined) {
          index = guards.length;
          guardIndex.set(key, index);
          guards.push([...list]);
        }
        return index;
      })
      .sort((a, b) => a - b);
    const shape = `${ends.join(',')}|${children.map(([id, child]) => `${id}:${child}`).join(',')}`;
    let index = byShape.get(shape);
    if (index === undefined) {
      index = byShape.size;
      byShape.set(shape, index);
      nodes.push(children.length, ends.length, ...ends);
      for (const [id, child] of children) edges.push(id, child);
    }
    nodeIndex.set(node, index);
    return index;
  };

  const elementIndex = new Map<Element, number>(lang.elements.map((element, index) => [element, index]));
  const elements: number[] = [];
  for (const element of lang.elements) {
    if (element.type === 'gap') elements.push(-1, element.max);
    else elements.push(canonical(element.trie), (element.optional ? 1 : 0) | (element.repeat ? 2 : 0));
  }
  const roots = [lang.vague, lang.activities, lang.pastMarkers, lang.clauseStarters, lang.signOffs].map(canonical);

  const tree: number[] = [];
  const treeNodes = lang.matcher.tree.nodes;
  treeNodes.forEach((node, index) => {
    if (node.id !== index) throw new Error('pattern tree ids out of order');
    for (const child of node.children) if (child.id <= node.id) throw new Error('pattern tree child before its parent');
    tree.push(elementIndex.get(node.element) ?? -1, node.children.length, ...node.children.map((child) => child.id), node.endsHere.length, ...node.endsHere);
  });

  const width = Math.ceil((lang.wordIds.size + 1) / 32);
  const followIndex = (offset: number): number => {
    if (offset < 0) return -1;
    if (offset % width !== 0) throw new Error('follow set offset is not a multiple of its width');
    return offset / width;
  };
  const candidates: number[] = [];
  for (const [word, flat] of lang.slotsByFirstWord) {
    const copy = [...flat];
    // Each pattern's entry is [id, follow offset, pair count, ...pairs]: offsets become set numbers.
    for (let c = 0; c < copy.length; c += 3 + 2 * (copy[c + 2] as number)) copy[c + 1] = followIndex(copy[c + 1] as number);
    candidates.push(idOf(word), followIndex(lang.followByFirstWord.get(word) ?? -1), copy.length, ...copy);
  }
  const slotsByWord: number[] = [];
  for (const [word, slots] of lang.slotsByWord) slotsByWord.push(idOf(word), ...slots);
  const followSets: number[] = [];
  for (const list of lang.followLists) followSets.push(list.size, ...[...list].sort((a, b) => a - b));

  return {
    format: COMPILED_FORMAT,
    version: COMPILED_VERSION,
    words: words.map(([word]) => word).join(' '),
    guards,
    nodes,
    edges,
    elements,
    patterns: lang.patterns.map((pattern) => pattern.elements.map((element) => elementIndex.get(element) ?? -1)),
    tree,
    rootOf: lang.matcher.tree.rootOf.map((node) => node.id),
    roots,
    slotWords: lang.slotWords,
    slotsByWord,
    candidates,
    followSets,
  };
}

const NO_PHRASES: Phrase[] = [];

/** Decodes compact data into the engine's structures; throws an Error saying what is wrong with it. */
export function loadCompiled(rules: LanguageRules, data: CompiledRules): CompiledLanguage {
  if (data.format !== COMPILED_FORMAT || data.version !== COMPILED_VERSION) throw new Error(`${rules.code}: compiled rules of another format or version`);
  const wordList = data.words.length === 0 ? [] : data.words.split(' ');
  const wordIds = new Map<string, number>();
  for (let i = 0; i < wordList.length; i++) wordIds.set(wordList[i] as string, i + 1);
  const wordOf = (id: number): string => {
    const word = wordList[id - 1];
    if (word === undefined) throw new Error(`${rules.code}: compiled rules name word ${id} of ${wordList.length}`);
    return word;
  };

  // Trie nodes: first every node with its ends and edge ids, then the edges to their children.
  const { nodes: nodeData, edges: edgeData, guards } = data;
  const tries: TrieNode[] = [];
  const edgeStarts: number[] = [];
  let edgeAt = 0;
  for (let at = 0; at < nodeData.length; ) {
    const edgeCount = nodeData[at] as number;
    const endCount = nodeData[at + 1] as number;
    const ends: string[][] = [];
    for (let e = 0; e < endCount; e++) ends.push(guards[nodeData[at + 2 + e] as number] ?? []);
    at += 2 + endCount;
    edgeStarts.push(edgeAt);
    edgeAt += edgeCount;
    tries.push(emptyTrieNode(ends));
  }
  if (2 * edgeAt !== edgeData.length) throw new Error(`${rules.code}: compiled rules have ${edgeData.length / 2} edges for nodes that list ${edgeAt}`);
  const trieAt = (index: number): TrieNode => {
    const node = tries[index];
    if (!node) throw new Error(`${rules.code}: compiled rules name trie node ${index} of ${tries.length}`);
    return node;
  };
  tries.forEach((node, index) => {
    const from = edgeStarts[index] as number;
    const to = index + 1 < edgeStarts.length ? (edgeStarts[index + 1] as number) : edgeAt;
    const ids: number[] = [];
    const children: TrieNode[] = [];
    for (let e = from; e < to; e++) {
      const id = edgeData[2 * e] as number;
      wordOf(id);
      ids.push(id);
      children.push(trieAt(edgeData[2 * e + 1] as number));
    }
    setTrieEdges(node, ids, children);
  });

  const elements: Element[] = [];
  for (let at = 0; at < data.elements.length; at += 2) {
    const root = data.elements[at] as number;
    const flags = data.elements[at + 1] as number;
    elements.push(root < 0 ? { type: 'gap', max: flags } : { type: 'phrases', phrases: NO_PHRASES, trie: trieAt(root), optional: (flags & 1) !== 0, repeat: (flags & 2) !== 0 });
  }
  const elementAt = (index: number): Element => {
    const element = elements[index];
    if (!element) throw new Error(`${rules.code}: compiled rules name element ${index} of ${elements.length}`);
    return element;
  };
  if (data.patterns.length !== rules.patterns.length) throw new Error(`${rules.code}: compiled rules hold ${data.patterns.length} patterns, the rules ${rules.patterns.length}`);
  const patterns: CompiledPattern[] = rules.patterns.map((spec, id) => ({ spec, elements: (data.patterns[id] ?? []).map(elementAt), keys: [], firstWords: new Set(), id }));

  // The pattern tree: children always come after their parent, so subtree sets fill in from the back.
  const setWords = Math.max(1, Math.ceil(patterns.length / 32));
  const treeNodes: PatternTreeNode[] = [];
  const childLists: number[][] = [];
  for (let at = 0; at < data.tree.length; ) {
    const element = elementAt(data.tree[at] as number);
    const childCount = data.tree[at + 1] as number;
    const children = data.tree.slice(at + 2, at + 2 + childCount);
    const endCount = data.tree[at + 2 + childCount] as number;
    const endsHere = data.tree.slice(at + 3 + childCount, at + 3 + childCount + endCount);
    at += 3 + childCount + endCount;
    childLists.push(children);
    treeNodes.push({ id: treeNodes.length, element, children: [], endsHere, subtree: new Int32Array(setWords), subtreeWord: -1, subtreeBits: 0 });
  }
  for (let index = treeNodes.length - 1; index >= 0; index--) {
    const node = treeNodes[index] as PatternTreeNode;
    for (const id of node.endsHere) node.subtree[id >>> 5] = (node.subtree[id >>> 5] ?? 0) | (1 << (id & 31));
    for (const childId of childLists[index] ?? []) {
      const child = treeNodes[childId];
      if (!child || childId <= index) throw new Error(`${rules.code}: compiled pattern tree is out of order`);
      node.children.push(child);
      for (let k = 0; k < setWords; k++) node.subtree[k] = (node.subtree[k] ?? 0) | (child.subtree[k] ?? 0);
    }
    let used = -1;
    let count = 0;
    for (let k = 0; k < setWords; k++)
      if (node.subtree[k] !== 0) {
        used = k;
        count++;
      }
    if (count === 1) {
      node.subtreeWord = used;
      node.subtreeBits = node.subtree[used] as number;
    }
  }
  const rootOf = data.rootOf.map((id) => {
    const node = treeNodes[id];
    if (!node) throw new Error(`${rules.code}: compiled pattern tree has no node ${id}`);
    return node;
  });
  const tree: PatternTree = { nodes: treeNodes, rootOf, setWords };

  const width = Math.ceil((wordList.length + 1) / 32);
  const followSets = new Int32Array(width * countSets(data.followSets));
  for (let at = 0, set = 0; at < data.followSets.length; set++) {
    const size = data.followSets[at] as number;
    for (let k = at + 1; k <= at + size; k++) {
      const id = data.followSets[k] as number;
      followSets[set * width + (id >>> 5)] = (followSets[set * width + (id >>> 5)] ?? 0) | (1 << (id & 31));
    }
    at += 1 + size;
  }
  const offsetOf = (set: number): number => (set < 0 ? -1 : set * width);
  const slotsByFirstWord = new Map<string, Int32Array>();
  const followByFirstWord = new Map<string, number>();
  for (let at = 0; at < data.candidates.length; ) {
    const word = wordOf(data.candidates[at] as number);
    followByFirstWord.set(word, offsetOf(data.candidates[at + 1] as number));
    const length = data.candidates[at + 2] as number;
    const flat = Int32Array.from(data.candidates.slice(at + 3, at + 3 + length));
    for (let c = 0; c < flat.length; c += 3 + 2 * (flat[c + 2] as number)) flat[c + 1] = offsetOf(flat[c + 1] as number);
    slotsByFirstWord.set(word, flat);
    at += 3 + length;
  }
  const slotsByWord = new Map<string, Int32Array>();
  for (let at = 0; at < data.slotsByWord.length; at += 1 + data.slotWords) {
    slotsByWord.set(wordOf(data.slotsByWord[at] as number), Int32Array.from(data.slotsByWord.slice(at + 1, at + 1 + data.slotWords)));
  }
  const [vague, activities, pastMarkers, clauseStarters, signOffs] = data.roots.map(trieAt);
  if (!vague || !activities || !pastMarkers || !clauseStarters || !signOffs) throw new Error(`${rules.code}: compiled rules lack a trie`);
  return {
    ...tables(rules, wordIds, data.slotWords, tree),
    slotsByFirstWord,
    patterns,
    followSets,
    followByFirstWord,
    slotsByWord,
    vague,
    activities,
    pastMarkers,
    clauseStarters,
    signOffs,
  };
}

function countSets(lists: readonly number[]): number {
  let sets = 0;
  for (let at = 0; at < lists.length; at += 1 + (lists[at] as number)) sets++;
  return sets;
}
