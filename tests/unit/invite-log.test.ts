import { describe, expect, test } from 'vitest';
import { readBusyFromIcs } from '../../core/ics';
import { calendarEventIcs, foldLine } from '../../core/invite-log/ics-event';
import {
  awaitingFollowUp,
  dueFollowUps,
  nextReminderAt,
  parseInviteLog,
  recordInvite,
  removeInvite,
  safeConversationUrl,
  setOutcome,
  updateReminders,
  weeklyProgress,
  type InviteLogEntry,
  type NewInvite,
} from '../../core/invite-log';

const at = (iso: string) => new Date(iso);
const slot = (start: string, end: string) => ({ start: at(start), end: at(end) });
const DAY = 24 * 60 * 60 * 1000;

function invite(id: string, sentAt: string, offered = [slot('2026-12-01T23:00:00Z', '2026-12-02T02:00:00Z')]): NewInvite {
  return {
    id,
    sentAt: at(sentAt),
    site: 'messenger',
    conversationUrl: 'https://www.messenger.com/t/100001/?ref=x#top',
    recipient: 'Sam Rivera',
    mode: 'social',
    activity: 'coffee',
    offered,
  };
}

describe('recordInvite', () => {
  test('keeps what the follow-up needs and nothing of the message', () => {
    const [entry] = recordInvite([], invite('a', '2026-11-25T10:00:00Z'));
    expect(entry).toEqual({
      id: 'a',
      sentAt: '2026-11-25T10:00:00.000Z',
      site: 'messenger',
      conversationUrl: 'https://www.messenger.com/t/100001/',
      recipient: 'Sam Rivera',
      mode: 'social',
      activity: 'coffee',
      offered: [{ start: '2026-12-01T23:00:00.000Z', end: '2026-12-02T02:00:00.000Z' }],
      outcome: 'waiting',
      picked: null,
      outcomeAt: null,
      reminders: { stopped: false, snoozedUntil: null, lastShownAt: null },
    });
  });

  test('newest first, and the oldest dropped past the limit', () => {
    let log: InviteLogEntry[] = [];
    for (let i = 0; i < 5; i++) log = recordInvite(log, invite(`i${i}`, `2026-11-2${i}T10:00:00Z`), 3);
    expect(log.map((entry) => entry.id)).toEqual(['i4', 'i3', 'i2']);
  });
});

describe('outcomes', () => {
  const log = recordInvite([], invite('a', '2026-11-25T10:00:00Z', [
    slot('2026-12-01T23:00:00Z', '2026-12-02T02:00:00Z'),
    slot('2026-12-03T23:00:00Z', '2026-12-04T02:00:00Z'),
  ]));
  const now = at('2026-11-26T12:00:00Z');

  test.each(['yes', 'no', 'no-reply'] as const)('%s is recorded with its time, and undo gives the log back', (outcome) => {
    const picked = outcome === 'yes' ? slot('2026-12-03T23:00:00Z', '2026-12-04T02:00:00Z') : null;
    const change = setOutcome(log, 'a', outcome, now, picked);
    expect(change.log[0]).toMatchObject({ outcome, outcomeAt: now.toISOString() });
    expect(change.undo).toEqual(log);
  });

  test('"yes" must name one of the times offered', () => {
    expect(() => setOutcome(log, 'a', 'yes', now, slot('2026-12-05T23:00:00Z', '2026-12-06T01:00:00Z'))).toThrow(
      'That time was not one of the times offered.',
    );
  });

  test('back to waiting clears the outcome time', () => {
    const answered = setOutcome(log, 'a', 'no', now).log;
    expect(setOutcome(answered, 'a', 'waiting', now).log[0]).toMatchObject({ outcome: 'waiting', outcomeAt: null });
  });

  test('remove, with undo', () => {
    const change = removeInvite(log, 'a');
    expect(change.log).toEqual([]);
    expect(change.undo).toEqual(log);
  });
});

describe('follow-ups', () => {
  const sent = '2026-11-25T10:00:00Z';
  const log = recordInvite([], invite('a', sent));

  test.each([
    ['not yet due after two days', log, at('2026-11-27T10:00:00Z'), []],
    ['due three days after sending', log, at('2026-11-28T10:00:00Z'), ['a']],
    ['answered invites are never due', setOutcome(log, 'a', 'no', at('2026-11-26T00:00:00Z')).log, at('2026-12-10T00:00:00Z'), []],
    ['"stop reminding" stops it', updateReminders(log, 'a', { stopped: true }).log, at('2026-12-10T00:00:00Z'), []],
    ['snoozed until later', updateReminders(log, 'a', { snoozedUntil: '2026-11-30T10:00:00.000Z' }).log, at('2026-11-29T10:00:00Z'), []],
    ['after the snooze it is due again', updateReminders(log, 'a', { snoozedUntil: '2026-11-30T10:00:00.000Z' }).log, at('2026-11-30T10:00:00Z'), ['a']],
    ['shown once, then due again three days later', updateReminders(log, 'a', { lastShownAt: '2026-11-28T10:00:00.000Z' }).log, at('2026-11-30T10:00:00Z'), []],
  ])('%s', (_name, entries, now, expected) => {
    expect(dueFollowUps(entries, now).map((entry) => entry.id)).toEqual(expected);
  });

  test('the badge counts unanswered invites past the delay, even after a reminder was shown', () => {
    const shown = updateReminders(log, 'a', { lastShownAt: '2026-11-28T10:00:00.000Z' }).log;
    expect(awaitingFollowUp(shown, at('2026-11-29T10:00:00Z')).map((entry) => entry.id)).toEqual(['a']);
    expect(awaitingFollowUp(log, at('2026-11-27T10:00:00Z'))).toEqual([]);
    expect(awaitingFollowUp(updateReminders(log, 'a', { snoozedUntil: '2026-12-01T00:00:00.000Z' }).log, at('2026-11-29T10:00:00Z'))).toEqual([]);
  });

  test('the next reminder is the earliest due time', () => {
    const two = recordInvite(log, invite('b', '2026-11-24T09:00:00Z'));
    expect(nextReminderAt(two)?.toISOString()).toBe(new Date(Date.parse('2026-11-24T09:00:00Z') + 3 * DAY).toISOString());
    expect(nextReminderAt(setOutcome(log, 'a', 'yes', at(sent), null).log)).toBeNull();
  });
});

