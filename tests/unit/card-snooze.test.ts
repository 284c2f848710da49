import { describe, expect, test } from 'vitest';
import { setNearby } from '../../core/nearby';
import { defaultSnooze, isSnoozed, MAX_SNOOZED_PHRASES, phraseKey, SNOOZE_HOUR_MS, snoozeForAnHour, snoozePhrase } from '../../core/snooze';

describe('snoozes and nearby contacts', () => {
  test.each([
    ['We should  hang out', 'we should hang out'],
    [' GRAB COFFEE sometime ', 'grab coffee sometime'],
  ])('phraseKey(%j) is %j', (phrase, key) => {
    expect(phraseKey(phrase)).toBe(key);
  });

  test('"not for an hour" quiets every phrase for exactly an hour', () => {
    const snooze = snoozeForAnHour(defaultSnooze(), 1_000);
    expect(isSnoozed(snooze, 'anything', 1_000 + SNOOZE_HOUR_MS - 1)).toBe(true);
    expect(isSnoozed(snooze, 'anything', 1_000 + SNOOZE_HOUR_MS)).toBe(false);
  });

  test('"not for this phrase" quiets that phrase in any case, for good, and no other', () => {
    const snooze = snoozePhrase(defaultSnooze(), 'We should hang out');
    expect(isSnoozed(snooze, 'we should HANG out', Date.now() + 1e12)).toBe(true);
    expect(isSnoozed(snooze, 'grab coffee sometime', 0)).toBe(false);
    expect(snoozePhrase(snooze, 'we should hang out').phrases).toEqual(['we should hang out']);
  });

  test('snoozed phrases are capped, oldest first out', () => {
    let snooze = defaultSnooze();
    for (let i = 0; i <= MAX_SNOOZED_PHRASES; i++) snooze = snoozePhrase(snooze, `phrase ${i}`);
    expect(snooze.phrases).toHaveLength(MAX_SNOOZED_PHRASES);
    expect(snooze.phrases[0]).toBe('phrase 1');
  });

  test('nearby is remembered per conversation and can be taken back', () => {
    const on = setNearby(['a'], 'b', true);
    expect(on).toEqual(['a', 'b']);
    expect(setNearby(on, 'a', false)).toEqual(['b']);
    expect(setNearby(on, 'b', true)).toEqual(['a', 'b']);
  });
});
