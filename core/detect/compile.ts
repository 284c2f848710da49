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
import type { CompiledLanguage, StartInfo, WordInfo, WordStream } from './engine.ts';
import {
  buildPatternTree,
  buildTrie,
  compilePattern,
  emptyTrieNode,
  firstIds,
  flattenTries,
  indexByFirstWord,
  indexTries,
  makeGraph,
  parsePhrase,
  TreeMatcher,
  type CompiledPattern,
  type Element,
  type Phrase,
  type TrieGraph,
} from './patterns.ts';
import { LANGUAGE_ORDER } from './language.ts';
import type { CompiledRules, EngineLists, LanguageRules, PatternSpec } from './types.ts';

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
export const RUNTIME_MACROS: ReadonlyArray<keyof EngineLists> = [
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
];

/** A compile from the hand-written rules, with what only tests and the build read. */
export interface SourceCompiledLanguage extends CompiledLanguage {
  byFirstWord: Map<string, CompiledPattern[]>;
  /** The ids of byFirstWord's lists, same order. */
  idsByFirstWord: Map<string, number[]>;
  /** The shared elements, in first-use order (what patterns index into). */
  elements: Element[];
}

/** The language, from compact data when its rules carry it, else from the hand-written rules. */
export function compileLanguage(rules: LanguageRules): CompiledLanguage {
  return rules.compiled ? loadCompiled(rules, rules.compiled) : compileRules(rules);
}

/**
 * The language from its compiled module only: what ships, so the rule
 * compiler itself stays out of the extension's bundle.
 */
export function loadLanguage(rules: LanguageRules): CompiledLanguage {
  if (!rules.compiled) throw new Error(`${rules.code}: these rules are not compiled (npm run rules:detector writes core/detect/compiled/${rules.code}.ts)`);
  return loadCompiled(rules, rules.compiled);
}

function phrases(list: readonly string[] | undefined): Phrase[] {
  return (list ?? []).map(parsePhrase);
}

/** Compiles the hand-written rules (build time, tests). */
export function compileRules(rules: LanguageRules): SourceCompiledLanguage {
  const byFirstWord = new Map<string, CompiledPattern[]>();
  const sharedElements = new Map<string, Element>();
  const all: CompiledPattern[] = [];
  for (const [id, spec] of rules.patterns.entries()) {
    // "@WHEN_FREE" patterns always check what the free time is for: said once here, not read from the text on every match.
    const flagged = spec.p.includes('@WHEN_FREE') ? { ...spec, checkPurpose: true } : spec;
    const compiled = compilePattern(flagged, rules, id, sharedElements);
    all.push(compiled);
    for (const word of compiled.firstWords) {
      const list = byFirstWord.get(word);
      if (list) list.push(compiled);
      else byFirstWord.set(word, [compiled]);
    }
  }
  const wordIds = new Map<string, number>();
  const vague = buildTrie(phrases(rules.macros.VAGUE));
  const pastMarkers = buildTrie(phrases(rules.pastMarkers));
  const clauseStarters = buildTrie(phrases(rules.clauseStarters));
  const activities = buildTrie(phrases([...(rules.macros.ACT ?? []), ...(rules.macros.FOOD ?? []), ...(rules.macros.TALK ?? [])]));
  const signOffs = buildTrie(phrases(rules.macros.SIGN_OFF));
  const elements = [...sharedElements.values()];
  // Every trie the engine walks is indexed, so all of them are walked by word id.
  const phraseElements = elements.filter((element) => element.type === 'phrases');
  const objectTries = [...phraseElements.map((element) => element.trie), vague, pastMarkers, clauseStarters, activities, signOffs];
  indexTries(objectTries, wordIds);
  // What the engine walks: all of them as one minimal graph in flat arrays.
  const { graph, rootIds } = flattenTries(objectTries);
  phraseElements.forEach((element, index) => {
    element.root = rootIds[index] as number;
  });
  const [vagueRoot, pastRoot, clauseRoot, activityRoot, signOffRoot] = rootIds.slice(phraseElements.length) as [number, number, number, number, number];
  const idsByFirstWord = new Map<string, number[]>();
  for (const [word, list] of byFirstWord) idsByFirstWord.set(word, list.map((pattern) => pattern.id));
  return {
    ...tables(rules, wordIds, all, graph, { vague: vagueRoot, activities: activityRoot, pastMarkers: pastRoot, clauseStarters: clauseRoot, signOffs: signOffRoot }),
    byFirstWord,
    idsByFirstWord,
    elements,
  };
}

