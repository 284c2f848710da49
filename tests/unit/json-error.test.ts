/**
 * A file that is not JSON is described by where it goes wrong, in the person's language, never by
 * the JavaScript engine's English (issue 13). The scanner must agree with JSON.parse on every text.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readBackup } from '../../extension/backup';
import { findJsonError } from '../../core/json-error';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('findJsonError', () => {
  test.each([
    ['{oops', 1, 2],
    ['{"a": 1,}', 1, 9],
    ['[1, 2', 1, 6],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3],
    ['{"a": tru}', 1, 10],
    ['"tab\there"', 1, 5],
    ['"\\x"', 1, 3],
    ['"\\u12g4"', 1, 6],
    ['01', 1, 2],
    ['-', 1, 2],
    ['1.', 1, 3],
    ['{} {}', 1, 4],
    ['{"a"\r\n:\r\n}', 3, 1],
    ['{"a"\r:\r}', 3, 1],
  ])('%j goes wrong at line %i, column %i', (text, line, column) => {
    expect(parses(text)).toBe(false);
    expect(findJsonError(text)).toEqual({ line, column });
  });

  test.each([['{}'], ['[]'], [' {"a": [1, -2.5e+3, true, false, null, "\\u00e9\\n"]} '], ['"x"'], ['0'], [`${'['.repeat(50_000)}${']'.repeat(50_000)}`]])('%#: JSON is JSON', (text) => {
    expect(findJsonError(text)).toBeNull();
  });

  test('agrees with JSON.parse on JSON and on JSON with one character changed', () => {
    const json = fc.jsonValue().map((value) => JSON.stringify(value, null, 1));
    const damaged = fc.tuple(json, fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '\\', 'x', '\n', '0', '-', '.', 'e', '\u0001'));
    fc.assert(
      fc.property(damaged, ([text, at, char]) => {
        const position = text.length === 0 ? 0 : at % text.length;
        const changed = text.slice(0, position) + char + text.slice(position + 1);
        expect(findJsonError(text)).toBeNull();
        expect(findJsonError(changed) === null).toBe(parses(changed));
      }),
      { numRuns: 3_000, seed: 13 },
    );
  });
});

describe('a backup that is not JSON', () => {
  test('is refused with its place, not the engine’s words', () => {
    expect(readBackup('{\n  "format": "someday-backup",\n  oops\n}')).toEqual({ ok: false, problem: { code: 'notJson', line: 3, column: 3 } });
  });

  test.each([[''], ['  \n'], ['\uFEFF']])('an empty file %j is called empty', (text) => {
    expect(readBackup(text)).toEqual({ ok: false, problem: { code: 'notJson', line: 0, column: 0 } });
  });
});
