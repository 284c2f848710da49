import { describe, expect, test } from 'vitest';
import type { SuggestionCardProps } from '../../components/SuggestionCard';
import { sameCardProps } from '../../entrypoints/suggestions/card-ui';

const onAccept = () => undefined;
const onDismiss = () => undefined;
const times = [{ id: '2026-12-08T23:00:00.000Z', label: 'Tue 6–9pm', offered: true }];
const base: SuggestionCardProps = {
  phrase: 'hang out sometime',
  recipient: 'Sam',
  invite: "Want to get coffee? I'm free Tue 6–9pm.",
  status: { kind: 'ready' },
  onAccept,
  onDismiss,
  onOpenOptions: onDismiss,
  times,
};

describe('the card renders only when what it shows changed', () => {
  test.each<[string, Partial<SuggestionCardProps>, boolean]>([
    ['the same values, a new status object of the same kind', { status: { kind: 'ready' } }, true],
    ['another invite', { invite: "Want to get lunch? I'm free Tue 6–9pm." }, false],
    ['another status', { status: { kind: 'writing' } }, false],
    ['a failure that copied, then one that did not', { status: { kind: 'failed', copied: false } }, false],
    ['new chips (a new plan)', { times: [...times] }, false],
    ['another handler', { onAccept: () => undefined }, false],
    ['a prop added', { placeholderHint: true }, false],
  ])('%s', (_what, change, same) => {
    const previous = change.status?.kind === 'failed' ? { ...base, status: { kind: 'failed' as const, copied: true } } : base;
    expect(sameCardProps(previous, { ...base, ...change })).toBe(same);
  });
});
