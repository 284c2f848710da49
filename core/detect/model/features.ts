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
  /** A guard no model score overrules: a third party, reported speech or quotes in the sentence. */
  firmGuard: boolean;
  /** Words in the sentence. */
  wordCount: number;
  /** Scored while extracting (the detector's path): the two models' log-odds; hashes is then empty. */
  wishLogit?: number;
  kindLogit?: number;
  /** The sentence's clauses when it has two or more (see extractUnits), first to last. */
  clauses?: Clause[];
}

/** One clause of a sentence, with its own features for the wish model. */
export interface Clause {
  /** Where a span starting at this clause starts (after connectors, greetings and @handles). */
  start: number;
  hashes: number[];
  ngramCount: number;
  wishLogit?: number;
  /** The rules' guards hold from this clause to the sentence's end (what a span from here would hold). */
  guarded: boolean;
}

/** Scores a unit's features as they are made, so the detector keeps no feature arrays. */
export interface UnitScorer {
  wish(hashes: readonly number[], length: number, ngramCount: number): number;
  kind(hashes: readonly number[], length: number, ngramCount: number): number;
  /** Clauses are scored only in sentences of at least these wish log-odds (Infinity: never). */
  clauseFloor?: number;
}

/** One feature buffer reused for every sentence when a scorer reads it right away. */
const scratchHashes: number[] = [];
const scratchClauseHashes: number[] = [];
/** Without a scorer's own floor, clauses are scored in sentences of at least these log-odds (p ≈ 0.18). */
const CLAUSE_LOGIT_FLOOR = -1.5;
/** A "sentence" of more clauses than this is a list, not a message: its clauses are not scored. */
const MAX_CLAUSES = 12;
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
  businessNear: hashString('f:business-cue-next-or-previous'),
  businessMessage: hashString('f:business-cue-in-message'),
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
  // Which sentences hold a business or register cue: "ur the one who does cakes right?? can we talk sometime"
  // is a business ask whose cue sits in the sentence before.
  const businessIn: boolean[] = [];
  let businessMessage = false;
  for (let s = 0; s < sentenceCount; s++) {
    let has = false;
    for (let k = starts[s] as number, e = endOf(s); k < e && !has; k++) has = info[k]?.businessCue === true || info[k]?.registerCue === true;
    businessIn.push(has);
    if (has) businessMessage = true;
  }
  const mention = text.includes('@');
  const errands = errandSet(lang.rules.code);
  const surface = context.surface ? FLAG.surface[context.surface] : FLAG.surface.none;
  const addressed = context.addressed === undefined ? FLAG.addressed.none : context.addressed ? FLAG.addressed.yes : FLAG.addressed.no;
  const lastWord = sentenceCount === 0 ? 0 : endOf(sentenceCount - 1);
  /** Set by features(): its range holds a third party, a report verb or a quote mark. */
  let rangeFirm = false;
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
    while (head < to - 1 && (lang.greetings.has(w[head] ?? '') || inMention(text, tokens[words.token[head] ?? 0]?.start ?? 0))) head++;
    const spanStart = tokens[words.token[head] ?? 0]?.start ?? firstToken.start;

    const unitStart = firstToken.start;
    // Whether a rule matched is not a feature: on the tune split, where the rules were written, it is
    // nearly the label, and a model that learns to copy the rules adds nothing beside them.
    let ruleHere = false;
    for (const span of context.ruleSpans) if (span.start < end && span.end > unitStart) ruleHere = true;
    const prevFrom = s > 0 ? Math.max(starts[s - 1] as number, from - MAX_UNIT_WORDS) : from;
    const nextTo = s + 1 < sentenceCount ? Math.min(endOf(s + 1), to + MAX_UNIT_WORDS) : to;
    const near = (s > 0 && times[s - 1] === true) || times[s + 1] === true;
    const terminalFrom = tokens[lastTokenIndex]?.end ?? end;

    const hashes: number[] = scorer ? scratchHashes : [];
    hashes.length = 0;
    const ngramCount = features(hashes, from, to, prevFrom, nextTo, times[s] === true, near, s, unitStart, end, terminalFrom);
    // A sentence that opens with a quotation which closes inside it ("\"we should hang out sometime\" is such a
    // fake thing to say") talks about the quoted wish; the rules' quote guard only sees whole quoted sentences.
    const quotedLead = opensWithClosedQuote(text, unitStart, end);
    const guarded = sentenceIsGuarded(words, tokens, lang, from, to) || quotedLead;
    const firmGuard = guarded && (rangeFirm || quotedLead);
    const unit: Unit = { start: unitStart, end, spanStart, hashes, ngramCount, timeInMessage, ruleHere, guarded, firmGuard, wordCount: to - from };
    if (scorer) {
      unit.wishLogit = scorer.wish(hashes, hashes.length, ngramCount);
      unit.kindLogit = scorer.kind(hashes, hashes.length, ngramCount);
      unit.hashes = NO_HASHES;
    }

    // Clauses: after a comma-like break or before a connector ("and", "but", "so", "anyway", the
    // language's own). Each is scored by the same model with the rest of the text as its neighbours,
    // so a wish that opens mid-sentence can start its span where it starts. Only a sentence the model
    // might call a wish pays for this on the detector's path.
    if (!scorer || (unit.wishLogit as number) >= (scorer.clauseFloor ?? CLAUSE_LOGIT_FLOOR)) {
      const clauseStarts: number[] = [];
      for (let k = from + 1; k < to; k++) {
        if (words.clause[k] !== words.clause[k - 1] || (lang.connectors.has(w[k] ?? '') && !lang.connectors.has(w[k - 1] ?? ''))) clauseStarts.push(k);
      }
      if (clauseStarts.length > 0 && clauseStarts.length < MAX_CLAUSES) {
        const clauses: Clause[] = [];
        clauseStarts.unshift(from);
        for (let c = 0; c < clauseStarts.length; c++) {
          const cs = clauseStarts[c] as number;
          const ce = c + 1 < clauseStarts.length ? (clauseStarts[c + 1] as number) : to;
          let ch = cs;
          while (ch < ce - 1 && (lang.greetings.has(w[ch] ?? '') || lang.connectors.has(w[ch] ?? '') || inMention(text, tokens[words.token[ch] ?? 0]?.start ?? 0))) ch++;
          const clauseStart = c === 0 ? spanStart : (tokens[words.token[ch] ?? 0]?.start ?? spanStart);
          const clauseFirst = tokens[words.token[cs] ?? 0]?.start ?? unitStart;
          const clauseEnd = ce === to ? end : (tokens[words.token[ce - 1] ?? 0]?.end ?? end);
          const own: number[] = scorer ? scratchClauseHashes : [];
          own.length = 0;
          const timeHere = sentenceHasTime(words, lang.time, cs, ce);
          const count = features(own, cs, ce, Math.max(prevFrom, cs - MAX_UNIT_WORDS), Math.min(nextTo, ce + MAX_UNIT_WORDS), timeHere, near || (times[s] === true && !timeHere), s, clauseFirst, clauseEnd, ce === to ? terminalFrom : clauseEnd);
          const clause: Clause = { start: clauseStart, hashes: own, ngramCount: count, guarded: c === 0 ? guarded : sentenceIsGuarded(words, tokens, lang, cs, to) || opensWithClosedQuote(text, clauseFirst, end) };
          if (scorer) {
            clause.wishLogit = scorer.wish(own, own.length, count);
            clause.hashes = NO_HASHES;
          }
          clauses.push(clause);
        }
        unit.clauses = clauses;
      }
    }
    units.push(unit);
  }
  return units;

  /**
   * Hashed n-grams of words [a, b), the words [prevA, a) and [b, nextB) around them, then the flags;
   * returns how many of the hashes are n-grams.
   */
  function features(out: number[], a: number, b: number, prevA: number, nextB: number, timeHere: boolean, timeNear: boolean, s: number, charStart: number, charEnd: number, terminalFrom: number): number {
    for (let k = a; k < b; k++) {
      const h1 = wordHashes[k] as number;
      out.push(h1);
      if (k + 1 < b) {
        const h2 = combine(combine(SALT_BIGRAM, h1), wordHashes[k + 1] as number);
        out.push(h2);
        if (k + 2 < b) out.push(combine(combine(SALT_TRIGRAM, h2), wordHashes[k + 2] as number));
      }
    }
    charGrams(w, a, b, out);
    for (let k = prevA; k < a; k++) out.push(combine(SALT_PREV, wordHashes[k] as number));
    for (let k = b; k < nextB; k++) out.push(combine(SALT_NEXT, wordHashes[k] as number));
    const ngrams = out.length;
    out.push(FLAG.bias, surface, addressed);
    let negator = false;
    let report = false;
    let third = false;
    let business = false;
    let errand = false;
    let person = false;
    for (let k = a; k < b; k++) {
      if (errands.has(w[k] ?? '')) errand = true;
      if (lang.persons.has(w[k] ?? '')) person = true;
      const word = info[k];
      if (!word) continue;
      if (word.negator) negator = true;
      if (word.reportVerb) report = true;
      if (word.businessCue || word.registerCue) business = true;
      if (lang.thirdParty.has(w[k] ?? '')) third = true;
    }
    // "Omar at Acme would love to…": an affiliation word after a name (the engine's third-party reading).
    for (let k = a + 1; k < b && !third; k++) if (lang.affiliations.has(w[k] ?? '') && startsCapitalized(tokens[words.token[k - 1] ?? 0])) third = true;
    rangeFirm = third || report;
    if (negator) out.push(FLAG.negator);
    if (report) out.push(FLAG.report);
    if (third) out.push(FLAG.thirdParty);
    if (business) out.push(FLAG.business);
    if (errand) out.push(person ? FLAG.errand : FLAG.errandAlone);
    if (strongBusiness) out.push(FLAG.strongBusiness);
    if ((s > 0 && businessIn[s - 1] === true) || businessIn[s + 1] === true) out.push(FLAG.businessNear);
    if (businessMessage) out.push(FLAG.businessMessage);
    if (timeHere) out.push(FLAG.timeHere);
    if (timeNear) out.push(FLAG.timeNear);
    if (timeInMessage) out.push(FLAG.timeMessage);
    let question = false;
    let exclaim = false;
    for (let c = terminalFrom; c < charEnd; c++) {
      const code = text.charCodeAt(c);
      if (code === 63) question = true;
      else if (code === 33) exclaim = true;
    }
    if (question) out.push(FLAG.question);
    if (exclaim) out.push(FLAG.exclaim);
    if (hasQuote(text, Math.max(0, charStart - 1), Math.min(text.length, charEnd + 1))) {
      out.push(FLAG.quoted);
      rangeFirm = true;
    }
    if (mention) out.push(FLAG.mention);
    if (s === 0) out.push(FLAG.first);
    if (sentenceCount === 1) out.push(FLAG.only);
    const length = b - a;
    out.push(FLAG.length[length <= 3 ? 0 : length <= 8 ? 1 : length <= 16 ? 2 : 3] as number);
    return ngrams;
  }
}

/** A word token written with a capital first letter, other than "I" (a name, for the affiliation check). */
function startsCapitalized(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word' || token.raw === 'I') return false;
  const first = token.raw.charAt(0);
  return first !== first.toLowerCase();
}

/** The word at `at` belongs to an @handle ("@noor.h", "@tayo_b"): its run of non-space text starts with "@". */
function inMention(text: string, at: number): boolean {
  for (let c = at - 1; c >= 0 && at - c <= 40; c--) {
    const code = text.charCodeAt(c);
    if (code === 64) return true;
    if (code === 32 || code === 10 || code === 9 || code === 0xa0) return false;
  }
  return false;
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
