/**
 * The language-independent detector: turns tokens into a per-language word
 * stream (normalize.ts), runs the language's wish patterns, rejects matches
 * that are negated, past, reported, about someone else (filters.ts) or
 * already pinned to a concrete time, decides their register (register.ts) and
 * grows each surviving match into the clause an invite should replace
 * (spans.ts). This file holds the shared types and the scan itself.
 */
import { WINDOW } from './compile.ts';
import { acceptMatch, previousSentenceIsQuestion } from './filters.ts';
import type { Lexeme } from './lexicon.ts';
import { buildWords, type NormalizedToken } from './normalize.ts';
import type { CompiledPattern, TreeMatcher, TrieGraph } from './patterns.ts';
import { cueCounts, hasCueNear, hasStrongBusinessRegister } from './register.ts';
import { growSpan, grownEnd } from './spans.ts';
import { sentenceHasTime, type TimeRules } from './time.ts';
import type { Token } from './tokenize.ts';
import type { LanguageRules, VagueKind } from './types.ts';

/** Kept here too: the detector, the model's features and tests import them from the engine. */
export { compileLanguage } from './compile.ts';
export { sentenceIsGuarded } from './filters.ts';
export { buildWords, startsAt } from './normalize.ts';
export { toVagueMatch } from './spans.ts';
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

/** What startsAt works out for a word patterns can start with. */
export interface StartInfo {
  /** See WordInfo.candidateSlots. */
  slots: Int32Array;
  /** See WordInfo.follow. */
  follow: number;
  /** See WordInfo.followSets. */
  sets: Int32Array;
}

/** Everything the hot loops ask about one normalized word, interned per language. */
export interface WordInfo {
  w: string;
  /** hashString(w): the learned model's feature for the word. */
  hash: number;
  /** Vocabulary id for trie edges; 0 when no rule mentions the word. */
  id: number;
  /**
   * The patterns a match can start with this word at, in rule order, with
   * their required slots, flattened for the hot loop: per pattern
   * [id, follow set offset (-1: any word), pair count, (slot word, bits) × pair count].
   */
  candidateSlots: Int32Array | undefined;
  /**
   * Where followSets holds the ids of the words that can come right after
   * this one in a match starting with it (any of its patterns), or -1 when
   * any word can.
   */
  follow: number;
  /**
   * Bit sets over word ids (CompiledLanguage.followWidth wide) at the offsets
   * in `follow` and candidateSlots: the word's own, so a word interned by one
   * copy of a language reads the same in another.
   */
  followSets: Int32Array;
  /** Where CompiledLanguage.slotTable holds the required-element slots this word can start; -1: none. */
  slots: number;
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
  /** Word id → the patterns a match can start with at that word, in rule order. */
  startingAt: Map<number, number[]>;
  /** Per pattern, its slots as flattened [word index, bits] pairs (empty: always applicable). */
  patternSlots: number[][];
  /** Every pattern, by id. */
  patterns: CompiledPattern[];
  /** 32-bit words per follow set. */
  followWidth: number;
  /** The word ids whose patterns startsAt has worked out. */
  starts: Map<number, StartInfo | undefined>;
  /** All patterns as one shared-prefix tree, searched per start position. */
  matcher: TreeMatcher;
  /**
   * Every required element of every pattern is one bit ("slot"); a word's
   * slots are the required elements it can start. A pattern can match in a
   * sentence only if the sentence's words cover all of its slots.
   */
  slotTable: Int32Array;
  /** Per word id, whether it starts any slot (its row in slotTable is id × slotWords). */
  hasSlots: Uint8Array;
  /** Uint32 words per slot bit set. */
  slotWords: number;
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
  /** Every trie of the language, as one graph; the fields below are its roots. */
  graph: TrieGraph;
  vague: number;
  activities: number;
  pastMarkers: number;
  clauseStarters: number;
  /** Closing formulas ("hablamos pronto", "talk soon"): a wish only when asked as a question. */
  signOffs: number;
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


/** True when the follow set at `offset` (-1: any word) holds word id `id`; id -1 means no next word. */
function mayFollow(sets: Int32Array, offset: number, id: number): boolean {
  return offset < 0 || id < 0 || ((sets[offset + (id >>> 5)] as number) & (1 << (id & 31))) !== 0;
}

export interface RawMatch {
  start: number;
  end: number;
  kind: VagueKind;
  phraseStart: number;
  phraseEnd: number;
}

/** For each word, where its sentence starts and ends (exclusive), in one linear pass. */
export interface Bounds {
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
    const followSets = here.followSets;
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
        suffixSlots(info, fullStart, fullEnd, mask, slotWords, lang.slotTable);
        slottedSentence = fullStart;
      }
      maskAt = (i - fullStart) * slotWords;
    } else {
      mask = lang.scratchMessage;
      if (!messageSlotted) {
        collectSlots(info, 0, words.length, mask, lang.slotTable);
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
function collectSlots(info: readonly WordInfo[], from: number, to: number, out: Int32Array, table: Int32Array): void {
  out.fill(0);
  const size = out.length;
  for (let k = from; k < to; k++) {
    const at = (info[k] as WordInfo).slots;
    if (at < 0) continue;
    for (let n = 0; n < size; n++) out[n] = (out[n] as number) | (table[at + n] as number);
  }
}

/**
 * Row r of `out` (slotWords wide) gets the slots of words [from + r, to): what
 * can still start at or after each word of the sentence. Rows run back from
 * the sentence end, each the one after it plus its own word's slots.
 */
function suffixSlots(info: readonly WordInfo[], from: number, to: number, out: Int32Array, size: number, table: Int32Array): void {
  let row = (to - from) * size;
  for (let n = 0; n < size; n++) out[row + n] = 0;
  for (let k = to - 1; k >= from; k--) {
    const next = row;
    row -= size;
    const at = (info[k] as WordInfo).slots;
    if (at >= 0) for (let n = 0; n < size; n++) out[row + n] = (out[next + n] as number) | (table[at + n] as number);
    else for (let n = 0; n < size; n++) out[row + n] = out[next + n] as number;
  }
}

