/**
 * Splits a message into tokens that keep their UTF-16 offsets, so every later
 * stage can work on normalized words and still hand back exact spans.
 *
 * A hand-written scanner over code points: one pass, no backtracking, so 100 KB
 * of anything costs the same per character as a short message.
 */

export type TokenKind =
  | 'word'
  | 'number'
  | 'newline'
  | 'terminal' // . ! ? … ; — ends a sentence
  | 'comma' // , : – -  — ends a clause, not a sentence
  | 'emoticon'
  | 'emoji'
  | 'symbol';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  raw: string;
}

// Character classes, computed once per code point and cached; ASCII is a table.
const C_OTHER = 0;
const C_LETTER = 1;
const C_DIGIT = 2;
const C_MARK = 3;
const C_SPACE = 4;
const C_NEWLINE = 5;
const C_TERMINAL = 6;
const C_COMMA = 7;
const C_EMOJI = 8;

const ASCII_CLASS = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const ch = String.fromCharCode(code);
  ASCII_CLASS[code] = /[A-Za-z]/.test(ch)
    ? C_LETTER
    : /[0-9]/.test(ch)
      ? C_DIGIT
      : ch === '\n' || ch === '\r'
        ? C_NEWLINE
        : /\s/.test(ch)
          ? C_SPACE
          : /[.!?;]/.test(ch)
            ? C_TERMINAL
            : ch === ',' || ch === ':'
              ? C_COMMA
              : C_OTHER;
}

const IS_LETTER = /^\p{L}$/u;
const IS_DIGIT = /^\p{N}$/u;
const IS_MARK = /^\p{M}$/u;
// Joiners, variation selectors and keycaps are classified in classOf before this test.
const IS_EMOJI = /^[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}]$/u;
const IS_SPACE = /^\s$/u;
const wideClasses = new Map<number, number>();

function classOf(code: number): number {
  if (code < 128) return ASCII_CLASS[code] ?? C_OTHER;
  const cached = wideClasses.get(code);
  if (cached !== undefined) return cached;
  const ch = String.fromCodePoint(code);
  let result = C_OTHER;
  if (code === 0x2028 || code === 0x2029) result = C_NEWLINE;
  else if (code === 0xfe0f || code === 0x200d || code === 0x20e3 || IS_EMOJI.test(ch)) result = C_EMOJI;
  else if (IS_LETTER.test(ch)) result = C_LETTER;
  else if (IS_DIGIT.test(ch)) result = C_DIGIT;
  else if (IS_MARK.test(ch)) result = C_MARK;
  else if (IS_SPACE.test(ch)) result = C_SPACE;
  else if ('…¡¿。！？'.includes(ch)) result = C_TERMINAL;
  else if ('–—'.includes(ch)) result = C_COMMA;
  // Lone surrogates and everything else stay C_OTHER.
  if (wideClasses.size < 50_000) wideClasses.set(code, result);
  return result;
}

