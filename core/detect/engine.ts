/**
 * The language-independent detector: turns tokens into a per-language word
 * stream, runs the language's wish patterns, rejects matches that are negated,
 * past, reported, about someone else or already pinned to a concrete time, and
 * grows each surviving match into the clause an invite should replace.
 */
import {
  buildPatternTree,
  buildTrie,
  childById,
  compilePattern,
  idsAfterFirstWord,
  indexByFirstWord,
  indexTries,
  longestTrieMatch,
  parsePhrase,
  requiredWordSets,
  TreeMatcher,
  type CompiledPattern,
  type Element,
  type Phrase,
  type TrieNode,
} from './patterns.ts';
import { mayStartTime, sentenceHasTime, type TimeRules } from './time.ts';
import type { Lexeme } from './lexicon.ts';
import { foldWord, type Token } from './tokenize.ts';
import type { LanguageRules, VagueKind, VagueMatch } from './types.ts';

/**
 * The normalized words of a message as parallel arrays (no object per word):
 * the word, the token it came from, its sentence and its clause.
 */
export interface WordStream {
  w: string[];
  /** What the language knows about each word, looked up once per distinct token. */
  info: WordInfo[];
  /** Vocabulary id of each word (0 when no rule mentions it), for trie walks. */
  ids: number[];
  token: number[];
  sentence: number[];
  clause: number[];
  length: number;
}

/** Everything the hot loops ask about one normalized word, interned per language. */
export interface WordInfo {
  w: string;
  /** Vocabulary id for trie edges; 0 when no rule mentions the word. */
  id: number;
  /**
   * The patterns a match can start with this word at, in rule order, with
   * their required slots, flattened for the hot loop: per pattern
   * [id, follow set offset (-1: any word), pair count, (slot word, bits) × pair count].
   */
  candidateSlots: Int32Array | undefined;
  /**
   * Where CompiledLanguage.followSets holds the ids of the words that can come
   * right after this one in a match starting with it (any of its patterns), or
   * -1 when any word can.
   */
  follow: number;
  /** The required-element slots this word can start (see CompiledLanguage.slotsByWord). */
  slots: Int32Array | undefined;
  businessCue: boolean;
  registerCue: boolean;
  /** Whether the word can start a concrete time expression. */
  timeStart: boolean;
  negator: boolean;
  reportVerb: boolean;
  strongBusinessCue: boolean;
}

export interface CompiledLanguage {
  rules: LanguageRules;
  byFirstWord: Map<string, CompiledPattern[]>;
  /** The ids of byFirstWord's lists, same order. */
  idsByFirstWord: Map<string, number[]>;
  /** byFirstWord's lists with each pattern's slots (see WordInfo.candidateSlots). */
  slotsByFirstWord: Map<string, Int32Array>;
  /** Every pattern, by id. */
  patterns: CompiledPattern[];
  /** Bit sets over word ids, followWords wide, at the offsets in candidateSlots and WordInfo.follow. */
  followSets: Int32Array;
  /** Where each first word's union follow set starts in followSets (-1: any word). */
  followByFirstWord: Map<string, number>;
  /** All patterns as one shared-prefix tree, searched per start position. */
  matcher: TreeMatcher;
  /**
   * Every required element of every pattern is one bit ("slot"); a word's
   * slots are the required elements it can start. A pattern can match in a
   * sentence only if the sentence's words cover all of its slots.
   */
  slotsByWord: Map<string, Int32Array>;
  /** Uint32 words per slot bit set. */
  slotWords: number;
  /** Per pattern, its slots as flattened [word index, bits] pairs (empty: always applicable). */
  patternSlots: number[][];
  /** Reused per call; the detector is synchronous, so one buffer per language is safe. */
  /** Per-word suffix slot sets of one sentence (at most 2 × WINDOW + 1 rows). */
  scratchSuffix: Int32Array;
  /** Sentence bounds per word, grown as needed. */
  scratchStarts: Int32Array;
  scratchEnds: Int32Array;
  /** Running cue counts (see cueCounts), grown as needed. */
  scratchTopic: Int32Array;
  scratchRegister: Int32Array;
  scratchMessage: Int32Array;
  /** Ids of the patterns searched from one start, in rule order. */
  scratchWanted: Int32Array;
  normalizeCache: Map<string, NormalizedToken>;
  /** The word stream's arrays, reused by detectInLanguage from one message to the next. */
  scratchWords: WordStream;
  /** This language's slot in a Lexeme's norms. */
  slot: number;
  vocabulary: Map<string, WordInfo>;
  /** Every word on a trie edge → its id. */
  wordIds: Map<string, number>;
  vague: TrieNode;
  activities: TrieNode;
  pastMarkers: TrieNode;
  clauseStarters: TrieNode;
  /** Closing formulas ("hablamos pronto", "talk soon"): a wish only when asked as a question. */
  signOffs: TrieNode;
  /** Verbs that take a thing as object ("connect", "collaborate"); see objectIsNotTheReader. */
  objectVerbs: Set<string>;
  /** Words that, right after an object verb, start an object that is a thing or someone else. */
  objectStarts: Set<string>;
  /** Words that manner-describe ongoing work right after an object verb ("closely"). */
  workManner: Set<string>;
  /** The reader and the writer, as objects: "with you", "with us". */
  readerWords: Set<string>;
  /** "with" and its spellings. */
  withWords: Set<string>;
  /** Words tying a name to a team or company ("Sarah from marketing"). */
  affiliations: Set<string>;
  /** Words passed over between an object verb and its object ("more"). */
  objectSkip: Set<string>;
  conditionOpeners: Set<string>;
  negators: Set<string>;
  negationExceptions: Set<string>;
  reportVerbs: Set<string>;
  thirdParty: Set<string>;
  leadIns: Set<string>;
  greetings: Set<string>;
  laughter: Set<string>;
  connectors: Set<string>;
  businessCues: Set<string>;
  registerCues: Set<string>;
  skippable: Set<string>;
  negationNeutralizers: Set<string>;
  persons: Set<string>;
  purposeWords: Set<string>;
  freeWords: Set<string>;
  strongBusinessCues: Set<string>;
  time: TimeRules;
}

