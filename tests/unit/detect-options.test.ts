import { describe, expect, it } from 'vitest';
import { detectOptionsFor } from '../../entrypoints/suggestions/detect-options';
import { detectVaguePhrases } from '../../core/detect';
import type { BoxContext } from '../../page/sites';

const box = (surface: BoxContext['surface'], extra: Record<string, unknown> = {}): BoxContext => ({ surface, recipient: null, conversation: 'c', ...extra }) as BoxContext;

describe('what the content script tells the detector about a box', () => {
  it.each([
    ['unknown', {}, { lang: 'en' }],
    ['direct', {}, { lang: 'en', surface: 'direct', addressed: true }],
    ['comment', {}, { lang: 'en', surface: 'comment', addressed: true }],
    ['post', {}, { lang: 'en', surface: 'post', addressed: false }],
    ['post', { addressed: true }, { lang: 'en', surface: 'post', addressed: true }],
    ['comment', { addressed: false }, { lang: 'en', surface: 'comment', addressed: false }],
  ] as const)('%s box %j → %j', (surface, extra, expected) => {
    expect(detectOptionsFor('en', box(surface, extra))).toEqual(expected);
  });

  it('"I miss you" gets a card in a chat, not in a public post, unless the post names someone', () => {
    expect(detectVaguePhrases('I miss you', detectOptionsFor('en', box('direct')))).toHaveLength(1);
    expect(detectVaguePhrases('I miss you', detectOptionsFor('en', box('post')))).toEqual([]);
    expect(detectVaguePhrases('@maya I miss you', detectOptionsFor('en', box('post')))).toHaveLength(1);
  });
});