const EMOTICON = /(?:[:;=]['’]?-?[()DPpOo3*|\][/\\]+|<3+|\^\^|\^_\^|-_-|[xX]D+(?![\p{L}\p{N}])|:'\()/uy;
/** Char codes an emoticon can start with: : ; = < ^ - x X */
const EMOTICON_START = new Uint8Array(128);
for (const ch of ':;=<^-xX') EMOTICON_START[ch.charCodeAt(0)] = 1;


// Word texts recur across messages; interning them hands every stage the same
// string object (its hash computed once) instead of a fresh slice per token.
const INTERN_BITS = 14;
const INTERN_SIZE = 1 << INTERN_BITS;
const INTERN_LONGEST = 40;
const internKeys: Array<string | undefined> = new Array<string | undefined>(INTERN_SIZE).fill(undefined);
const internHashes = new Int32Array(INTERN_SIZE);
/** What the caller of tokenize attached to each interned text (see WordAttachment), by slot. */
const internPayloads: unknown[] = new Array<unknown>(INTERN_SIZE).fill(undefined);
let internCount = 0;
/** The slot internHashed last found or filled, or -1 when the text was too long to intern. */
let internSlotFound = -1;

/** text.slice(start, end), as a shared string when the same text was seen before. */
function internSlice(text: string, start: number, end: number): string {
  if (end - start > INTERN_LONGEST) {
    internSlotFound = -1;
    return text.slice(start, end);
  }
  let hash = 0;
  for (let k = start; k < end; k++) hash = (Math.imul(hash, 31) + text.charCodeAt(k)) | 0;
  return internHashed(text, start, end, hash);
}

/** internSlice with the hash of the units already summed (h = h * 31 + unit, from 0). */
function internHashed(text: string, start: number, end: number, hash: number): string {
  const length = end - start;
  if (length > INTERN_LONGEST) {
    internSlotFound = -1;
    return text.slice(start, end);
  }
  let slot = hash & (INTERN_SIZE - 1);
  for (;;) {
    const key = internKeys[slot];
    if (key === undefined) break;
    if (internHashes[slot] === hash && key.length === length && text.startsWith(key, start)) {
      internSlotFound = slot;
      return key;
    }
    slot = (slot + 1) & (INTERN_SIZE - 1);
  }
  if (internCount >= INTERN_SIZE >>> 1) {
    // Half full: start over rather than let probes grow long.
    internKeys.fill(undefined);
    internPayloads.fill(undefined);
    internCount = 0;
    slot = hash & (INTERN_SIZE - 1);
  }
  const fresh = text.slice(start, end);
  internKeys[slot] = fresh;
  internHashes[slot] = hash;
  internPayloads[slot] = undefined;
  internCount++;
  internSlotFound = slot;
  return fresh;
}

/**
 * Per-word data the caller wants next to each word and number token, looked
 * up while tokenizing: an interned text keeps its value, so a repeated word
 * costs no lookup at all. `of` must depend on the raw text only.
 */
export interface WordAttachment<T> {
  of: (raw: string) => T;
  /** Filled at the index of each word and number token; other indexes keep whatever they held. */
  out: T[];
}

function attachTo<T>(attach: WordAttachment<T>, index: number, raw: string): void {
  const slot = internSlotFound;
  if (slot < 0) {
    attach.out[index] = attach.of(raw);
    return;
  }
  let value = internPayloads[slot] as T | undefined;
  if (value === undefined) {
    value = attach.of(raw);
    internPayloads[slot] = value;
  }
  attach.out[index] = value;
}

/**
 * Token objects and their array, reused from one tokenize call to the next so
 * a 100 KB message allocates almost nothing. The tokens are only valid until
 * the next call that passes the same buffer.
 */
export interface TokenBuffer {
  tokens: Token[];
  pool: Token[];
}

/** Tokens past this many are not kept for reuse: the pool stays a few MB at most. */
const POOL_LIMIT = 1 << 16;

function makeToken(pool: Token[] | undefined, index: number, kind: TokenKind, start: number, end: number, raw: string): Token {
  if (pool === undefined || index >= POOL_LIMIT) return { kind, start, end, raw };
  const reused = pool[index];
  if (reused === undefined) {
    const fresh: Token = { kind, start, end, raw };
    pool[index] = fresh;
    return fresh;
  }
  reused.kind = kind;
  reused.start = start;
  reused.end = end;
  reused.raw = raw;
  return reused;
}

export function tokenize<T>(text: string, attach?: WordAttachment<T>, buffer?: TokenBuffer): Token[] {
  const tokens: Token[] = buffer ? buffer.tokens : [];
  const pool = buffer?.pool;
  let count = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    const unit = text.charCodeAt(i);
    // A space between words is by far the most common character: skip it without building a token.
    if (unit === 32 && text.charCodeAt(i + 1) !== 45) {
      i++;
      continue;
    }
    const code = unit >= 0xd800 && unit <= 0xdbff ? (text.codePointAt(i) ?? 0) : unit;
    const width = code > 0xffff ? 2 : 1;
    const cls = classOf(code);
    const start = i;
    if (unit < 128 && EMOTICON_START[unit] === 1) {
      EMOTICON.lastIndex = i;
      const emoticon = EMOTICON.exec(text);
      if (emoticon) {
        i += emoticon[0].length;
        tokens[count] = makeToken(pool, count, 'emoticon', start, i, emoticon[0]);
        count++;
        continue;
      }
    }
    switch (cls) {
      case C_LETTER: {
        let hash = unit;
        if (width === 2) hash = (Math.imul(hash, 31) + text.charCodeAt(i + 1)) | 0;
        i += width;
        while (i < length) {
          const u = text.charCodeAt(i);
          // ASCII letters and digits: by far the common case.
          if (u < 128) {
            const ascii = ASCII_CLASS[u];
            if (ascii === C_LETTER || ascii === C_DIGIT) {
              hash = (Math.imul(hash, 31) + u) | 0;
              i++;
              continue;
            }
          }
          const c = u >= 0xd800 && u <= 0xdbff ? (text.codePointAt(i) ?? 0) : u;
          const k = c < 128 ? (ASCII_CLASS[c] ?? C_OTHER) : classOf(c);
          if (k === C_LETTER || k === C_DIGIT || k === C_MARK) {
            hash = (Math.imul(hash, 31) + u) | 0;
            if (c > 0xffff) hash = (Math.imul(hash, 31) + text.charCodeAt(i + 1)) | 0;
            i += c > 0xffff ? 2 : 1;
            continue;
          }
          // Inner apostrophes and hyphens join words: "let's", "get-together".
          if ((u === 39 || u === 0x2019 || u === 45) && i + 1 < length) {
            const after = classOf(text.codePointAt(i + 1) ?? 0);
            if (after === C_LETTER || after === C_DIGIT) {
              hash = (Math.imul(hash, 31) + u) | 0;
              i += 1;
              continue;
            }
          }
          break;
        }
        const raw = internHashed(text, start, i, hash);
        if (attach) attachTo(attach, count, raw);
        tokens[count] = makeToken(pool, count, 'word', start, i, raw);
        count++;
        break;
      }
      case C_DIGIT: {
        i += width;
        while (i < length) {
          const c = text.codePointAt(i) ?? 0;
          const k = classOf(c);
          if (k === C_DIGIT) {
            i += c > 0xffff ? 2 : 1;
            continue;
          }
          const joiner = text[i];
          if ((joiner === ':' || joiner === '/' || joiner === '.') && i + 1 < length && classOf(text.codePointAt(i + 1) ?? 0) === C_DIGIT) {
            i += 1;
            continue;
          }
          break;
        }
        // Unit or ordinal suffix: 3pm, 14th, 15h, 1º.
        while (i < length) {
          const c = text.codePointAt(i) ?? 0;
          if (classOf(c) !== C_LETTER && c !== 0xba && c !== 0xaa) break;
          i += c > 0xffff ? 2 : 1;
        }
        const raw = internSlice(text, start, i);
        if (attach) attachTo(attach, count, raw);
        tokens[count] = makeToken(pool, count, 'number', start, i, raw);
        count++;
        break;
      }
      case C_NEWLINE: {
        i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
        tokens[count] = makeToken(pool, count, 'newline', start, i, internSlice(text, start, i));
        count++;
        break;
      }
      case C_TERMINAL: {
        i += width;
        while (i < length && classOf(text.codePointAt(i) ?? 0) === C_TERMINAL) i += 1;
        tokens[count] = makeToken(pool, count, 'terminal', start, i, internSlice(text, start, i));
        count++;
        break;
      }
      case C_COMMA: {
        i += width;
        tokens[count] = makeToken(pool, count, 'comma', start, i, internSlice(text, start, i));
        count++;
        break;
      }
      case C_EMOJI: {
        i += width;
        tokens[count] = makeToken(pool, count, 'emoji', start, i, internSlice(text, start, i));
        count++;
        break;
      }
      case C_SPACE: {
        i += width;
        // " - " between spaces separates clauses like a dash.
        if (text[i] === '-' && i + 1 < length && classOf(text.charCodeAt(i + 1)) === C_SPACE) {
          tokens[count] = makeToken(pool, count, 'comma', i, i + 1, '-');
          count++;
          i += 1;
        }
        break;
      }
      default: {
        i += width;
        tokens[count] = makeToken(pool, count, 'symbol', start, i, internSlice(text, start, i));
        count++;
      }
    }
  }
  tokens.length = count;
  return tokens;
}

const COMBINING_MARKS = /\p{M}/gu;

/** Lowercase, strip diacritics, unify apostrophes: "Qué" → "que", "let’s" → "let's". */
export function foldWord(raw: string): string {
  const lower = raw.toLowerCase();
  // Fast path: plain ASCII needs no decomposition.
  let ascii = true;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) return lower;
  return lower.normalize('NFD').replace(COMBINING_MARKS, '').replace(/’/g, "'").replace(/ß/g, 'ss');
}

/** True for tokens that decorate the end of a sentence and belong to the span before them. */
export function isDecoration(token: Token): boolean {
  return token.kind === 'emoji' || token.kind === 'emoticon';
}
