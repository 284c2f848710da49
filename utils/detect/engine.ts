/**
 * The language-independent detector: turns tokens into a per-language word
 * stream, runs the language's wish patterns, rejects matches that are negated,
 * past, reported, about someone else or already pinned to a concrete time, and
 * grows each surviving match into the clause an invite should replace.
 */
import { compilePattern, matchFrom, matchPhraseList, type CompiledPattern, type Phrase } from './patterns.ts';
import { findTimeExpressions, type TimeRules } from './time.ts';
import { foldWord, type Token } from './tokenize.ts';
import type { LanguageRules, VagueKind, VagueMatch } from './types.ts';

/** One normalized word, pointing back at the token it came from. */
export interface Word {
  w: string;
  token: number;
  sentence: number;
  clause: number;
}

export interface CompiledLanguage {
  rules: LanguageRules;
  byFirstWord: Map<string, CompiledPattern[]>;
  vague: Phrase[];
  activities: Phrase[];
  pastMarkers: Phrase[];
  clauseStarters: Phrase[];
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
  purposeWords: Set<string>;
  freeWords: Set<string>;
  strongBusinessCues: Set<string>;
  time: TimeRules;
}

function phrases(list: readonly string[] | undefined): Phrase[] {
  return (list ?? []).map((text) => {
    const words: string[] = [];
    const guards: string[] = [];
    for (const part of text.split(/\s+/)) {
      if (part.startsWith('!')) guards.push(part.slice(1));
      else if (part) words.push(part);
    }
    return { words, guards };
  });
}