describe('weeklyProgress', () => {
  // Weeks start on Monday 00:00 UTC in these cases.
  const weekStart = (date: Date) => {
    const day = (date.getUTCDay() + 6) % 7;
    return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day));
  };
  const sentOn = (...days: string[]) => days.reduce<InviteLogEntry[]>((log, day, i) => recordInvite(log, invite(`x${i}`, day)), []);

  test.each([
    ['nothing yet', sentOn(), { sent: 0, goal: 2, streakWeeks: 0 }],
    ['one this week', sentOn('2026-11-24T10:00:00Z'), { sent: 1, goal: 2, streakWeeks: 0 }],
    ['goal met this week', sentOn('2026-11-23T10:00:00Z', '2026-11-25T10:00:00Z'), { sent: 2, goal: 2, streakWeeks: 1 }],
    [
      'met last week and the week before, not yet this week',
      sentOn('2026-11-10T10:00:00Z', '2026-11-11T10:00:00Z', '2026-11-17T10:00:00Z', '2026-11-18T10:00:00Z'),
      { sent: 0, goal: 2, streakWeeks: 2 },
    ],
    [
      'a missed week breaks the streak',
      sentOn('2026-11-03T10:00:00Z', '2026-11-04T10:00:00Z', '2026-11-17T10:00:00Z', '2026-11-18T10:00:00Z'),
      { sent: 0, goal: 2, streakWeeks: 1 },
    ],
  ])('%s', (_name, log, expected) => {
    expect(weeklyProgress(log, at('2026-11-26T12:00:00Z'), 2, weekStart)).toEqual(expected);
  });
});

describe('parseInviteLog', () => {
  test('entries of the wrong shape are skipped, the rest kept', () => {
    const good = recordInvite([], invite('a', '2026-11-25T10:00:00Z'))[0];
    expect(parseInviteLog([good, { id: 'broken' }, 'text', null])).toEqual({ entries: [good], skipped: 3 });
  });
  test.each([[undefined], [null]])('%s is an empty log', (raw) => {
    expect(parseInviteLog(raw)).toEqual({ entries: [], skipped: 0 });
  });
  test('a log that is not a list is skipped whole', () => {
    expect(parseInviteLog({ entries: [] })).toEqual({ entries: [], skipped: 1 });
  });
});

describe('safeConversationUrl', () => {
  test.each([
    ['messenger', 'https://www.messenger.com/t/100001/', 'https://www.messenger.com/t/100001/'],
    ['messenger', 'https://www.facebook.com/messages/t/100001/', 'https://www.facebook.com/messages/t/100001/'],
    ['linkedin', 'https://www.linkedin.com/messaging/thread/2-abc/', 'https://www.linkedin.com/messaging/thread/2-abc/'],
    ['x', 'https://x.com/messages/1-2', 'https://x.com/messages/1-2'],
    ['x', 'http://x.com/messages/1-2', null],
    ['x', 'https://x.com.evil.example/messages', null],
    ['linkedin', 'https://www.facebook.com/messages/t/1/', null],
    ['facebook', 'javascript:alert(1)', null],
    ['facebook', 'https://user:pw@www.facebook.com/', null],
    [null, 'https://www.facebook.com/', null],
  ] as const)('%s %s → %s', (site, conversationUrl, expected) => {
    expect(safeConversationUrl({ site, conversationUrl })).toBe(expected);
  });
});

describe('calendarEventIcs', () => {
  const event = {
    uid: 'a@someday',
    slot: slot('2026-12-03T23:00:00Z', '2026-12-04T02:00:00Z'),
    summary: 'Coffee with Sam, finally; at last',
    description: 'Set up with Someday.\nSee you!',
    now: at('2026-11-26T12:00:00Z'),
  };

  test('is a valid calendar that reads back as exactly the picked time', () => {
    const ics = calendarEventIcs(event);
    expect(ics).toContain('SUMMARY:Coffee with Sam\\, finally\\; at last\r\n');
    expect(ics).toContain('DESCRIPTION:Set up with Someday.\\nSee you!\r\n');
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(readBusyFromIcs(ics, { start: at('2026-11-01T00:00:00Z'), end: at('2027-01-01T00:00:00Z') })).toEqual([event.slot]);
  });

  test('long lines fold without splitting a character', () => {
    const line = `SUMMARY:${'☕'.repeat(40)}`;
    const folded = foldLine(line);
    expect(folded.split('\r\n ').join('')).toBe(line);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
  });

  test('refuses an event that ends before it starts', () => {
    expect(() => calendarEventIcs({ ...event, slot: slot('2026-12-04T02:00:00Z', '2026-12-03T23:00:00Z') })).toThrow();
  });
});
