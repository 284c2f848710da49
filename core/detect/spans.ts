/**
 * Spans: a surviving match grows into the clause an invite replaces (lead-ins, an opening
 * condition, the rest of the clause, its punctuation, emoji and laughter).
 */
import type { CompiledLanguage, RawMatch, WordStream } from './engine.ts';
import { normalizeToken } from './normalize.ts';
import { childOf, longestMatch } from './patterns.ts';
import type { Token } from './tokenize.ts';
import type { VagueMatch } from './types.ts';

/** The span end growSpan found, beside its return value (no pair allocated per match). */
export let grownEnd = 0;

/**
 * Grows a match to the clause an invite replaces: back over lead-ins
 * ("honestly") and an opening condition ("whenever you're free,"), forward to
 * the end of the clause and over its own punctuation, emoji and laughter.
 */
export function growSpan(
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
  if (k < limit && childOf(lang.graph, lang.clauseStarters, words.ids[k] ?? 0) >= 0 && longestMatch(lang.graph, lang.clauseStarters, w, words.ids, k, limit) > k) return true;
  if (!afterComma) return false;
  const form = words.w[k] ?? '';
  return lang.greetings.has(form) || lang.thirdParty.has(form) || lang.rules.macros.CLAUSE_SUBJECTS.includes(form);
}

export function toVagueMatch(text: string, raw: RawMatch): VagueMatch {
  return { start: raw.start, end: raw.end, kind: raw.kind, phrase: text.slice(raw.phraseStart, raw.phraseEnd) };
}

