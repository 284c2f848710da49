/**
 * What the learned classifier sees of one sentence ("unit") of a message:
 * hashed word 1–3-grams and character 3–5-grams of its normalized words, the
 * words of the sentences either side, and flags from the rules' word lists
 * (negation, reported speech, a third party, a concrete time here or anywhere
 * in the message, business cues) and from where the message goes. Training and the shipped detector call this same function,
 * so a model can never see features its runtime does not produce.
 */
import { sentenceIsGuarded, type CompiledLanguage, type WordStream } from '../engine.ts';
import { sentenceHasTime } from '../time.ts';
import type { Token } from '../tokenize.ts';
import { ERRAND_WORDS } from './errands.ts';

export type Surface = 'direct' | 'comment' | 'post';

export interface MessageContext {
  surface?: Surface;
  addressed?: boolean;
  /** Spans the rules matched in this message (after merging). */
  ruleSpans: ReadonlyArray<{ start: number; end: number }>;
}

export interface Unit {
  /** Offsets of the sentence's first word and of its trailing punctuation / emoji. */
  start: number;
  end: number;
  /** Where a model-only span starts: after greetings that open the sentence. */
  spanStart: number;
  /** 32-bit feature hashes: n-grams first (ngramCount of them), then flags. */
  hashes: number[];
  ngramCount: number;
  /** A concrete day or time is named somewhere in the message. */
  timeInMessage: boolean;
  /** A rule match overlaps this sentence. */
  ruleHere: boolean;
  /** One of the rules' guards holds in this sentence (see sentenceIsGuarded). */
  guarded: boolean;
  /** Words in the sentence. */
  wordCount: number;
  /** Scored while extracting (the detector's path): the two models' log-odds; hashes is then empty. */
  wishLogit?: number;
  kindLogit?: number;
}

/** Scores a unit's features as they are made, so the detector keeps no feature arrays. */
export interface UnitScorer {
  wish(hashes: readonly number[], length: number, ngramCount: number): number;
  kind(hashes: readonly number[], length: number, ngramCount: number): number;
}

/** One feature buffer reused for every sentence when a scorer reads it right away. */
const scratchHashes: number[] = [];
const NO_HASHES: number[] = [];

/**
 * Models read at most this many sentences, and only sentences of at most
 * MAX_UNIT_WORDS words: composer messages never come close, and 100 KB of
 * text without punctuation stays as cheap as the rules alone make it.
 */
export const MAX_UNITS = 200;
export const MAX_UNIT_WORDS = 80;

