/**
 * Finds concrete times: weekday names, today/tonight/tomorrow, "this weekend",
 * clock times ("3pm", "at 10", "15h", "10:30"), dates ("the 14th", "3/14",
 * "march 3"). A wish in a sentence that names one is already a plan.
 */
import type { Phrase } from './patterns.ts';

export interface TimeRules {
  timeWords: Set<string>;
  /** Phrases indexed by their first word. */
  timePhrases: Map<string, Phrase[]>;
  clockPrepositions: Set<string>;
  numberWords: Set<string>;
  monthNames: Set<string>;
}

interface SentenceWords {
  w: readonly string[];
  sentence: ArrayLike<number>;
  length: number;
  /** Optional per-word hint: false means the word cannot start a time expression (see mayStartTime). */
  info?: ReadonlyArray<{ timeStart: boolean }>;
}

/** False only for words that can never start a time expression under `rules`. */
export function mayStartTime(word: string, rules: TimeRules): boolean {
  const first = word.charCodeAt(0);
  return (first >= 48 && first <= 57) || rules.timeWords.has(word) || rules.numberWords.has(word) || rules.timePhrases.has(word);
}

const CLOCK = /^\d{1,2}(?::\d{2})?(?:am|pm|a|p|h|hs|hrs|uhr|h\d{2})$/;
const COLON_TIME = /^\d{1,2}[:h]\d{2}$/;
const ORDINAL = /^\d{1,2}(?:st|nd|rd|th|er|e|eme|º|ª|o|a)$/;
const SLASH_DATE = /^\d{1,4}[/.]\d{1,2}(?:[/.]\d{2,4})?$/;
const SMALL_NUMBER = /^\d{1,2}$/;
/** Units that make a small number a length of time, not a clock time or a date. */
const DURATION_UNITS = new Set(['minutes', 'minute', 'min', 'mins', 'minutos', 'minuto', 'minutinhos', 'minuten', 'days', 'dias', 'tage', 'jours', 'weeks', 'semanas', 'wochen', 'semaines']);
const CLOCK_SUFFIX = new Set(['am', 'pm', 'a.m', 'p.m', 'h', 'uhr', 'hs', 'horas', 'heures', 'heure', 'o', 'oclock']);

/** Sentence index → true when that sentence names a concrete day or time. */
export function findTimeExpressions(words: SentenceWords, rules: TimeRules): Map<number, boolean> {
  const found = new Map<number, boolean>();
  for (let i = 0; i < words.length; i++) {
    const sentence = words.sentence[i] ?? 0;
    if (found.get(sentence)) continue;
    if (isTimeAt(words, i, rules)) found.set(sentence, true);
  }
  return found;
}

/** True when a word in [from, to) of one sentence names a concrete day or time. */
export function sentenceHasTime(words: SentenceWords, rules: TimeRules, from: number, to: number): boolean {
  const info = words.info;
  for (let i = from; i < to; i++) {
    if (info !== undefined && info[i]?.timeStart === false) continue;
    if (isTimeAt(words, i, rules)) return true;
  }
  return false;
}

function isTimeAt(words: SentenceWords, i: number, rules: TimeRules): boolean {
  const w = words.w[i];
  if (w === undefined) return false;
  if (rules.timeWords.has(w)) return true;
  const sentence = words.sentence[i];
  const sameSentenceNext = words.sentence[i + 1] === sentence ? words.w[i + 1] : undefined;
  const sameSentencePrevious = i > 0 && words.sentence[i - 1] === sentence ? words.w[i - 1] : undefined;
  const first = w.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    if (CLOCK.test(w) || COLON_TIME.test(w) || ORDINAL.test(w) || SLASH_DATE.test(w)) return true;
    if (SMALL_NUMBER.test(w)) {
      if (sameSentenceNext !== undefined && (CLOCK_SUFFIX.has(sameSentenceNext) || rules.monthNames.has(sameSentenceNext))) return true;
      if (sameSentencePrevious !== undefined && rules.clockPrepositions.has(sameSentencePrevious)) return true;
      // "14 de mayo" is a date; "una llamada de 20 minutos" is a length.
      if (sameSentencePrevious !== undefined && rules.monthNames.has(sameSentencePrevious) && (sameSentenceNext === undefined || !DURATION_UNITS.has(sameSentenceNext))) return true;
    }
    return false;
  }
  // "at three", "à une heure": a number word is a clock time only when nothing but a clock word follows.
  if (rules.numberWords.has(w) && sameSentencePrevious !== undefined && rules.clockPrepositions.has(sameSentencePrevious)) {
    if (sameSentenceNext === undefined || CLOCK_SUFFIX.has(sameSentenceNext) || rules.numberWords.has(sameSentenceNext)) return true;
  }
  const phrases = rules.timePhrases.get(w);
  if (!phrases) return false;
  for (const phrase of phrases) {
    const n = phrase.words.length;
    if (phrase.guards.length > 0 && !guardsAllow(words, i, n, phrase.guards)) continue;
    let ok = true;
    for (let k = 0; k < n; k++) {
      if (words.sentence[i + k] !== sentence || words.w[i + k] !== phrase.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

/** Guards: "!x" forbids x right after the phrase, "<x" forbids x right before it. */
function guardsAllow(words: SentenceWords, i: number, n: number, guards: readonly string[]): boolean {
  const sentence = words.sentence[i];
  for (const guard of guards) {
    if (guard.startsWith('<')) {
      if (i > 0 && words.sentence[i - 1] === sentence && words.w[i - 1] === guard.slice(1)) return false;
    } else if (words.sentence[i + n] === sentence && words.w[i + n] === guard) return false;
  }
  return true;
}
