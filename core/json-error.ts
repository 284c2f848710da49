/**
 * Where a text stops being JSON, as a line and column a person can look for in their editor.
 * JSON.parse says the same thing in the JavaScript engine's own English, and differently in each
 * browser, so Someday never shows its words.
 *
 * A plain scan of the JSON grammar (RFC 8259); it accepts exactly what JSON.parse accepts, which
 * a property test checks.
 */
export interface JsonErrorPlace {
  line: number;
  column: number;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/** Null when `text` is JSON; otherwise the place of the first character that is not. */
export function findJsonError(text: string): JsonErrorPlace | null {
  let at = 0;
  const fail = (): never => {
    throw new SyntaxError(String(at));
  };
  const skipWhitespace = () => {
    while (at < text.length && WHITESPACE.has(text[at]!)) at++;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text[at] !== char) fail();
      at++;
    }
  };
  const string = () => {
    at++; // the opening quote
    for (;;) {
      if (at >= text.length) fail();
      const code = text.charCodeAt(at);
      if (code === 0x22) {
        at++;
        return;
      }
      if (code < 0x20) fail();
      if (code === 0x5c) {
        at++;
        const escape = text[at];
        if (escape === 'u') {
          for (let i = 1; i <= 4; i++) if (!/[0-9a-fA-F]/.test(text[at + i] ?? '')) { at += i; fail(); }
          at += 5;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) at++;
        else fail();
      } else at++;
    }
  };
  const digits = () => {
    const start = at;
    while (at < text.length && text[at]! >= '0' && text[at]! <= '9') at++;
    if (at === start) fail();
  };
  const number = () => {
    if (text[at] === '-') at++;
    if (text[at] === '0') at++;
    else digits();
    if (text[at] === '.') {
      at++;
      digits();
    }
    if (text[at] === 'e' || text[at] === 'E') {
      at++;
      if (text[at] === '+' || text[at] === '-') at++;
      digits();
    }
  };
  /** An object member's name and its colon, from the whitespace before the name. */
  const memberName = () => {
    skipWhitespace();
    if (text[at] !== '"') fail();
    string();
    skipWhitespace();
    if (text[at] !== ':') fail();
    at++;
  };
  // Containers are walked with an explicit stack, so a deeply nested file cannot overflow the call stack.
  const value = () => {
    const open: string[] = [];
    for (;;) {
      skipWhitespace();
      const char = text[at];
      if (char === '{' || char === '[') {
        at++;
        skipWhitespace();
        if (text[at] === (char === '{' ? '}' : ']')) at++;
        else {
          open.push(char);
          if (char === '{') memberName();
          continue;
        }
      } else if (char === '"') string();
      else if (char === 't') literal('true');
      else if (char === 'f') literal('false');
      else if (char === 'n') literal('null');
      else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) number();
      else fail();
      // After a value: close containers or go on to the next member.
      for (;;) {
        if (open.length === 0) return;
        skipWhitespace();
        const container = open[open.length - 1]!;
        if (text[at] === ',') {
          at++;
          if (container === '{') memberName();
          break;
        }
        if (text[at] !== (container === '{' ? '}' : ']')) fail();
        at++;
        open.pop();
      }
    }
  };
  try {
    value();
    skipWhitespace();
    if (at < text.length) fail();
    return null;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const before = text.slice(0, at);
    const lines = before.split(/\r\n|\r|\n/);
    return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
  }
}