type Tries = Pick<CompiledLanguage, 'vague' | 'activities' | 'pastMarkers' | 'clauseStarters' | 'signOffs'>;

/**
 * Everything both ways of making a language derive the same way from the
 * patterns' elements and the word lists: slots, the pattern tree, which
 * patterns start at which word, the lists' sets and the scratch buffers.
 */
function tables(rules: LanguageRules, wordIds: Map<string, number>, patterns: CompiledPattern[], graph: TrieGraph, tries: Tries): CompiledLanguage {
  const macros = rules.macros;
  const slots = slotTables(patterns, graph, wordIds.size);
  const startingAt = new Map<number, number[]>();
  for (const pattern of patterns) {
    for (const id of firstIds(graph, pattern.elements)) {
      const list = startingAt.get(id);
      if (list) list.push(pattern.id);
      else startingAt.set(id, [pattern.id]);
    }
  }
  const slotWords = slots.slotWords;
  return {
    rules,
    graph,
    ...tries,
    patterns,
    startingAt,
    patternSlots: slots.patternSlots,
    slotTable: slots.slotTable,
    hasSlots: slots.hasSlots,
    followWidth: Math.ceil((wordIds.size + 1) / 32),
    starts: new Map<number, StartInfo | undefined>(),
    matcher: new TreeMatcher(buildPatternTree(patterns), patterns.length, WINDOW, graph),
    slotWords,
    scratchSuffix: new Int32Array((2 * WINDOW + 1) * slotWords),
    scratchStarts: new Int32Array(512),
    scratchEnds: new Int32Array(512),
    scratchTopic: new Int32Array(512),
    scratchRegister: new Int32Array(512),
    scratchMessage: new Int32Array(slotWords),
    scratchWanted: new Int32Array(Math.max(1, patterns.length)),
    normalizeCache: new Map(),
    scratchWords: emptyWordStream(),
    slot: (LANGUAGE_ORDER as readonly string[]).indexOf(rules.code),
    vocabulary: new Map<string, WordInfo>(),
    wordIds,
    objectVerbs: new Set(macros.OBJECT_VERBS),
    objectStarts: new Set(macros.OBJECT_STARTS),
    workManner: new Set(macros.WORK_MANNER),
    readerWords: new Set(macros.READER),
    withWords: new Set(macros.WITH),
    objectSkip: new Set(macros.OBJECT_SKIP),
    affiliations: new Set(macros.AFFILIATION),
    conditionOpeners: new Set(rules.conditionOpeners),
    negators: new Set(rules.negators),
    negationExceptions: new Set(rules.negationExceptions),
    reportVerbs: new Set(rules.reportVerbs),
    thirdParty: new Set(rules.thirdParty),
    leadIns: new Set(rules.leadIns),
    greetings: new Set(macros.GREETING),
    laughter: new Set(rules.laughter),
    connectors: new Set(macros.CONNECTOR),
    businessCues: new Set(rules.businessCues),
    registerCues: new Set(macros.REGISTER_CUES),
    skippable: new Set(macros.SKIPPABLE),
    negationNeutralizers: new Set(macros.NEG_NEUTRALIZED_BY),
    persons: new Set(macros.PERSONS),
    purposeWords: new Set(macros.PURPOSE),
    freeWords: new Set(macros.FREE),
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

/**
 * Every required element of every pattern (its first 31) is one slot bit, numbered in pattern
 * order; a word's slots are the required elements it can start. A pattern can match in a
 * sentence only if the sentence's words cover all of its slots.
 */
function slotTables(patterns: readonly CompiledPattern[], graph: TrieGraph, wordCount: number): { slotWords: number; slotTable: Int32Array; hasSlots: Uint8Array; patternSlots: number[][] } {
  const required = patterns.map((pattern) =>
    pattern.elements.flatMap((element) => (element.type === 'gap' || element.optional ? [] : [element.root])).slice(0, 31),
  );
  const slotCount = required.reduce((sum, roots) => sum + roots.length, 0);
  const slotWords = Math.max(1, Math.ceil(slotCount / 32));
  // One row of slotWords per word id: no object per word.
  const slotTable = new Int32Array((wordCount + 1) * slotWords);
  const hasSlots = new Uint8Array(wordCount + 1);
  const patternSlots: number[][] = [];
  let slot = 0;
  for (const roots of required) {
    const pairs: number[] = [];
    for (const root of roots) {
      const index = slot >>> 5;
      const bit = 1 << (slot & 31);
      if (pairs.length > 0 && pairs[pairs.length - 2] === index) pairs[pairs.length - 1] = (pairs[pairs.length - 1] ?? 0) | bit;
      else pairs.push(index, bit);
      for (let e = graph.starts[root] as number; e < (graph.starts[root + 1] as number); e++) {
        const id = graph.ids[e] as number;
        hasSlots[id] = 1;
        slotTable[id * slotWords + index] = (slotTable[id * slotWords + index] as number) | bit;
      }
      slot++;
    }
    patternSlots.push(pairs);
  }
  return { slotWords, slotTable, hasSlots, patternSlots };
}

function emptyWordStream(): WordStream {
  return { w: [], info: [], ids: [], token: [], sentence: [], clause: [], length: 0 };
}

// ---------------------------------------------------------------------------
// Compact data: what the build writes, and how a page reads it back.

/**
 * The rules the engine still reads at run time, with their compiled
 * structures as compact data. Left out: the macros only patterns use, the
 * patterns' source text and the phrase lists that only become tries (past
 * markers, clause starters); all of them live on in the compiled tries.
 */
export function encodeLanguage(rules: LanguageRules): LanguageRules {
  const lang = compileRules(rules);
  const macros = {} as LanguageRules['macros'];
  for (const name of RUNTIME_MACROS) macros[name] = rules.macros[name];
  const { compiled: _previous, ...plain } = rules;
  return { ...plain, macros, patterns: [], pastMarkers: [], clauseStarters: [], compiled: encodeCompiled(lang) };
}

function encodeCompiled(lang: SourceCompiledLanguage): CompiledRules {
  const words = [...lang.wordIds.entries()].sort((a, b) => a[1] - b[1]);
  words.forEach(([, id], index) => {
    if (id !== index + 1) throw new Error('vocabulary ids are not 1..n');
  });
  const graph = lang.graph;
  const nodes: number[] = [];
  const edges: number[] = [];
  for (let node = 0; node < graph.ends.length; node++) {
    const from = graph.starts[node] as number;
    const to = graph.starts[node + 1] as number;
    nodes.push(to - from, graph.ends[node] as number);
    let previous = 0;
    for (let e = from; e < to; e++) {
      const id = graph.ids[e] as number;
      const child = graph.children[e] as number;
      if (child >= node) throw new Error('a trie child numbered after its parent');
      edges.push(id - previous, child === 0 ? 0 : node - child);
      previous = id;
    }
  }
  const elementIndex = new Map<Element, number>(lang.elements.map((element, index) => [element, index]));
  const elements: number[] = [];
  for (const element of lang.elements) {
    if (element.type === 'gap') elements.push(-1, element.max);
    else elements.push(element.root, (element.optional ? 1 : 0) | (element.repeat ? 2 : 0));
  }
  return {
    format: COMPILED_FORMAT,
    version: COMPILED_VERSION,
    words: words.map(([word]) => word).join(' '),
    endLists: graph.endLists.map((lists) => lists.map((list) => [...list])),
    nodes: packNumbers(nodes),
    edges: packNumbers(edges),
    elements,
    patterns: lang.patterns.map((pattern) => pattern.elements.map((element) => elementIndex.get(element) ?? -1)),
    specs: lang.patterns.map(({ spec }) => {
      const { p: _source, ...flags } = spec as PatternSpec;
      return flags;
    }),
    roots: [lang.vague, lang.activities, lang.pastMarkers, lang.clauseStarters, lang.signOffs],
  };
}

/*
 * Number lists as text: each non-negative number in base 91 over the printable ASCII characters
 * from "#" to "~" except the backslash (nothing to escape in a JS string). The last digit of a number is one of
 * the first 46 characters, the digits before it one of the other 45, so numbers need no separator:
 * about half the size of JSON numbers, and a little smaller gzipped.
 */
const DIGITS = Array.from({ length: 92 }, (_, i) => String.fromCharCode(35 + i)).filter((c) => c !== '\\').join('');
const LAST = 46;
const MORE = DIGITS.length - LAST;

export function packNumbers(values: readonly number[]): string {
  let out = '';
  for (const value of values) {
    if (!Number.isInteger(value) || value < 0) throw new Error(`cannot pack ${value}`);
    let digits = DIGITS.charAt(value % LAST);
    for (let rest = Math.floor(value / LAST); rest > 0; rest = Math.floor(rest / MORE)) digits = DIGITS.charAt(LAST + (rest % MORE)) + digits;
    out += digits;
  }
  return out;
}

export function unpackNumbers(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = code - 35 - (code > 92 ? 1 : 0);
    if (digit < 0 || digit >= DIGITS.length || code === 92) throw new Error('packed numbers hold a character outside their alphabet');
    if (digit < LAST) {
      values.push(value * LAST + digit);
      value = 0;
    } else value = value * MORE + (digit - LAST);
  }
  if (value !== 0) throw new Error('packed numbers end in the middle of a number');
  return values;
}

const NO_PHRASES: Phrase[] = [];
/** Compiled data has no object tries: its elements point into the graph (`root`). */
const NO_TRIE = emptyTrieNode([]);

/** Decodes compact data into the engine's structures; throws an Error saying what is wrong with it. */
export function loadCompiled(rules: LanguageRules, data: CompiledRules): CompiledLanguage {
  if (data.format !== COMPILED_FORMAT || data.version !== COMPILED_VERSION) throw new Error(`${rules.code}: compiled rules of another format or version`);
  const wordList = data.words.length === 0 ? [] : data.words.split(' ');
  const wordIds = new Map<string, number>();
  for (let i = 0; i < wordList.length; i++) wordIds.set(wordList[i] as string, i + 1);

  // The trie graph: per node its edge count and ends, then the edges as steps (see CompiledRules).
  const nodeData = unpackNumbers(data.nodes);
  const edgeData = unpackNumbers(data.edges);
  const nodeCount = nodeData.length / 2;
  const counts = new Int32Array(nodeCount);
  const ends = new Int32Array(nodeCount);
  const ids = new Int32Array(edgeData.length / 2);
  const children = new Int32Array(edgeData.length / 2);
  let edge = 0;
  for (let node = 0; node < nodeCount; node++) {
    const count = nodeData[2 * node] as number;
    const end = nodeData[2 * node + 1] as number;
    if (end > data.endLists.length) throw new Error(`${rules.code}: compiled rules name end list ${end} of ${data.endLists.length}`);
    counts[node] = count;
    ends[node] = end;
    let id = 0;
    for (const stop = edge + count; edge < stop; edge++) {
      if (edge >= ids.length) throw new Error(`${rules.code}: compiled rules have ${ids.length} edges for nodes that list more`);
      id += edgeData[2 * edge] as number;
      const step = edgeData[2 * edge + 1] as number;
      if (id < 1 || id > wordList.length) throw new Error(`${rules.code}: compiled rules name word ${id} of ${wordList.length}`);
      if (step > node) throw new Error(`${rules.code}: compiled rules name a trie node before the first`);
      ids[edge] = id;
      children[edge] = step === 0 ? 0 : node - step;
    }
  }
  if (edge !== ids.length || edgeData.length % 2 !== 0) throw new Error(`${rules.code}: compiled rules have ${edgeData.length / 2} edges for nodes that list ${edge}`);
  const graph = makeGraph(counts, ends, ids, children, data.endLists);
  const trieAt = (index: number): number => {
    if (!Number.isInteger(index) || index < 0 || index >= nodeCount) throw new Error(`${rules.code}: compiled rules name trie node ${index} of ${nodeCount}`);
    return index;
  };

  const elements: Element[] = [];
  for (let at = 0; at < data.elements.length; at += 2) {
    const root = data.elements[at] as number;
    const flags = data.elements[at + 1] as number;
    elements.push(root < 0 ? { type: 'gap', max: flags } : { type: 'phrases', phrases: NO_PHRASES, trie: NO_TRIE, root: trieAt(root), optional: (flags & 1) !== 0, repeat: (flags & 2) !== 0 });
  }
  if (data.patterns.length !== data.specs.length) throw new Error(`${rules.code}: compiled rules hold ${data.patterns.length} patterns but ${data.specs.length} specs`);
  // Equal elements are one element, so its number is the key the pattern tree merges prefixes by.
  const patterns: CompiledPattern[] = data.specs.map((spec, id) => {
    const indexes = data.patterns[id] ?? [];
    const own = indexes.map((index) => {
      const element = elements[index];
      if (!element) throw new Error(`${rules.code}: compiled rules name element ${index} of ${elements.length}`);
      return element;
    });
    return { spec, elements: own, keys: indexes.map(String), firstWords: new Set(), id };
  });
  if (data.roots.length !== 5) throw new Error(`${rules.code}: compiled rules lack a trie`);
  const [vague, activities, pastMarkers, clauseStarters, signOffs] = data.roots.map(trieAt) as [number, number, number, number, number];
  return tables(rules, wordIds, patterns, graph, { vague, activities, pastMarkers, clauseStarters, signOffs });
}
