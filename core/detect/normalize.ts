/**
 * Normalizing: a message's tokens become one language's word stream (contractions and elisions
 * expanded, each distinct word interned once with what the hot loops ask about it).
 */
import type { CompiledLanguage, StartInfo, WordInfo, WordStream } from './engine.ts';
import { hashString } from './hash.ts';
import type { Lexeme } from './lexicon.ts';
import { idsAfterFirstId, type CompiledPattern } from './patterns.ts';
import { mayStartTime } from './time.ts';
import { foldWord, type Token } from './tokenize.ts';
import type { LanguageRules } from './types.ts';

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

export interface NormalizedToken {
  words: string[];
  infos: WordInfo[];
  laughter: boolean;
}

const VOCABULARY_LIMIT = 20_000;

/**
 * The patterns that can start at word `id`, each with the follow set of the
 * words that can come right after it (and their union), worked out the first
 * time a message holds the word and kept for the language's lifetime.
 */
export function startsAt(lang: CompiledLanguage, id: number): StartInfo | undefined {
  if (lang.starts.has(id)) return lang.starts.get(id);
  const ids = lang.startingAt.get(id);
  let start: StartInfo | undefined;
  if (ids) {
    const flat: number[] = [];
    const sets: Array<Set<number>> = [];
    const add = (set: Set<number> | undefined): number => (set === undefined ? -1 : (sets.push(set) - 1) * lang.followWidth);
    let union: Set<number> | undefined = new Set();
    for (const patternId of ids) {
      const after = idsAfterFirstId(lang.graph, (lang.patterns[patternId] as CompiledPattern).elements, id);
      if (after === undefined) union = undefined;
      else if (union) for (const each of after) union.add(each);
      const pairs = lang.patternSlots[patternId] ?? [];
      flat.push(patternId, add(after), pairs.length / 2, ...pairs);
    }
    const follow = add(union);
    // The word's own follow sets: nothing in them depends on which words came before.
    const bits = new Int32Array(sets.length * lang.followWidth);
    sets.forEach((set, index) => {
      for (const each of set) bits[index * lang.followWidth + (each >>> 5)] = (bits[index * lang.followWidth + (each >>> 5)] as number) | (1 << (each & 31));
    });
    start = { slots: Int32Array.from(flat), follow, sets: bits };
  }
  lang.starts.set(id, start);
  return start;
}

const NO_SETS = new Int32Array(0);

function wordInfo(word: string, lang: CompiledLanguage): WordInfo {
  let info = lang.vocabulary.get(word);
  if (info) return info;
  const id = lang.wordIds.get(word) ?? 0;
  const start = id === 0 ? undefined : startsAt(lang, id);
  info = {
    w: word,
    hash: hashString(word),
    id,
    candidateSlots: start?.slots,
    follow: start?.follow ?? -1,
    followSets: start?.sets ?? NO_SETS,
    slots: lang.hasSlots[id] === 1 ? id * lang.slotWords : -1,
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

export function normalizeToken(token: Token, lang: CompiledLanguage, lex?: Lexeme): NormalizedToken {
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
