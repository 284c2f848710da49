/**
 * A tiny token-pattern language, compiled once per language at load time.
 *
 *   we|us            one word from the alternatives
 *   @ACT             a phrase from the language's macro list ACT (multi-word, may carry !guards)
 *   x?               optional element
 *   @ADV*            zero to three repeats
 *   _3               skip up to three arbitrary words
 *
 * Matching walks word positions with bounded branching (repeats and gaps are
 * capped), so the cost per start position is a small constant and the whole
 * scan stays linear in the message length.
 */
import type { LanguageRules, PatternSpec } from './types.ts';

export interface Phrase {
  words: string[];
  /** The word right after the phrase must not be one of these. */
  guards: string[];
}

export type Element =
  | { type: 'phrases'; phrases: Phrase[]; optional: boolean; repeat: boolean }
  | { type: 'gap'; max: number };

export interface CompiledPattern {
  spec: PatternSpec;
  elements: Element[];
  /** Words a match can start with; used to index patterns by first word. */
  firstWords: Set<string>;
}

const MAX_REPEATS = 3;

function parsePhrase(text: string): Phrase {
  const words: string[] = [];
  const guards: string[] = [];
  for (const part of text.trim().split(/\s+/)) {
    if (part.startsWith('!')) guards.push(part.slice(1));
    else if (part) words.push(part);
  }
  return { words, guards };
}

/** Splits a pattern on spaces that are not inside [ ... ] groups. */
function splitElements(pattern: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of pattern.trim()) {
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    if (ch === ' ' && depth === 0) {
      if (current) parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts;
}

function alternativesToPhrases(body: string, rules: LanguageRules, source: string): Phrase[] {
  const phrases: Phrase[] = [];
  for (const alternative of body.split('|')) {
    const text = alternative.trim();
    if (text.startsWith('@')) {
      const list = rules.macros[text.slice(1)];
      if (!list) throw new Error(`${rules.code}: unknown macro ${text} in "${source}"`);
      phrases.push(...list.map(parsePhrase));
    } else if (text) phrases.push(parsePhrase(text));
  }
  return phrases;
}

export function compilePattern(spec: PatternSpec, rules: LanguageRules): CompiledPattern {
  const elements: Element[] = [];
  for (const part of splitElements(spec.p)) {
    const gap = /^_(\d)$/.exec(part);
    if (gap) {
      elements.push({ type: 'gap', max: Number(gap[1]) });
      continue;
    }
    let body = part;
    let optional = false;
    let repeat = false;
    if (body.endsWith('?')) {
      optional = true;
      body = body.slice(0, -1);
    } else if (body.endsWith('*')) {
      optional = true;
      repeat = true;
      body = body.slice(0, -1);
    }
    if (body.startsWith('[') && body.endsWith(']')) body = body.slice(1, -1);
    elements.push({ type: 'phrases', phrases: alternativesToPhrases(body, rules, spec.p), optional, repeat });
  }
  return { spec, elements, firstWords: collectFirstWords(elements) };
}

function collectFirstWords(elements: Element[]): Set<string> {
  const words = new Set<string>();
  for (const element of elements) {
    if (element.type === 'gap') throw new Error('a pattern cannot start with a gap');
    for (const phrase of element.phrases) {
      const first = phrase.words[0];
      if (first) words.add(first);
    }
    if (!element.optional) return words;
  }
  return words;
}

/** Length in words of each phrase of `element` that matches at `pos`. */
function phraseEnds(element: Extract<Element, { type: 'phrases' }>, words: readonly string[], pos: number, limit: number, out: number[]): void {
  for (const phrase of element.phrases) {
    const n = phrase.words.length;
    if (pos + n > limit) continue;
    let ok = true;
    for (let k = 0; k < n; k++) {
      if (words[pos + k] !== phrase.words[k]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (phrase.guards.length > 0) {
      const next = pos + n < limit ? words[pos + n] : undefined;
      if (next !== undefined && phrase.guards.includes(next)) continue;
    }
    if (!out.includes(pos + n)) out.push(pos + n);
  }
}

/**
 * Tries to match `elements[index..]` from `pos`; returns the end position of
 * the longest match or -1. `limit` is the end of the sentence (exclusive).
 */
export function matchFrom(elements: readonly Element[], index: number, words: readonly string[], pos: number, limit: number): number {
  if (index === elements.length) return pos;
  const element = elements[index];
  if (!element) return -1;
  let best = -1;
  if (element.type === 'gap') {
    for (let skip = 0; skip <= element.max && pos + skip <= limit; skip++) {
      const end = matchFrom(elements, index + 1, words, pos + skip, limit);
      if (end > best) best = end;
      if (best >= 0) return best; // shortest gap wins: keeps the trigger tight
    }
    return best;
  }
  if (element.repeat) {
    // Greedy repeats, bounded, trying fewer on failure.
    const starts: number[] = [pos];
    let frontier = [pos];
    for (let r = 0; r < MAX_REPEATS; r++) {
      const next: number[] = [];
      for (const p of frontier) phraseEnds(element, words, p, limit, next);
      if (next.length === 0) break;
      for (const p of next) if (!starts.includes(p)) starts.push(p);
      frontier = next;
    }
    for (let i = starts.length - 1; i >= 0; i--) {
      const end = matchFrom(elements, index + 1, words, starts[i] ?? pos, limit);
      if (end > best) best = end;
    }
    return best;
  }
  const ends: number[] = [];
  phraseEnds(element, words, pos, limit, ends);
  for (const p of ends) {
    const end = matchFrom(elements, index + 1, words, p, limit);
    if (end > best) best = end;
  }
  if (element.optional) {
    const end = matchFrom(elements, index + 1, words, pos, limit);
    if (end > best) best = end;
  }
  return best;
}

/** Does any phrase of the macro match at `pos`? Returns its end or -1. */
export function matchPhraseList(phrases: readonly Phrase[], words: readonly string[], pos: number, limit: number): number {
  let best = -1;
  for (const phrase of phrases) {
    const n = phrase.words.length;
    if (pos + n > limit) continue;
    let ok = true;
    for (let k = 0; k < n; k++) {
      if (words[pos + k] !== phrase.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok && pos + n > best) best = pos + n;
  }
  return best;
}
