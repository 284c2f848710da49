import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { detectVaguePhrases, type VagueMatch } from '../../core/detect/index.ts';

const LANGS = [undefined, 'en', 'es', 'fr', 'de', 'pt', 'en-US', 'pt-BR', 'xx', ''];

/** The contract every result must satisfy, whatever the input. */
function assertValid(text: string, matches: VagueMatch[]): void {
  expect(Array.isArray(matches)).toBe(true);
  let previousEnd = 0;
  for (const match of matches) {
    expect(Number.isInteger(match.start)).toBe(true);
    expect(Number.isInteger(match.end)).toBe(true);
    expect(match.start).toBeGreaterThanOrEqual(0);
    expect(match.end).toBeGreaterThan(match.start);
    expect(match.end).toBeLessThanOrEqual(text.length);
    expect(match.start).toBeGreaterThanOrEqual(previousEnd);
    expect(['social', 'business']).toContain(match.kind);
    expect(typeof match.phrase).toBe('string');
    const span = text.slice(match.start, match.end);
    expect(span).toBe(span.trim());
    previousEnd = match.end;
  }
}

const FRAGMENTS = [
  'we', 'should', 'hang', 'out', 'sometime', 'miss', 'you', 'u', "let's", 'lets', 'grab', 'coffee', 'catch up', 'on', 'soon', 'not', "don't", 'tomorrow',
  'at 3', 'pick your brain', 'would love to', 'connect', 'when you’re free', 'lmk', 'she says', 'used to', 'should have', '!', '?', '.', ',', ' — ',
  ':)', '<3', '❤️', '😭', '👋🏽', '\n', '  ', 'haha', 'lol', '"', '¿', '¡', 'deberíamos', 'quedar', 'te extraño', 'tu me manques', "qu'on", 'se voie',
  'wir sollten', 'treffen', 'vermisse dich', 'saudade', 'de você', 'a gente devia', 'se ver', '@mike', '#tbt', '<b>', '</b>', '&nbsp;', 'ﷺ', 'שלום',
  'مرحبا', '\u200f', '\u202e', '\uD800', '\uDC00', '\u0301', 'é', 'ß', 'İ', '\t', '\r\n', '3pm', '10:30', '14th', '3/14',
];

const fragmentText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(' '));
const glued = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fragmentText,
  glued,
);

describe('detectVaguePhrases never throws and always returns valid spans', () => {
  test('arbitrary strings and phrase-fragment mixes, with any lang', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...LANGS), (text, lang) => {
        const matches = detectVaguePhrases(text, lang === undefined ? undefined : { lang });
        assertValid(text, matches);
      }),
      { numRuns: 1500 },
    );
  });

  test('fragment mixes wrapped in HTML and right-to-left text', () => {
    fc.assert(
      fc.property(fragmentText, fc.constantFrom('<div>', '<p dir="rtl">', '\u202b', '\u2067'), (text, wrapper) => {
        const wrapped = `${wrapper}${text}</div>\u202c`;
        assertValid(wrapped, detectVaguePhrases(wrapped));
      }),
      { numRuns: 300 },
    );
  });

  test.each([
    ['empty', ''],
    ['only whitespace', ' \n\t\r\n '],
    ['lone high surrogate', '\uD83D'],
    ['lone low surrogate then words', '\uDE00 we should hang out sometime'],
    ['surrogates around a wish', '\uD800we should hang out sometime\uDFFF'],
    ['emoji only', '😭😭😭❤️‍🔥👩🏽‍💻'],
    ['rtl', 'שלום! אנחנו צריכים להיפגש مرحبا كيف حالك'],
    ['html', '<div><b>we should</b> hang out <i>sometime</i> :)</div>'],
    ['zero-width joiners', 'we\u200bshould\u200dhang out sometime'],
    ['combining marks alone', '\u0301\u0301\u0301 miss you'],
  ])('%s', (_name, text) => {
    for (const lang of LANGS) assertValid(text, detectVaguePhrases(text, lang === undefined ? undefined : { lang }));
  });

  test('non-string input from a careless caller returns []', () => {
    expect(detectVaguePhrases(undefined as unknown as string)).toEqual([]);
    expect(detectVaguePhrases(null as unknown as string)).toEqual([]);
    expect(detectVaguePhrases(42 as unknown as string)).toEqual([]);
  });

  test('1 MB of text returns quickly with valid spans', () => {
    const unit = "hey! we should hang out sometime :) how's the job? I missed the bus. ";
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const started = performance.now();
    const matches = detectVaguePhrases(text);
    const elapsed = performance.now() - started;
    assertValid(text, matches);
    expect(matches.length).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(5000);
  });

  test('1 MB without spaces', () => {
    const text = 'a'.repeat(1_000_000);
    assertValid(text, detectVaguePhrases(text));
  });
});