/** Word hashes, interned: the same few thousand words come back in every message. */
const wordHashCache = new Map<string, number>();
function wordHash(word: string): number {
  let h = wordHashCache.get(word);
  if (h === undefined) {
    h = hashString(word);
    if (wordHashCache.size > 20_000) wordHashCache.clear();
    wordHashCache.set(word, h);
  }
  return h;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function hashString(text: string, seed: number = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

/** Combines two hashes order-sensitively (for word n-grams without building strings). */
function combine(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, FNV_PRIME) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return (h ^ (h >>> 13)) | 0;
}

const SALT_PREV = hashString('prev:');
const SALT_NEXT = hashString('next:');
const SALT_BIGRAM = hashString('bi:');
const SALT_TRIGRAM = hashString('tri:');
const SALT_CHAR = [0, 0, 0, hashString('c3:'), hashString('c4:'), hashString('c5:')];

/** Flag features, hashed once. */
const FLAG = {
  bias: hashString('f:bias'),
  negator: hashString('f:negator'),
  report: hashString('f:report-verb'),
  thirdParty: hashString('f:third-party'),
  timeHere: hashString('f:time-here'),
  timeNear: hashString('f:time-next-or-previous'),
  timeMessage: hashString('f:time-in-message'),
  business: hashString('f:business-cue'),
  strongBusiness: hashString('f:strong-business-cue'),
  question: hashString('f:question'),
  exclaim: hashString('f:exclaim'),
  quoted: hashString('f:quoted'),
  errand: hashString('f:errand-word'),
  errandAlone: hashString('f:errand-word-no-person'),
  mention: hashString('f:mention'),
  first: hashString('f:first-sentence'),
  only: hashString('f:only-sentence'),
  surface: { direct: hashString('s:direct'), comment: hashString('s:comment'), post: hashString('s:post'), none: hashString('s:unknown') },
  addressed: { yes: hashString('a:yes'), no: hashString('a:no'), none: hashString('a:unknown') },
  length: [hashString('len:1-3'), hashString('len:4-8'), hashString('len:9-16'), hashString('len:17+')],
};

const QUOTES = new Set([34, 0x201c, 0x201d, 0xab, 0xbb, 0x201e]);
function hasQuote(text: string, from: number, to: number): boolean {
  for (let c = from; c < to; c++) if (QUOTES.has(text.charCodeAt(c))) return true;
  return false;
}

/**
 * The sentences of a message with their features. `words` is the language's
 * word stream for these tokens (detectInLanguage leaves it in lang.scratchWords).
 */
export function extractUnits(text: string, tokens: readonly Token[], words: WordStream, lang: CompiledLanguage, context: MessageContext, scorer?: UnitScorer): Unit[] {
  const units: Unit[] = [];
  const n = words.length;
  if (n === 0) return units;
  const w = words.w;
  const info = words.info;
  // Sentence boundaries over the word stream.
  const starts: number[] = [];
  for (let k = 0; k < n; k++) if (k === 0 || words.sentence[k] !== words.sentence[k - 1]) starts.push(k);
  if (starts.length > MAX_UNITS) starts.length = MAX_UNITS;
  const sentenceCount = starts.length;
  const endOf = (s: number): number => (s + 1 < starts.length ? (starts[s + 1] as number) : firstOutside(words, starts[s] as number));

  let timeInMessage = false;
  let strongBusiness = false;
  const times: boolean[] = [];
  for (let s = 0; s < sentenceCount; s++) {
    const has = sentenceHasTime(words, lang.time, starts[s] as number, endOf(s));
    times.push(has);
    if (has) timeInMessage = true;
  }
  for (let k = 0; k < n; k++) if (info[k]?.strongBusinessCue) strongBusiness = true;
  const mention = text.includes('@');
  const errands = errandSet(lang.rules.code);
  const surface = context.surface ? FLAG.surface[context.surface] : FLAG.surface.none;
  const addressed = context.addressed === undefined ? FLAG.addressed.none : context.addressed ? FLAG.addressed.yes : FLAG.addressed.no;
  const lastWord = sentenceCount === 0 ? 0 : endOf(sentenceCount - 1);
  const wordHashes = new Array<number>(lastWord);
  for (let k = 0; k < lastWord; k++) wordHashes[k] = wordHash(w[k] ?? '');

  for (let s = 0; s < sentenceCount; s++) {
    const from = starts[s] as number;
    const to = endOf(s);
    if (to - from > MAX_UNIT_WORDS) continue;
    const firstToken = tokens[words.token[from] ?? 0];
    const lastTokenIndex = words.token[to - 1] ?? 0;
    if (!firstToken) continue;
    let end = tokens[lastTokenIndex]?.end ?? firstToken.end;
    for (let t = lastTokenIndex + 1; t < tokens.length; t++) {
      const token = tokens[t];
      if (!token || (token.kind !== 'terminal' && token.kind !== 'emoji' && token.kind !== 'emoticon')) break;
      if (token.kind === 'terminal' && (token.raw.charCodeAt(0) === 0xbf || token.raw.charCodeAt(0) === 0xa1)) break;
      end = token.end;
    }
    let head = from;
    while (head < to - 1 && lang.greetings.has(w[head] ?? '')) head++;
    const spanStart = tokens[words.token[head] ?? 0]?.start ?? firstToken.start;

    const hashes: number[] = scorer ? scratchHashes : [];
    hashes.length = 0;
    for (let k = from; k < to; k++) {
      const h1 = wordHashes[k] as number;
      hashes.push(h1);
      if (k + 1 < to) {
        const h2 = combine(combine(SALT_BIGRAM, h1), wordHashes[k + 1] as number);
        hashes.push(h2);
        if (k + 2 < to) hashes.push(combine(combine(SALT_TRIGRAM, h2), wordHashes[k + 2] as number));
      }
    }
    charGrams(w, from, to, hashes);
    // The neighbouring sentences' words (at most a unit's worth of each).
    if (s > 0) for (let k = Math.max(starts[s - 1] as number, from - MAX_UNIT_WORDS); k < from; k++) hashes.push(combine(SALT_PREV, wordHashes[k] as number));
    if (s + 1 < sentenceCount) for (let k = to, e = Math.min(endOf(s + 1), to + MAX_UNIT_WORDS); k < e; k++) hashes.push(combine(SALT_NEXT, wordHashes[k] as number));
    const ngramCount = hashes.length;

    const unitStart = firstToken.start;
    // Whether a rule matched is not a feature: on the tune split, where the rules were written, it is
    // nearly the label, and a model that learns to copy the rules adds nothing beside them.
    let ruleHere = false;
    for (const span of context.ruleSpans) if (span.start < end && span.end > unitStart) ruleHere = true;
    hashes.push(FLAG.bias, surface, addressed);
    let negator = false;
    let report = false;
    let third = false;
    let business = false;
    let errand = false;
    let person = false;
    for (let k = from; k < to; k++) {
      if (errands.has(w[k] ?? '')) errand = true;
      if (lang.persons.has(w[k] ?? '')) person = true;
      const word = info[k];
      if (!word) continue;
      if (word.negator) negator = true;
      if (word.reportVerb) report = true;
      if (word.businessCue || word.registerCue) business = true;
      if (lang.thirdParty.has(w[k] ?? '')) third = true;
    }
    if (negator) hashes.push(FLAG.negator);
    if (report) hashes.push(FLAG.report);
    if (third) hashes.push(FLAG.thirdParty);
    if (business) hashes.push(FLAG.business);
    if (errand) hashes.push(person ? FLAG.errand : FLAG.errandAlone);
    if (strongBusiness) hashes.push(FLAG.strongBusiness);
    if (times[s]) hashes.push(FLAG.timeHere);
    if ((s > 0 && times[s - 1]) || times[s + 1]) hashes.push(FLAG.timeNear);
    if (timeInMessage) hashes.push(FLAG.timeMessage);
    let question = false;
    let exclaim = false;
    for (let c = tokens[lastTokenIndex]?.end ?? end; c < end; c++) {
      const code = text.charCodeAt(c);
      if (code === 63) question = true;
      else if (code === 33) exclaim = true;
    }
    if (question) hashes.push(FLAG.question);
    if (exclaim) hashes.push(FLAG.exclaim);
    if (hasQuote(text, Math.max(0, unitStart - 1), Math.min(text.length, end + 1))) hashes.push(FLAG.quoted);
    if (mention) hashes.push(FLAG.mention);
    if (s === 0) hashes.push(FLAG.first);
    if (sentenceCount === 1) hashes.push(FLAG.only);
    const length = to - from;
    hashes.push(FLAG.length[length <= 3 ? 0 : length <= 8 ? 1 : length <= 16 ? 2 : 3] as number);
    // A sentence that opens with a quotation which closes inside it ("\"we should hang out sometime\" is such a
    // fake thing to say") talks about the quoted wish; the rules' quote guard only sees whole quoted sentences.
    const guarded = sentenceIsGuarded(words, tokens, lang, from, to) || opensWithClosedQuote(text, unitStart, end);
    const unit: Unit = { start: unitStart, end, spanStart, hashes, ngramCount, timeInMessage, ruleHere, guarded, wordCount: to - from };
    if (scorer) {
      unit.wishLogit = scorer.wish(hashes, hashes.length, ngramCount);
      unit.kindLogit = scorer.kind(hashes, hashes.length, ngramCount);
      unit.hashes = NO_HASHES;
    }
    units.push(unit);
  }
  return units;
}

/** The text just before `start` is an opening quote mark, and a quote mark closes before `end` with words after it. */
function opensWithClosedQuote(text: string, start: number, end: number): boolean {
  let c = start - 1;
  while (c >= 0 && (text.charCodeAt(c) === 32 || text.charCodeAt(c) === 0xa0)) c--;
  if (c < 0 || !QUOTES.has(text.charCodeAt(c))) return false;
  for (let i = start; i < end; i++) {
    if (!QUOTES.has(text.charCodeAt(i))) continue;
    return /[\p{L}\p{N}]/u.test(text.slice(i + 1, end));
  }
  return false;
}

const errandSets = new Map<string, Set<string>>();
function errandSet(code: string): Set<string> {
  let set = errandSets.get(code);
  if (!set) {
    set = new Set(ERRAND_WORDS[code] ?? []);
    errandSets.set(code, set);
  }
  return set;
}

/** Index of the first word after the stream's last sentence. */
function firstOutside(words: WordStream, from: number): number {
  const sentence = words.sentence[from];
  let k = from;
  while (k < words.length && words.sentence[k] === sentence) k++;
  return k;
}

/** Character 3–5-grams over " word word … ", hashed as they are read (no substrings, no allocation). */
function charGrams(w: readonly string[], from: number, to: number, out: number[]): void {
  // The last five character codes, c4 the newest; boundary spaces included.
  let c0: number;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  let c4 = 32;
  let filled = 1;
  const salt3 = SALT_CHAR[3] as number;
  const salt4 = SALT_CHAR[4] as number;
  const salt5 = SALT_CHAR[5] as number;
  for (let k = from; k < to; k++) {
    const word = w[k] ?? '';
    for (let i = 0; i <= word.length; i++) {
      const code = i < word.length ? word.charCodeAt(i) : 32;
      c0 = c1;
      c1 = c2;
      c2 = c3;
      c3 = c4;
      c4 = code;
      filled++;
      if (filled >= 3) out.push(Math.imul(Math.imul(Math.imul(salt3 ^ c2, FNV_PRIME) ^ c3, FNV_PRIME) ^ c4, FNV_PRIME) | 0);
      if (filled >= 4) out.push(Math.imul(Math.imul(Math.imul(Math.imul(salt4 ^ c1, FNV_PRIME) ^ c2, FNV_PRIME) ^ c3, FNV_PRIME) ^ c4, FNV_PRIME) | 0);
      if (filled >= 5) out.push(Math.imul(Math.imul(Math.imul(Math.imul(Math.imul(salt5 ^ c0, FNV_PRIME) ^ c1, FNV_PRIME) ^ c2, FNV_PRIME) ^ c3, FNV_PRIME) ^ c4, FNV_PRIME) | 0);
    }
  }
}