export function compileLanguage(rules: LanguageRules): CompiledLanguage {
  const byFirstWord = new Map<string, CompiledPattern[]>();
  for (const spec of rules.patterns) {
    const compiled = compilePattern(spec, rules);
    for (const word of compiled.firstWords) {
      const list = byFirstWord.get(word);
      if (list) list.push(compiled);
      else byFirstWord.set(word, [compiled]);
    }
  }
  return {
    rules,
    byFirstWord,
    vague: phrases(rules.macros.VAGUE),
    activities: phrases([...(rules.macros.ACT ?? []), ...(rules.macros.FOOD ?? []), ...(rules.macros.TALK ?? [])]),
    pastMarkers: phrases(rules.pastMarkers),
    clauseStarters: phrases(rules.clauseStarters),
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
    purposeWords: new Set(rules.macros.PURPOSE ?? []),
    freeWords: new Set(rules.macros.FREE ?? []),
    strongBusinessCues: new Set(rules.strongBusinessCues),
    time: {
      timeWords: new Set(rules.timeWords),
      timePhrases: phrases(rules.timePhrases),
      clockPrepositions: new Set(rules.clockPrepositions),
      numberWords: new Set(rules.numberWords),
      monthNames: new Set(rules.monthNames),
    },
  };
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
  const direct = rules.expansions[folded];
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

/**
 * The word stream for one language. Sentences end at terminal punctuation,
 * line breaks, emoji, emoticons and laughter; clauses also end at commas.
 */
export function buildWords(tokens: readonly Token[], lang: CompiledLanguage): Word[] {
  const words: Word[] = [];
  let sentence = 0;
  let clause = 0;
  const scratch: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    switch (token.kind) {
      case 'word':
      case 'number': {
        scratch.length = 0;
        const folded = foldWord(token.raw);
        if (token.kind === 'word') expandWord(folded, lang.rules, scratch);
        else scratch.push(folded);
        for (const w of scratch) words.push({ w, token: i, sentence, clause });
        if (lang.laughter.has(folded)) {
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
  return words;
}

export interface RawMatch {
  start: number;
  end: number;
  kind: VagueKind;
  phraseStart: number;
  phraseEnd: number;
}

function sentenceBounds(words: readonly Word[], index: number): [number, number] {
  const sentence = words[index]?.sentence ?? -1;
  let from = index;
  while (from > 0 && words[from - 1]?.sentence === sentence) from--;
  let to = index;
  while (to < words.length && words[to]?.sentence === sentence) to++;
  return [from, to];
}

function anyPhraseIn(list: readonly Phrase[], w: readonly string[], from: number, to: number, limit: number): boolean {
  for (let i = from; i < to; i++) {
    for (const phrase of list) {
      const n = phrase.words.length;
      if (i + n > limit) continue;
      let ok = true;
      for (let k = 0; k < n; k++) {
        if (w[i + k] !== phrase.words[k]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const next = w[i + n];
      if (phrase.guards.length > 0 && i + n < limit && next !== undefined && phrase.guards.includes(next)) continue;
      return true;
    }
  }
  return false;
}

function isCapitalizedName(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  const first = token.raw.charAt(0);
  return first !== first.toLowerCase() && token.raw !== 'I';
}

/** Runs one language's rules over the tokens; returns raw, unmerged matches. */
export function detectInLanguage(text: string, tokens: readonly Token[], lang: CompiledLanguage): RawMatch[] {
  const words = buildWords(tokens, lang);
  if (words.length === 0) return [];
  const w = words.map((word) => word.w);
  const matches: RawMatch[] = [];
  let timeBySentence: Map<number, boolean> | undefined;
  let businessRegister: boolean | undefined;

  let i = 0;
  while (i < words.length) {
    const candidates = lang.byFirstWord.get(w[i] ?? '');
    if (!candidates) {
      i++;
      continue;
    }
    const [sentenceStart, sentenceEnd] = sentenceBounds(words, i);
    let bestEnd = -1;
    let bestPattern: CompiledPattern | undefined;
    for (const pattern of candidates) {
      const end = matchFrom(pattern.elements, 0, w, i, sentenceEnd);
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
    timeBySentence ??= findTimeExpressions(words, lang.time);
    const sentence = words[i]?.sentence ?? 0;
    const previousIsQuestion = previousSentenceIsQuestion(words, tokens, sentenceStart);
    const concrete =
      timeBySentence.get(sentence) === true ||
      timeBySentence.get(sentence + 1) === true ||
      (previousIsQuestion && timeBySentence.get(sentence - 1) === true);
    if (concrete) {
      i = bestEnd;
      continue;
    }
    businessRegister ??= hasStrongBusinessRegister(w, lang);
    const kind: VagueKind =
      bestPattern.spec.kind ??
      (businessRegister || sentenceHasCue(lang.businessCues, words, w, sentenceStart, sentenceEnd, 0) || sentenceHasCue(lang.registerCues, words, w, sentenceStart, sentenceEnd, 1)
        ? 'business'
        : 'social');
    const firstToken = tokens[words[i]?.token ?? 0];
    const lastToken = tokens[words[bestEnd - 1]?.token ?? 0];
    if (!firstToken || !lastToken) {
      i++;
      continue;
    }
    const [start, end] = growSpan(words, w, tokens, lang, i, bestEnd, sentenceStart, sentenceEnd);
    matches.push({ start, end, kind, phraseStart: firstToken.start, phraseEnd: lastToken.end });
    i = bestEnd;
  }
  return matches;
}

function previousSentenceIsQuestion(words: readonly Word[], tokens: readonly Token[], sentenceStart: number): boolean {
  const previous = words[sentenceStart - 1];
  if (!previous) return false;
  const after = tokens[previous.token + 1];
  return after?.kind === 'terminal' && after.raw.includes('?');
}

function hasStrongBusinessRegister(w: readonly string[], lang: CompiledLanguage): boolean {
  for (const word of w) if (lang.strongBusinessCues.has(word)) return true;
  return false;
}

/**
 * Topic cues ("career", "project") count in the wish's own sentence; register
 * cues ("keynote", "founder") also in the sentences right before and after,
 * where a LinkedIn note usually says why it is writing.
 */
function sentenceHasCue(cues: ReadonlySet<string>, words: readonly Word[], w: readonly string[], from: number, to: number, reach: number): boolean {
  if (cues.size === 0) return false;
  const first = words[from]?.sentence ?? 0;
  const last = words[to - 1]?.sentence ?? 0;
  let k = from;
  while (k > 0 && (words[k - 1]?.sentence ?? -1) >= first - reach) k--;
  let end = to;
  while (end < words.length && (words[end]?.sentence ?? Infinity) <= last + reach) end++;
  for (; k < end; k++) if (cues.has(w[k] ?? '')) return true;
  return false;
}

/** The first word before `start`, skipping modals and adverbs: "he'd really love to" → he. */
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

function endsWithFree(w: readonly string[], end: number, lang: CompiledLanguage): boolean {
  return lang.freeWords.has(w[end - 1] ?? '');
}

function acceptMatch(
  pattern: CompiledPattern,
  words: readonly Word[],
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
  const beforeWord = start > sentenceStart ? words[start - 1] : undefined;
  const sameClauseBefore = beforeWord !== undefined && beforeWord.clause === words[start]?.clause;
  if (before !== undefined && sameClauseBefore) {
    if (lang.thirdParty.has(before) || lang.thirdParty.has(subjectBefore(w, start, sentenceStart, lang))) return false;
    if (spec.notAfter?.includes(before)) return false;
    // "Sarah would love to pick your brain": a name right before a subjectless wish is its subject.
    const token = tokens[beforeWord.token];
    const beforeThat = start - 2 >= sentenceStart ? w[start - 2] : undefined;
    if (isCapitalizedName(token) && !lang.greetings.has(before) && !(beforeThat !== undefined && lang.greetings.has(beforeThat)) && beforeWord.token !== words[sentenceStart]?.token && !lang.leadIns.has(before)) {
      if (!lang.rules.macros.SUBJECT_WORDS?.includes(w[start] ?? '')) return false;
    }
  }
  if (spec.atClauseStart) {
    for (let k = start - 1; k >= sentenceStart; k--) {
      const word = words[k];
      if (!word || word.clause !== words[start]?.clause) break;
      const form = w[k] ?? '';
      if (!lang.greetings.has(form) && !lang.leadIns.has(form) && !lang.connectors.has(form)) return false;
    }
  }
  // Clause window for negation: from the start of the clause holding the wish.
  const clause = words[start]?.clause;
  let clauseStart = start;
  while (clauseStart > sentenceStart && words[clauseStart - 1]?.clause === clause) clauseStart--;
  let negationEnd = end;
  const lookahead = lang.rules.negationLookahead ?? 0;
  while (negationEnd < end + lookahead && negationEnd < sentenceEnd && words[negationEnd]?.clause === clause) negationEnd++;
  for (let k = clauseStart; k < negationEnd; k++) {
    const form = w[k] ?? '';
    if (!lang.negators.has(form)) continue;
    const p1 = k - 1 >= clauseStart ? w[k - 1] : undefined;
    const p2 = k - 2 >= clauseStart ? w[k - 2] : undefined;
    if ((p1 && lang.negationExceptions.has(p1)) || (p2 && lang.negationExceptions.has(p2))) continue;
    return false;
  }
  // Reported speech or someone else's wish anywhere earlier in the sentence.
  for (let k = sentenceStart; k < start; k++) {
    if (lang.reportVerbs.has(w[k] ?? '')) return false;
  }
  if (anyPhraseIn(lang.pastMarkers, w, clauseStart, Math.min(end + 2, sentenceEnd), sentenceEnd)) return false;
  if (spec.needsVague && !anyPhraseIn(lang.vague, w, sentenceStart, sentenceEnd, sentenceEnd)) return false;
  if (isQuoted(tokens, words[start]?.token ?? 0, words[end - 1]?.token ?? 0)) return false;
  // "let me know when you're free to review the doc": free for a task, not to meet.
  const purpose = end < sentenceEnd ? w[end] : undefined;
  if (purpose !== undefined && lang.purposeWords.has(purpose) && spec.checkPurpose !== false) {
    if (matchPhraseList(lang.activities, w, end + 1, sentenceEnd) < 0 && lang.rules.macros.WHEN_FREE && endsWithFree(w, end, lang)) return false;
  }
  return true;
}

/**
 * Grows a match to the clause an invite replaces: back over lead-ins
 * ("honestly") and an opening condition ("whenever you're free,"), forward to
 * the end of the clause and over its own punctuation, emoji and laughter.
 */
function growSpan(
  words: readonly Word[],
  w: readonly string[],
  tokens: readonly Token[],
  lang: CompiledLanguage,
  matchStart: number,
  matchEnd: number,
  sentenceStart: number,
  sentenceEnd: number,
): [number, number] {
  let first = matchStart;
  while (first > sentenceStart && lang.leadIns.has(words[first - 1]?.w ?? '') && words[first - 1]?.clause === words[first]?.clause) first--;
  // An opening condition clause directly before, e.g. "if you're ever in town, we should ...".
  const firstClause = words[first]?.clause;
  if (first > sentenceStart && words[first - 1]?.clause !== firstClause) {
    const previousClause = words[first - 1]?.clause;
    let opener = first - 1;
    while (opener > sentenceStart && words[opener - 1]?.clause === previousClause) opener--;
    // Skip greetings at the head of that clause ("hey, whenever you're free, ...").
    let head = opener;
    while (head < first - 1 && lang.greetings.has(words[head]?.w ?? '')) head++;
    if (lang.conditionOpeners.has(words[head]?.w ?? '')) first = head;
  }

  let lastToken = words[matchEnd - 1]?.token ?? 0;
  // Forward to the clause end: stop at sentence boundaries, before a new clause.
  let k = matchEnd;
  while (k < sentenceEnd) {
    const word = words[k];
    if (!word) break;
    const gapHasComma = hasCommaBetween(tokens, lastToken, word.token);
    if (gapHasComma || k > matchEnd) {
      if (startsNewClause(words, w, lang, k, sentenceEnd, gapHasComma)) break;
    }
    if (lang.connectors.has(word.w) && gapHasComma) break;
    lastToken = word.token;
    k++;
  }
  // A clause cut before a new one must not keep a dangling "and" / "but".
  if (k < sentenceEnd) {
    while (k - 1 >= matchEnd && lang.connectors.has(words[k - 1]?.w ?? '')) k--;
    lastToken = words[k - 1]?.token ?? lastToken;
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
    if (token.kind === 'word' && lang.laughter.has(foldWord(token.raw))) {
      end = token.end;
      continue;
    }
    if (token.kind === 'symbol' && (token.raw === ')' || token.raw === '"' || token.raw === '”')) {
      break;
    }
    break;
  }
  const startIndex = words[first]?.token ?? 0;
  const startToken = tokens[startIndex];
  // Spanish opening marks belong to the sentence they open: "¿quedamos un día?".
  const opener = tokens[startIndex - 1];
  if (opener && opener.kind === 'terminal' && /^[¿¡]+$/.test(opener.raw) && opener.end === startToken?.start) return [opener.start, end];
  return [startToken?.start ?? 0, end];
}

function hasCommaBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let t = from + 1; t < to; t++) if (tokens[t]?.kind === 'comma') return true;
  return false;
}

function startsNewClause(words: readonly Word[], w: readonly string[], lang: CompiledLanguage, k: number, limit: number, afterComma: boolean): boolean {
  if (matchPhraseList(lang.clauseStarters, w, k, limit) > k) return true;
  if (!afterComma) return false;
  const form = words[k]?.w ?? '';
  return lang.greetings.has(form) || lang.thirdParty.has(form) || lang.rules.macros.CLAUSE_SUBJECTS?.includes(form) === true;
}

export function toVagueMatch(text: string, raw: RawMatch): VagueMatch {
  return { start: raw.start, end: raw.end, kind: raw.kind, phrase: text.slice(raw.phraseStart, raw.phraseEnd) };
}