/**
 * Every check around a candidate looks at most this many words either side,
 * so a 100 KB message without punctuation still costs O(length).
 */
const WINDOW = 40;
/** How far back in its clause negation and tense markers still apply. */
const CLAUSE_LOOKBACK = 12;
/** How far back in its sentence a reporting verb ("she says ...") still applies. */
const REPORT_LOOKBACK = 16;

function phrases(list: readonly string[] | undefined): Phrase[] {
  return (list ?? []).map(parsePhrase);
}

export function compileLanguage(rules: LanguageRules): CompiledLanguage {
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
  indexTries(
    [...[...sharedElements.values()].flatMap((element) => (element.type === 'phrases' ? [element.trie] : [])), vague, pastMarkers, clauseStarters],
    wordIds,
  );
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
  return {
    rules,
    byFirstWord,
    idsByFirstWord,
    slotsByFirstWord,
    patterns: all,
    followSets: follow.sets(),
    followByFirstWord,
    matcher: new TreeMatcher(buildPatternTree(all), rules.patterns.length, WINDOW),
    slotsByWord,
    slotWords,
    patternSlots,
    scratchSuffix: new Int32Array((2 * WINDOW + 1) * slotWords),
    scratchStarts: new Int32Array(512),
    scratchEnds: new Int32Array(512),
    scratchTopic: new Int32Array(512),
    scratchRegister: new Int32Array(512),
    scratchMessage: new Int32Array(slotWords),
    scratchWanted: new Int32Array(Math.max(1, rules.patterns.length)),
    normalizeCache: new Map(),
    scratchWords: { w: [], info: [], ids: [], token: [], sentence: [], clause: [], length: 0 },
    slot: LANGUAGE_SLOTS.indexOf(rules.code),
    vocabulary: new Map(),
    wordIds,
    vague,
    activities: buildTrie(phrases([...(rules.macros.ACT ?? []), ...(rules.macros.FOOD ?? []), ...(rules.macros.TALK ?? [])])),
    pastMarkers,
    clauseStarters,
    signOffs: buildTrie(phrases(rules.macros.SIGN_OFF)),
    objectVerbs: new Set(rules.macros.OBJECT_VERBS ?? []),
    objectStarts: new Set(rules.macros.OBJECT_STARTS ?? []),
    workManner: new Set(rules.macros.WORK_MANNER ?? []),
    readerWords: new Set(rules.macros.READER ?? []),
    withWords: new Set(rules.macros.WITH ?? []),
    objectSkip: new Set(rules.macros.OBJECT_SKIP ?? []),
    affiliations: new Set(rules.macros.AFFILIATION ?? []),
    conditionOpeners: new Set(rules.conditionOpeners),
    negators: new Set(rules.negators),
    negationExceptions: new Set(rules.negationExceptions),
    reportVerbs: new Set(rules.reportVerbs),
    thirdParty: new Set(rules.thirdParty),
    leadIns: new Set(rules.leadIns),
    greetings: new Set(rules.macros.GREETING ?? []),
    laughter: new Set(rules.laughter),
    connectors: new Set(rules.macros.CONNECTOR ?? []),
    businessCues: new Set(rules.businessCues),
    registerCues: new Set(rules.macros.REGISTER_CUES ?? []),
    skippable: new Set(rules.macros.SKIPPABLE ?? []),
    negationNeutralizers: new Set(rules.macros.NEG_NEUTRALIZED_BY ?? []),
    persons: new Set(rules.macros.PERSONS ?? []),
    purposeWords: new Set(rules.macros.PURPOSE ?? []),
    freeWords: new Set(rules.macros.FREE ?? []),
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

/** Word-id bit sets, stored once each in one flat array; undefined ("any word") is -1. */
function followSetTable(idCount: number): { add: (ids: Set<number> | undefined) => number; sets: () => Int32Array } {
  const width = Math.ceil(idCount / 32);
  const words: number[] = [];
  const offsets = new Map<string, number>();
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
      }
      return offset;
    },
    sets: () => Int32Array.from(words),
  };
}

/** True when the follow set at `offset` (-1: any word) holds word id `id`; id -1 means no next word. */
function mayFollow(sets: Int32Array, offset: number, id: number): boolean {
  return offset < 0 || id < 0 || ((sets[offset + (id >>> 5)] as number) & (1 << (id & 31))) !== 0;
}

const ELISION = /^(qu|[cdjlmnst])'(.+)$/;
const ELIDED: Record<string, string> = { qu: 'que', c: 'ce', d: 'de', j: 'je', l: 'le', m: 'me', n: 'ne', s: 'se', t: 'te' };
const SUFFIXES: Array<[string, string[]]> = [
  ["n't", ['not']],
  ["'ve", ['have']],
  ["'ll", ['will']],
  ["'re", ['are']],
  ["'d", ['would']],
  ["'m", ['am']],
  ["'s", []],
];

