import { describe, expect, test } from 'vitest';
import { fitInviteToContext, writeInvite } from '../../core/invite-text';

describe('writeInvite', () => {
  test('social: an activity, every free time, and the ask to pick one', () => {
    expect(writeInvite({ mode: 'social', times: 'Tue 6–9pm or Sat 10am–6pm' })).toBe(
      "Want to get coffee? I'm free Tue 6–9pm or Sat 10am–6pm. Which works for you?",
    );
  });

  test('business: what you admire, then a ten-minute call for advice', () => {
    expect(writeInvite({ mode: 'business', times: 'Tue 6–9pm' })).toBe(
      "I really admire [what you admire about their work]. I'd value your advice: would you have 10 minutes for a quick call? I'm free Tue 6–9pm. Which works best for you?",
    );
  });
});

describe('fitInviteToContext', () => {
  const invite = 'Want to get coffee? I am free Tue.';
  test.each([
    ['at the start', '', invite],
    ['after a greeting with !', 'hey! ', invite],
    ['after a full stop', 'Long time. ', invite],
    ['after an emoji', 'hey 👋 ', invite],
    ['after a comma', 'hey sam, ', 'want to get coffee? I am free Tue.'],
    ['mid-sentence', 'honestly ', 'want to get coffee? I am free Tue.'],
  ])('%s', (_name, before, expected) => {
    expect(fitInviteToContext(invite, before)).toBe(expected);
  });

  test('never lower-cases "I"', () => {
    expect(fitInviteToContext("I'd love to", 'hey, ')).toBe("I'd love to");
  });
});
