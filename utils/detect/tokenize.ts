/**
 * Splits a message into tokens that keep their UTF-16 offsets, so every later
 * stage can work on normalized words and still hand back exact spans.
 *
 * The scanner is a single sticky regex whose alternatives are all linear (no
 * nested, overlapping quantifiers), so 100 KB of anything is scanned in one pass.
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

// Order matters: emoticons before punctuation, words before symbols.
const TOKEN_PATTERN = new RegExp(
  [
    // emoticons like :) :-( ;) :D <3 xD ^^ — kept whole so they can trail a span
    String.raw`(?<emoticon>[:;=]['’]?-?[()DPpOo3*|\]\[/\\]+|<3+|\^\^|\^_\^|-_-|xD+|XD+|:'\()`,
    // words: letters with marks and digits, joined by inner apostrophes or hyphens
    String.raw`(?<word>\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*)`,
    // numbers, clock times, dates, ordinals: 3pm 10:30 14th 3/14 15h
    String.raw`(?<number>\p{N}+(?:[:/.]\p{N}+)*[\p{L}ºª]*)`,
    String.raw`(?<newline>\r?\n|\r|\u2028|\u2029)`,
    String.raw`(?<terminal>[.!?…;¡¿。！？]+)`,
    String.raw`(?<comma>[,:–—]|\s-\s)`,
    String.raw`(?<emoji>[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}\u200D\uFE0F\u20E3])`,
    String.raw`(?<space>[^\S\r\n\u2028\u2029]+)`,
    String.raw`(?<symbol>[^])`,
  ].join('|'),
  'gu',
);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const groups = match.groups;
    if (!groups) continue;
    const start = match.index;
    const raw = match[0];
    let kind: TokenKind | undefined;
    if (groups.emoticon !== undefined) kind = 'emoticon';
    else if (groups.word !== undefined) kind = 'word';
    else if (groups.number !== undefined) kind = 'number';
    else if (groups.newline !== undefined) kind = 'newline';
    else if (groups.terminal !== undefined) kind = 'terminal';
    else if (groups.comma !== undefined) kind = 'comma';
    else if (groups.emoji !== undefined) kind = 'emoji';
    else if (groups.space !== undefined) continue;
    else kind = 'symbol';
    if (kind === 'comma' && raw.length > 1) {
      // " - " matched with its spaces; keep only the dash as the token.
      const dash = raw.indexOf('-');
      tokens.push({ kind, start: start + dash, end: start + dash + 1, raw: '-' });
      continue;
    }
    tokens.push({ kind, start, end: start + raw.length, raw });
  }
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
