/**
 * The rules' guards: a candidate wish is rejected when it is negated, past, reported, someone
 * else's, quoted, a sign-off, about a thing rather than the reader, or a free time for a task.
 */
import type { CompiledLanguage, WordStream } from './engine.ts';
import { childOf, edgeCount, longestMatch, type CompiledPattern, type TrieGraph } from './patterns.ts';
import type { Token } from './tokenize.ts';

/** How far back in its clause negation and tense markers still apply. */
const CLAUSE_LOOKBACK = 12;
/** How far back in its sentence a reporting verb ("she says ...") still applies. */
const REPORT_LOOKBACK = 16;

export function anyPhraseIn(graph: TrieGraph, trie: number, w: readonly string[], ids: ArrayLike<number>, from: number, to: number, limit: number): boolean {
  for (let i = from; i < to && i < limit; i++) {
    // Most words start no phrase: an integer test settles them before the trie walk.
    if (childOf(graph, trie, ids[i] ?? 0) < 0) continue;
    if (longestMatch(graph, trie, w, ids, i, limit) > i) return true;
  }
  return false;
}

export function isCapitalizedName(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  // ASCII first letters (nearly all) are settled without building a lowercase copy.
  const code = token.raw.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 && token.raw !== 'I';
  const first = token.raw.charAt(0);
  return first !== first.toLowerCase() && token.raw !== 'I';
}


export function previousSentenceIsQuestion(words: WordStream, tokens: readonly Token[], sentenceStart: number): boolean {
  if (sentenceStart === 0) return false;
  const after = tokens[(words.token[sentenceStart - 1] ?? 0) + 1];
  return after?.kind === 'terminal' && after.raw.includes('?');
}


function subjectBefore(w: readonly string[], start: number, sentenceStart: number, lang: CompiledLanguage): string {
  let k = start - 1;
  while (k >= sentenceStart && lang.skippable.has(w[k] ?? '')) k--;
  return k >= sentenceStart ? (w[k] ?? '') : '';
}

/** "\"we should hang out sometime\" is such a fake thing to say": quoted, not said. */
export function isQuoted(tokens: readonly Token[], firstToken: number, lastToken: number): boolean {
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
export function isSignOff(words: WordStream, w: readonly string[], tokens: readonly Token[], lang: CompiledLanguage, start: number, sentenceStart: number, sentenceEnd: number): boolean {
  if (edgeCount(lang.graph, lang.signOffs) === 0) return false;
  const clause = words.clause[start];
  let head = start;
  while (head > sentenceStart && words.clause[head - 1] === clause && lang.greetings.has(w[head - 1] ?? '')) head--;
  if (head > sentenceStart && words.clause[head - 1] === clause) return false;
  const end = longestMatch(lang.graph, lang.signOffs, w, words.ids, start, sentenceEnd);
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

export function acceptMatch(
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
      if (!lang.rules.macros.SUBJECT_WORDS.includes(w[start] ?? '')) return false;
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
  if (anyPhraseIn(lang.graph, lang.pastMarkers, w, words.ids, clauseStart, Math.min(end + 2, sentenceEnd), sentenceEnd)) return false;
  if (spec.needsVague && !anyPhraseIn(lang.graph, lang.vague, w, words.ids, sentenceStart, sentenceEnd, sentenceEnd)) return false;
  if (isQuoted(tokens, words.token[start] ?? 0, words.token[end - 1] ?? 0)) return false;
  if (isSignOff(words, w, tokens, lang, start, sentenceStart, sentenceEnd)) return false;
  if (objectIsNotTheReader(w, words, lang, end, sentenceEnd)) return false;
  // "let me know when you're free to review the doc": free for a task, not to meet.
  const purpose = end < sentenceEnd ? w[end] : undefined;
  if (purpose !== undefined && lang.purposeWords.has(purpose) && spec.checkPurpose === true) {
    if (longestMatch(lang.graph, lang.activities, w, words.ids, end + 1, sentenceEnd) < 0 && endsWithFree(w, end, lang)) return false;
  }
  return true;
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
  if (anyPhraseIn(lang.graph, lang.pastMarkers, w, words.ids, from, to, to)) return true;
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

