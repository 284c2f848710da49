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

interface SentenceWord {
  w: string;
  sentence: number;
}

const CLOCK = /^\d{1,2}(?::\d{2})?(?:am|pm|a|p|h|hs|hrs|uhr|h\d{2})$/;
const COLON_TIME = /^\d{1,2}[:h]\d{2}$/;
const ORDINAL = /^\d{1,2}(?:st|nd|rd|th|er|e|eme|º|ª|o|a)$/;
const SLASH_DATE = /^\d{1,4}[/.]\d{1,2}(?:[/.]\d{2,4})?$/;
const SMALL_NUMBER = /^\d{1,2}$/;
const CLOCK_SUFFIX = new Set(['am', 'pm', 'a.m', 'p.m', 'h', 'uhr', 'hs', 'horas', 'heures', 'heure', 'o', 'oclock']);

/** Sentence index → true when that sentence names a concrete day or time. */
export function findTimeExpressions(words: readonly SentenceWord[], rules: TimeRules): Map<number, boolean> {
  const found = new Map<number, boolean>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word || found.get(word.sentence)) continue;
    if (isTimeAt(words, i, rules)) found.set(word.sentence, true);
  }
  return found;
}

function isTimeAt(words: readonly SentenceWord[], i: number, rules: TimeRules): boolean {
  const word = words[i];
  if (!word) return false;
  const w = word.w;
  if (rules.timeWords.has(w)) return true;
  const next = words[i + 1];
  const sameSentenceNext = next && next.sentence === word.sentence ? next.w : undefined;
  const previous = words[i - 1];
  const sameSentencePrevious = previous && previous.sentence === word.sentence ? previous.w : undefined;
  if (/^\d/.test(w)) {
    if (CLOCK.test(w) || COLON_TIME.test(w) || ORDINAL.test(w) || SLASH_DATE.test(w)) return true;
    if (SMALL_NUMBER.test(w)) {
      if (sameSentenceNext !== undefined && (CLOCK_SUFFIX.has(sameSentenceNext) || rules.monthNames.has(sameSentenceNext))) return true;
      if (sameSentencePrevious !== undefined && (rules.clockPrepositions.has(sameSentencePrevious) || rules.monthNames.has(sameSentencePrevious))) return true;
      // "a las 3", "à 15", "às 3": two-word prepositions end in a word listed too.
    }
    return false;
  }
  // "at three", "à une heure": a number word is a clock time only when nothing but a clock word follows.
  if (rules.numberWords.has(w) && sameSentencePrevious !== undefined && rules.clockPrepositions.has(sameSentencePrevious)) {
    if (sameSentenceNext === undefined || CLOCK_SUFFIX.has(sameSentenceNext) || rules.numberWords.has(sameSentenceNext)) return true;
  }
  for (const phrase of rules.timePhrases.get(w) ?? []) {
    const n = phrase.words.length;
    let ok = true;
    if (phrase.guards.length > 0 && !guardsAllow(words, i, n, phrase.guards)) continue;
    for (let k = 0; k < n; k++) {
      const candidate = words[i + k];
      if (!candidate || candidate.sentence !== word.sentence || candidate.w !== phrase.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

/** Guards: "!x" forbids x right after the phrase, "<x" forbids x right before it. */
function guardsAllow(words: readonly SentenceWord[], i: number, n: number, guards: readonly string[]): boolean {
  const sentence = words[i]?.sentence;
  const next = words[i + n];
  const previous = words[i - 1];
  for (const guard of guards) {
    if (guard.startsWith('<')) {
      if (previous && previous.sentence === sentence && previous.w === guard.slice(1)) return false;
    } else if (next && next.sentence === sentence && next.w === guard) return false;
  }
  return true;
}