/** Folded word → the words it stands for in this language. */
function expandWord(folded: string, rules: LanguageRules, out: string[]): void {
  const direct = Object.hasOwn(rules.expansions, folded) ? rules.expansions[folded] : undefined;
  if (direct) {
    out.push(...direct);
    return;
  }
  if (folded.includes('-')) {
    for (const piece of folded.split('-')) if (piece) expandWord(piece, rules, out);
    return;
  }
  if (folded.includes("'")) {
    const elided = ELISION.exec(folded);
    if (elided && rules.code === 'fr') {
      out.push(ELIDED[elided[1] ?? ''] ?? elided[1] ?? '');
      expandWord(elided[2] ?? '', rules, out);
      return;
    }
    for (const [suffix, replacement] of SUFFIXES) {
      if (folded.endsWith(suffix) && folded.length > suffix.length) {
        let base = folded.slice(0, -suffix.length);
        if (suffix === "n't") base = base === 'ca' ? 'can' : base === 'wo' ? 'will' : base === 'sha' ? 'shall' : base;
        expandWord(base, rules, out);
        out.push(...replacement);
        return;
      }
    }
    out.push(folded.replace(/'/g, ''));
    return;
  }
  out.push(folded);
}

interface NormalizedToken {
  words: string[];
  infos: WordInfo[];
  laughter: boolean;
}

const VOCABULARY_LIMIT = 20_000;
const LANGUAGE_SLOTS: readonly string[] = ['en', 'es', 'fr', 'de', 'pt'];

function wordInfo(word: string, lang: CompiledLanguage): WordInfo {
  let info = lang.vocabulary.get(word);
  if (info) return info;
  info = {
    w: word,
    id: lang.wordIds.get(word) ?? 0,
    candidateSlots: lang.slotsByFirstWord.get(word),
    follow: lang.followByFirstWord.get(word) ?? -1,
    slots: lang.slotsByWord.get(word),
    businessCue: lang.businessCues.has(word),
    registerCue: lang.registerCues.has(word),
    timeStart: mayStartTime(word, lang.time),
    negator: lang.negators.has(word),
    reportVerb: lang.reportVerbs.has(word),
    strongBusinessCue: lang.strongBusinessCues.has(word),
  };
  // Very long "words" (pasted blobs) are not worth remembering.
  if (word.length > 40) return info;
  if (lang.vocabulary.size >= VOCABULARY_LIMIT) lang.vocabulary.clear();
  lang.vocabulary.set(word, info);
  return info;
}

/** Chat reuses the same few hundred words; caching their normal forms keeps fold/expand off the hot path. */
const NORMALIZE_CACHE_LIMIT = 20_000;

function normalizeToken(token: Token, lang: CompiledLanguage, lex?: Lexeme): NormalizedToken {
  if (lex) {
    const known = lex.norms[lang.slot] as NormalizedToken | undefined;
    if (known) return known;
    const normalized = normalizeFolded(token, lex.folded, lang);
    lex.norms[lang.slot] = normalized;
    return normalized;
  }
  const cached = lang.normalizeCache.get(token.raw);
  if (cached) return cached;
  const normalized = normalizeFolded(token, foldWord(token.raw), lang);
  if (token.raw.length <= 40) {
    if (lang.normalizeCache.size >= NORMALIZE_CACHE_LIMIT) lang.normalizeCache.clear();
    lang.normalizeCache.set(token.raw, normalized);
  }
  return normalized;
}

function normalizeFolded(token: Token, folded: string, lang: CompiledLanguage): NormalizedToken {
  const words: string[] = [];
  if (token.kind === 'word') expandWord(folded, lang.rules, words);
  else words.push(folded);
  return { words, infos: words.map((word) => wordInfo(word, lang)), laughter: lang.laughter.has(folded) };
}

/**
 * The word stream for one language. Sentences end at terminal punctuation,
 * line breaks, emoji, emoticons and laughter; clauses also end at commas.
 * With `reuse`, that stream's arrays are overwritten front to back and then
 * cut to the word count, so they read exactly like fresh ones (undefined past
 * the end) without allocating per message.
 */
export function buildWords(tokens: readonly Token[], lang: CompiledLanguage, lexemes?: ReadonlyArray<Lexeme | undefined>, reuse?: WordStream): WordStream {
  const words: WordStream = reuse ?? { w: [], info: [], ids: [], token: [], sentence: [], clause: [], length: 0 };
  let at = 0;
  let sentence = 0;
  let clause = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    switch (token.kind) {
      case 'word':
      case 'number': {
        const normalized = normalizeToken(token, lang, lexemes?.[i]);
        const infos = normalized.infos;
        for (let n = 0; n < infos.length; n++) {
          const info = infos[n] as WordInfo;
          words.w[at] = info.w;
          words.info[at] = info;
          words.ids[at] = info.id;
          words.token[at] = i;
          words.sentence[at] = sentence;
          words.clause[at] = clause;
          at++;
        }
        if (normalized.laughter) {
          sentence++;
          clause++;
        }
        break;
      }
      case 'terminal':
      case 'newline':
      case 'emoji':
      case 'emoticon':
        sentence++;
        clause++;
        break;
      case 'comma':
        clause++;
        break;
      default:
        break;
    }
  }
  words.w.length = at;
  words.info.length = at;
  words.ids.length = at;
  words.token.length = at;
  words.sentence.length = at;
  words.clause.length = at;
  words.length = at;
  return words;
}

export interface RawMatch {
  start: number;
  end: number;
  kind: VagueKind;
  phraseStart: number;
  phraseEnd: number;
}

/** For each word, where its sentence starts and ends (exclusive), in one linear pass. */
interface Bounds {
  starts: Int32Array;
  ends: Int32Array;
  /** Words in the message (the arrays may be longer: they are reused between calls). */
  length: number;
}

function sentenceBoundaries(words: WordStream, lang: CompiledLanguage): Bounds {
  if (lang.scratchStarts.length < words.length) {
    lang.scratchStarts = new Int32Array(words.length * 2);
    lang.scratchEnds = new Int32Array(words.length * 2);
  }
  const starts = lang.scratchStarts;
  const ends = lang.scratchEnds;
  let from = 0;
  for (let i = 0; i <= words.length; i++) {
    if (i === words.length || (i > 0 && words.sentence[i] !== words.sentence[i - 1])) {
      for (let k = from; k < i; k++) {
        starts[k] = from;
        ends[k] = i;
      }
      from = i;
    }
  }
  return { starts, ends, length: words.length };
}

function anyPhraseIn(trie: TrieNode, w: readonly string[], ids: ArrayLike<number>, from: number, to: number, limit: number): boolean {
  for (let i = from; i < to && i < limit; i++) {
    // Most words start no phrase: an integer test settles them before the trie walk.
    if (childById(trie, ids[i] ?? 0) === undefined) continue;
    if (longestTrieMatch(trie, w, i, limit) > i) return true;
  }
  return false;
}

function isCapitalizedName(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  // ASCII first letters (nearly all) are settled without building a lowercase copy.
  const code = token.raw.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 && token.raw !== 'I';
  const first = token.raw.charAt(0);
  return first !== first.toLowerCase() && token.raw !== 'I';
}

/** Runs one language's rules over the tokens; returns raw, unmerged matches. */
export function detectInLanguage(text: string, tokens: readonly Token[], lang: CompiledLanguage, lexemes?: ReadonlyArray<Lexeme | undefined>): RawMatch[] {
  const words = buildWords(tokens, lang, lexemes, lang.scratchWords);
  if (words.length === 0) return [];
  const w = words.w;
  const info = words.info;
  // A pattern is tried only if every one of its required elements can start
  // somewhere from the candidate to the end of its sentence (in the whole
  // message, for very long sentences); most patterns drop out before any matching.
  const slotWords = lang.slotWords;
  let slottedSentence = -1;
  let messageSlotted = false;
  const matches: RawMatch[] = [];
  const bounds = sentenceBoundaries(words, lang);
  // Whether a sentence names a concrete time, worked out only for sentences next to a wish.
  let timeBySentence: Map<number, boolean> | undefined;
  const sentenceTime = (sentence: number, from: number, to: number): boolean => {
    timeBySentence ??= new Map();
    let known = timeBySentence.get(sentence);
    if (known === undefined) {
      known = sentenceHasTime(words, lang.time, from, to);
      timeBySentence.set(sentence, known);
    }
    return known;
  };
  let businessRegister: boolean | undefined;
  let topicCounts: Int32Array | undefined;
  let registerCounts: Int32Array | undefined;

  let i = 0;
  while (i < words.length) {
    const here = info[i] as WordInfo;
    const flat = here.candidateSlots;
    // No pattern can start here, or none can go on with the next word (the
    // next word in the sentence, if any; the last word may match alone).
    const nextId = i + 1 < (bounds.ends[i] ?? words.length) ? (words.ids[i + 1] as number) : -1;
    const followSets = lang.followSets;
    if (flat === undefined || !mayFollow(followSets, here.follow, nextId)) {
      i++;
      continue;
    }
    // The sentence, clipped to a window around the candidate.
    const sentenceStart = Math.max(bounds.starts[i] ?? 0, i - WINDOW);
    const sentenceEnd = Math.min(bounds.ends[i] ?? words.length, i + WINDOW);
    const fullStart = bounds.starts[i] ?? 0;
    const fullEnd = bounds.ends[i] ?? words.length;
    let mask: Int32Array;
    let maskAt = 0;
    if (fullEnd - fullStart <= 2 * WINDOW) {
      mask = lang.scratchSuffix;
      if (slottedSentence !== fullStart) {
        suffixSlots(info, fullStart, fullEnd, mask, slotWords);
        slottedSentence = fullStart;
      }
      maskAt = (i - fullStart) * slotWords;
    } else {
      mask = lang.scratchMessage;
      if (!messageSlotted) {
        collectSlots(info, 0, words.length, mask);
      }
      messageSlotted = true;
    }
    // Only patterns whose required elements all occur from here to the
    // sentence end are searched, in rule order.
    const wanted = lang.scratchWanted;
    let wantedCount = 0;
    for (let c = 0; c < flat.length; ) {
      const id = flat[c] as number;
      const pairs = flat[c + 2] as number;
      let covered = mayFollow(followSets, flat[c + 1] as number, nextId);
      for (let p = c + 3, last = c + 3 + 2 * pairs; covered && p < last; p += 2) {
        const bits = flat[p + 1] as number;
        if (((mask[maskAt + (flat[p] as number)] as number) & bits) !== bits) {
          covered = false;
          break;
        }
      }
      c += 3 + 2 * pairs;
      if (covered) wanted[wantedCount++] = id;
    }
    if (wantedCount === 0) {
      i++;
      continue;
    }
    const matcher = lang.matcher;
    matcher.begin(w, words.ids, i, sentenceEnd);
    for (let c = 0; c < wantedCount; c++) matcher.want(wanted[c] as number);
    matcher.run(wanted, wantedCount);
    const results = matcher.results;
    let bestEnd = -1;
    let bestPattern: CompiledPattern | undefined;
    for (let c = 0; c < wantedCount; c++) {
      const id = wanted[c] as number;
      const pattern = lang.patterns[id] as CompiledPattern;
      const end = results[id] ?? -1;
      // Longest match wins; on a tie, a pattern with a fixed kind is more specific.
      if (end <= i || end < bestEnd || (end === bestEnd && (pattern.spec.kind === undefined || bestPattern?.spec.kind !== undefined))) continue;
      if (!acceptMatch(pattern, words, w, i, end, sentenceStart, sentenceEnd, tokens, lang)) continue;
      bestEnd = end;
      bestPattern = pattern;
    }
    if (!bestPattern || bestEnd < 0) {
      i++;
      continue;
    }
    const sentence = words.sentence[i] ?? 0;
    const previousIsQuestion = previousSentenceIsQuestion(words, tokens, sentenceStart);
    // The next and previous sentences hold words only if their index follows on directly.
    const hasNext = fullEnd < words.length && words.sentence[fullEnd] === sentence + 1;
    const hasPrevious = fullStart > 0 && words.sentence[fullStart - 1] === sentence - 1;
    const concrete =
      sentenceTime(sentence, fullStart, fullEnd) ||
      (hasNext && sentenceTime(sentence + 1, fullEnd, bounds.ends[fullEnd] ?? words.length)) ||
      (previousIsQuestion && hasPrevious && sentenceTime(sentence - 1, bounds.starts[fullStart - 1] ?? 0, fullStart));
    if (concrete) {
      i = bestEnd;
      continue;
    }
    businessRegister ??= hasStrongBusinessRegister(info);
    const kind: VagueKind =
      bestPattern.spec.kind ??
      (businessRegister ||
      hasCueNear((topicCounts ??= cueCounts(info, false, lang)), bounds, sentenceStart, sentenceEnd, 0) ||
      hasCueNear((registerCounts ??= cueCounts(info, true, lang)), bounds, sentenceStart, sentenceEnd, 1)
        ? 'business'
        : 'social');
    const firstToken = tokens[words.token[i] ?? 0];
    const lastToken = tokens[words.token[bestEnd - 1] ?? 0];
    if (!firstToken || !lastToken) {
      i++;
      continue;
    }
    const start = growSpan(words, w, tokens, lang, i, bestEnd, sentenceStart, sentenceEnd);
    matches.push({ start, end: grownEnd, kind, phraseStart: firstToken.start, phraseEnd: lastToken.end });
    i = bestEnd;
  }
  return matches;
}

/** ORs the slots of words [from, to) into `out`. */
function collectSlots(info: readonly WordInfo[], from: number, to: number, out: Int32Array): void {
  out.fill(0);
  const size = out.length;
  for (let k = from; k < to; k++) {
    const slots = info[k]?.slots;
    if (!slots) continue;
    for (let n = 0; n < size; n++) out[n] = (out[n] ?? 0) | (slots[n] ?? 0);
  }
}

/**
 * Row r of `out` (slotWords wide) gets the slots of words [from + r, to): what
 * can still start at or after each word of the sentence. Rows run back from
 * the sentence end, each the one after it plus its own word's slots.
 */
function suffixSlots(info: readonly WordInfo[], from: number, to: number, out: Int32Array, size: number): void {
  let row = (to - from) * size;
  for (let n = 0; n < size; n++) out[row + n] = 0;
  for (let k = to - 1; k >= from; k--) {
    const next = row;
    row -= size;
    const slots = info[k]?.slots;
    if (slots) for (let n = 0; n < size; n++) out[row + n] = (out[next + n] ?? 0) | (slots[n] ?? 0);
    else for (let n = 0; n < size; n++) out[row + n] = out[next + n] ?? 0;
  }
}


function previousSentenceIsQuestion(words: WordStream, tokens: readonly Token[], sentenceStart: number): boolean {
  if (sentenceStart === 0) return false;
  const after = tokens[(words.token[sentenceStart - 1] ?? 0) + 1];
  return after?.kind === 'terminal' && after.raw.includes('?');
}

function hasStrongBusinessRegister(info: readonly WordInfo[]): boolean {
  for (let k = 0; k < info.length; k++) if ((info[k] as WordInfo).strongBusinessCue) return true;
  return false;
}

/** Running count of cue words, so "any cue between a and b" is one subtraction. */
function cueCounts(info: readonly WordInfo[], register: boolean, lang: CompiledLanguage): Int32Array {
  // Reused between calls (only indexes 0..length are ever read); grown as needed.
  let counts = register ? lang.scratchRegister : lang.scratchTopic;
  if (counts.length < info.length + 1) {
    counts = new Int32Array((info.length + 1) * 2);
    if (register) lang.scratchRegister = counts;
    else lang.scratchTopic = counts;
  }
  counts[0] = 0;
  for (let k = 0; k < info.length; k++) counts[k + 1] = (counts[k] ?? 0) + ((register ? info[k]?.registerCue : info[k]?.businessCue) ? 1 : 0);
  return counts;
}

/**
 * Topic cues ("career", "project") count in the wish's own sentence; register
 * cues ("keynote", "founder") also in the sentences right before and after,
 * where a LinkedIn note usually says why it is writing.
 */
function hasCueNear(counts: Int32Array, bounds: Bounds, from: number, to: number, reach: number): boolean {
  let a = from;
  let b = to;
  if (reach > 0) {
    if (a > 0) a = Math.max(bounds.starts[a - 1] ?? a, a - WINDOW);
    if (b < bounds.length) b = Math.min(bounds.ends[b] ?? b, b + WINDOW);
  }
  return (counts[b] ?? 0) - (counts[a] ?? 0) > 0;
}

function subjectBefore(w: readonly string[], start: number, sentenceStart: number, lang: CompiledLanguage): string {
  let k = start - 1;
  while (k >= sentenceStart && lang.skippable.has(w[k] ?? '')) k--;
  return k >= sentenceStart ? (w[k] ?? '') : '';
}

/** "\"we should hang out sometime\" is such a fake thing to say": quoted, not said. */
function isQuoted(tokens: readonly Token[], firstToken: number, lastToken: number): boolean {
  const opening = tokens[firstToken - 1];
  if (!opening || opening.kind !== 'symbol' || !QUOTES.has(opening.raw)) return false;
  for (let t = lastToken + 1; t < tokens.length && t <= lastToken + 40; t++) {
    const token = tokens[t];
    if (!token || token.kind === 'newline') return false;
    if (token.kind === 'symbol' && QUOTES.has(token.raw)) return true;
  }
  return false;
}

const QUOTES = new Set(['"', '“', '”', '«', '»', '„', "'", '‘', '’']);

/**
 * "She'd love to pick your brain": the nearest person word a few words back
 * owns the wish. A third party there rejects it; "I" or "we" accepts it.
 */
function ownerIsThirdParty(w: readonly string[], words: WordStream, tokens: readonly Token[], start: number, sentenceStart: number, lang: CompiledLanguage): boolean {
  const clause = words.clause[start];
  for (let k = start - 1; k >= sentenceStart && k >= start - 6; k--) {
    if (words.clause[k] !== clause) return false;
    const form = w[k] ?? '';
    if (lang.persons.has(form)) return false;
    if (lang.thirdParty.has(form)) return true;
    // "Sarah from marketing would love to…": a name with its team or company owns the wish.
    if (lang.affiliations.has(form) && k - 1 >= sentenceStart && words.clause[k - 1] === clause && isCapitalizedName(tokens[words.token[k - 1] ?? 0])) return true;
  }
  return false;
}

/**
 * "Hablamos pronto." / "Talk soon!": a closing formula that is its whole
 * clause says goodbye, it does not propose anything. Asked as a question
 * ("¿hablamos pronto?") it is a proposal again.
 */
function isSignOff(words: WordStream, w: readonly string[], tokens: readonly Token[], lang: CompiledLanguage, start: number, sentenceStart: number, sentenceEnd: number): boolean {
  if (lang.signOffs.next.size === 0) return false;
  const clause = words.clause[start];
  let head = start;
  while (head > sentenceStart && words.clause[head - 1] === clause && lang.greetings.has(w[head - 1] ?? '')) head--;
  if (head > sentenceStart && words.clause[head - 1] === clause) return false;
  const end = longestTrieMatch(lang.signOffs, w, start, sentenceEnd);
  if (end < 0 || (end < sentenceEnd && words.clause[end] === clause)) return false;
  return !sentenceIsQuestion(words, tokens, sentenceStart, sentenceEnd);
}

/** A "?" after the sentence's last word, or a "¿" before its first. */
function sentenceIsQuestion(words: WordStream, tokens: readonly Token[], sentenceStart: number, sentenceEnd: number): boolean {
  const first = words.token[sentenceStart] ?? 0;
  const opener = tokens[first - 1];
  if (opener?.kind === 'terminal' && opener.raw.includes('¿')) return true;
  const last = words.token[sentenceEnd - 1] ?? 0;
  for (let t = last + 1; t < tokens.length && t <= last + 4; t++) {
    const token = tokens[t];
    if (!token || token.kind === 'word' || token.kind === 'number' || token.kind === 'newline') return false;
    if (token.kind === 'terminal') return token.raw.includes('?');
  }
  return false;
}

/**
 * "We should connect the staging database", "we should collaborate more
 * closely with marketing": after a verb like connect or collaborate, an object
 * that is a thing, someone other than the reader, or a manner of ongoing work
 * means the sentence is about work to do, not a wish to meet.
 */
function objectIsNotTheReader(w: readonly string[], words: WordStream, lang: CompiledLanguage, end: number, sentenceEnd: number): boolean {
  if (!lang.objectVerbs.has(w[end - 1] ?? '')) return false;
  const clause = words.clause[end - 1];
  for (let k = end; k < sentenceEnd && k < end + 3 && words.clause[k] === clause; k++) {
    const form = w[k] ?? '';
    if (lang.workManner.has(form) || lang.objectStarts.has(form)) return true;
    if (lang.withWords.has(form)) {
      const partner = k + 1 < sentenceEnd && words.clause[k + 1] === clause ? w[k + 1] : undefined;
      return partner !== undefined && !lang.readerWords.has(partner);
    }
    if (!lang.skippable.has(form) && !lang.objectSkip.has(form)) return false;
  }
  return false;
}

function endsWithFree(w: readonly string[], end: number, lang: CompiledLanguage): boolean {
  return lang.freeWords.has(w[end - 1] ?? '');
}

function acceptMatch(
  pattern: CompiledPattern,
  words: WordStream,
  w: readonly string[],
  start: number,
  end: number,
  sentenceStart: number,
  sentenceEnd: number,
  tokens: readonly Token[],
  lang: CompiledLanguage,
): boolean {
  const spec = pattern.spec;
  const before = start > sentenceStart ? w[start - 1] : undefined;
  const beforeIndex = start - 1;
  const sameClauseBefore = start > sentenceStart && words.clause[beforeIndex] === words.clause[start];
  if (before !== undefined && sameClauseBefore) {
    const beforeToken = words.token[beforeIndex] ?? 0;
    if (lang.thirdParty.has(before) || lang.thirdParty.has(subjectBefore(w, start, sentenceStart, lang))) return false;
    if (spec.notAfter?.includes(before)) return false;
    // "Sarah would love to pick your brain": a name right before a subjectless wish is its subject.
    const token = tokens[beforeToken];
    const beforeThat = start - 2 >= sentenceStart ? w[start - 2] : undefined;
    if (isCapitalizedName(token) && !lang.greetings.has(before) && !(beforeThat !== undefined && lang.greetings.has(beforeThat)) && beforeToken !== words.token[sentenceStart] && !lang.leadIns.has(before)) {
      if (!lang.rules.macros.SUBJECT_WORDS?.includes(w[start] ?? '')) return false;
    }
  }
  if (spec.atClauseStart) {
    for (let k = start - 1; k >= sentenceStart; k--) {
      if (k >= words.length || words.clause[k] !== words.clause[start]) break;
      const form = w[k] ?? '';
      if (!lang.greetings.has(form) && !lang.leadIns.has(form) && !lang.connectors.has(form)) return false;
    }
  }
  if (ownerIsThirdParty(w, words, tokens, start, sentenceStart, lang)) return false;
  // Clause window for negation: from the start of the clause holding the wish.
  const clause = words.clause[start];
  let clauseStart = start;
  // Negation, tense and reporting are clause-local: a dozen words back is plenty.
  while (clauseStart > sentenceStart && clauseStart > start - CLAUSE_LOOKBACK && words.clause[clauseStart - 1] === clause) clauseStart--;
  let negationEnd = end;
  const lookahead = lang.rules.negationLookahead ?? 0;
  while (negationEnd < end + lookahead && negationEnd < sentenceEnd && words.clause[negationEnd] === clause) negationEnd++;
  const info = words.info;
  for (let k = clauseStart; k < negationEnd; k++) {
    if (info[k]?.negator !== true) continue;
    if (lang.negationNeutralizers.has(w[k + 1] ?? '')) continue;
    const p1 = k - 1 >= clauseStart ? w[k - 1] : undefined;
    const p2 = k - 2 >= clauseStart ? w[k - 2] : undefined;
    if ((p1 && lang.negationExceptions.has(p1)) || (p2 && lang.negationExceptions.has(p2))) continue;
    return false;
  }
  // Reported speech or someone else's wish anywhere earlier in the sentence.
  for (let k = Math.max(sentenceStart, start - REPORT_LOOKBACK); k < start; k++) {
    if (info[k]?.reportVerb === true) return false;
  }
  if (anyPhraseIn(lang.pastMarkers, w, words.ids, clauseStart, Math.min(end + 2, sentenceEnd), sentenceEnd)) return false;
  if (spec.needsVague && !anyPhraseIn(lang.vague, w, words.ids, sentenceStart, sentenceEnd, sentenceEnd)) return false;
  if (isQuoted(tokens, words.token[start] ?? 0, words.token[end - 1] ?? 0)) return false;
  if (isSignOff(words, w, tokens, lang, start, sentenceStart, sentenceEnd)) return false;
  if (objectIsNotTheReader(w, words, lang, end, sentenceEnd)) return false;
  // "let me know when you're free to review the doc": free for a task, not to meet.
  const purpose = end < sentenceEnd ? w[end] : undefined;
  if (purpose !== undefined && lang.purposeWords.has(purpose) && (spec.checkPurpose === true || spec.p.includes('@WHEN_FREE'))) {
    if (longestTrieMatch(lang.activities, w, end + 1, sentenceEnd) < 0 && lang.rules.macros.WHEN_FREE && endsWithFree(w, end, lang)) return false;
  }
  return true;
}

/** The span end growSpan found, beside its return value (no pair allocated per match). */
let grownEnd = 0;

/**
 * Grows a match to the clause an invite replaces: back over lead-ins
 * ("honestly") and an opening condition ("whenever you're free,"), forward to
 * the end of the clause and over its own punctuation, emoji and laughter.
 */
function growSpan(
  words: WordStream,
  w: readonly string[],
  tokens: readonly Token[],
  lang: CompiledLanguage,
  matchStart: number,
  matchEnd: number,
  sentenceStart: number,
  sentenceEnd: number,
): number {
  let first = matchStart;
  while (first > sentenceStart && lang.leadIns.has(words.w[first - 1] ?? '') && words.clause[first - 1] === words.clause[first]) first--;
  // An opening condition clause directly before, e.g. "if you're ever in town, we should ...".
  const firstClause = words.clause[first];
  if (first > sentenceStart && words.clause[first - 1] !== firstClause) {
    const previousClause = words.clause[first - 1];
    let opener = first - 1;
    while (opener > sentenceStart && words.clause[opener - 1] === previousClause) opener--;
    // Skip greetings at the head of that clause ("hey, whenever you're free, ...").
    let head = opener;
    while (head < first - 1 && lang.greetings.has(words.w[head] ?? '')) head++;
    if (lang.conditionOpeners.has(words.w[head] ?? '')) first = head;
  }

  let lastToken = words.token[matchEnd - 1] ?? 0;
  // Forward to the clause end: stop at sentence boundaries, before a new clause.
  let k = matchEnd;
  while (k < sentenceEnd) {
    const wordToken = words.token[k] ?? 0;
    const gapHasComma = hasCommaBetween(tokens, lastToken, wordToken);
    if (gapHasComma || k > matchEnd) {
      if (startsNewClause(words, w, lang, k, sentenceEnd, gapHasComma)) break;
    }
    if (lang.connectors.has(w[k] ?? '') && gapHasComma) break;
    // Hashtags closing the message ("… swap notes #devrel") tag the post; they are not part of the wish.
    if (isHashtag(tokens, wordToken) && onlyHashtagsFrom(words, tokens, k, sentenceEnd)) break;
    lastToken = wordToken;
    k++;
  }
  // A clause cut before a new one must not keep a dangling "and" / "but".
  if (k < sentenceEnd) {
    while (k - 1 >= matchEnd && lang.connectors.has(words.w[k - 1] ?? '')) k--;
    lastToken = words.token[k - 1] ?? lastToken;
  }
  // Trailing decoration: terminal punctuation, emoji, emoticons, laughter.
  let end = tokens[lastToken]?.end ?? 0;
  for (let t = lastToken + 1; t < tokens.length; t++) {
    const token = tokens[t];
    if (!token) break;
    if (token.kind === 'terminal' && /^[¿¡]+$/.test(token.raw)) break;
    if (token.kind === 'terminal' || token.kind === 'emoji' || token.kind === 'emoticon') {
      end = token.end;
      continue;
    }
    if (token.kind === 'word' && normalizeToken(token, lang).laughter) {
      end = token.end;
      continue;
    }
    if (token.kind === 'symbol' && (token.raw === ')' || token.raw === '"' || token.raw === '”')) {
      break;
    }
    break;
  }
  const startIndex = words.token[first] ?? 0;
  const startToken = tokens[startIndex];
  // Spanish opening marks belong to the sentence they open: "¿quedamos un día?".
  const opener = tokens[startIndex - 1];
  grownEnd = end;
  if (opener && opener.kind === 'terminal' && /^[¿¡]+$/.test(opener.raw) && opener.end === startToken?.start) return opener.start;
  return startToken?.start ?? 0;
}

/** A word token written right after "#". */
function isHashtag(tokens: readonly Token[], index: number): boolean {
  const mark = tokens[index - 1];
  return mark !== undefined && mark.kind === 'symbol' && mark.raw === '#' && mark.end === tokens[index]?.start;
}

function onlyHashtagsFrom(words: WordStream, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const index = words.token[k] ?? 0;
    // A hashtag expanded into several words shares one token.
    if (k > from && index === words.token[k - 1]) continue;
    if (!isHashtag(tokens, index)) return false;
  }
  return true;
}

function hasCommaBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let t = from + 1; t < to; t++) if (tokens[t]?.kind === 'comma') return true;
  return false;
}

function startsNewClause(words: WordStream, w: readonly string[], lang: CompiledLanguage, k: number, limit: number, afterComma: boolean): boolean {
  if (k < limit && childById(lang.clauseStarters, words.ids[k] ?? 0) !== undefined && longestTrieMatch(lang.clauseStarters, w, k, limit) > k) return true;
  if (!afterComma) return false;
  const form = words.w[k] ?? '';
  return lang.greetings.has(form) || lang.thirdParty.has(form) || lang.rules.macros.CLAUSE_SUBJECTS?.includes(form) === true;
}

export function toVagueMatch(text: string, raw: RawMatch): VagueMatch {
  return { start: raw.start, end: raw.end, kind: raw.kind, phrase: text.slice(raw.phraseStart, raw.phraseEnd) };
}

/**
 * The rules' guards over one sentence [from, to) of the word stream, for a
 * sentence the learned model proposes without a rule match: negation or
 * refusal, reported speech, the past, someone else's wish ("my boss wants
 * to…", "Omar at Acme would love to…"), a closing formula ("talk soon!") or
 * quoted words. Any one of them vetoes the model there (when the fusion says so).
 */
export function sentenceIsGuarded(words: WordStream, tokens: readonly Token[], lang: CompiledLanguage, from: number, to: number): boolean {
  const w = words.w;
  const info = words.info;
  for (let k = from; k < to; k++) {
    const here = info[k];
    if (!here) continue;
    if (here.reportVerb) return true;
    if (here.negator && !lang.negationNeutralizers.has(w[k + 1] ?? '')) {
      const p1 = k - 1 >= from ? w[k - 1] : undefined;
      const p2 = k - 2 >= from ? w[k - 2] : undefined;
      if (!((p1 && lang.negationExceptions.has(p1)) || (p2 && lang.negationExceptions.has(p2)))) return true;
    }
  }
  if (anyPhraseIn(lang.pastMarkers, w, words.ids, from, to, to)) return true;
  let head = from;
  while (head < to - 1 && lang.greetings.has(w[head] ?? '')) head++;
  // The owner of the wish: a third party among the first words, before any "I" / "we".
  for (let k = head; k < to && k < head + 6; k++) {
    const form = w[k] ?? '';
    if (lang.persons.has(form)) break;
    if (lang.thirdParty.has(form)) return true;
    if (lang.affiliations.has(form) && k > head && isCapitalizedName(tokens[words.token[k - 1] ?? 0])) return true;
  }
  if (isSignOff(words, w, tokens, lang, head, from, to)) return true;
  return isQuoted(tokens, words.token[from] ?? 0, words.token[to - 1] ?? 0);
}
