// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WordingSection } from '../../components/WordingSection';
import { readBackup } from '../../extension/backup';
import { defaultAvailability } from '../../core/availability-settings';
import { defaultFollowUpSettings, recordInvite, setOutcome, type InviteLogEntry } from '../../core/invite-log';
import { planFromStorage, offeredToNote, reachNote, timesFromPlan, type StoredPlanInputs } from '../../extension/plan-from-storage';
import { STORED } from '../../extension/storage';
import type { StoredCalendar } from '../../core/stored-calendars';
import { openStore } from '../../extension/stores';
import { defaultWording } from '../../core/templates';

// Wednesday 25 November 2026, 09:00 in New York.
const now = new Date('2026-11-25T14:00:00Z');
const stored = (extra: Partial<StoredPlanInputs> = {}): StoredPlanInputs => ({
  availability: { ...defaultAvailability(), timeZone: 'America/New_York' },
  calendars: [],
  inviteLog: [],
  followUps: defaultFollowUpSettings(),
  wording: defaultWording(),
  ...extra,
});
const calendar = (busy: [number, number][]): StoredCalendar => ({
  id: 'work',
  name: 'Work',
  source: { kind: 'file', fileName: 'work.ics' },
  busy,
  coversFrom: now.getTime(),
  coversUntil: now.getTime() + 30 * 86_400_000,
  readAt: now.getTime(),
  lastError: null,
});
const invite = (log: InviteLogEntry[], id: string, recipient: string, offered: { start: Date; end: Date }[]) =>
  recordInvite(log, { id, sentAt: now, site: 'x', conversationUrl: 'https://x.com/messages/1-2', recipient, mode: 'social', activity: 'coffee', offered });

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('planFromStorage: one planner for every surface', () => {
  const week = planFromStorage(stored(), { mode: 'social', now, locale: 'en' });

  test('plans in the stored zone, or the browser’s own when none is stored', () => {
    expect(week.timeZone).toBe('America/New_York');
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(planFromStorage(stored({ availability: defaultAvailability() }), { mode: 'social', now }).timeZone).toBe(browserZone);
  });

  test("the calendars' busy times, a yes, and the choice about times offered to others all count", () => {
    const [first, second, third] = week.candidates;
    const log = setOutcome(invite(invite([], 'jo', 'Jo Park', [second!]), 'sam', 'Sam Rivera', [third!]), 'jo', 'yes', now, second!).log;
    const plan = planFromStorage(
      stored({ calendars: [calendar([[first!.start.getTime(), first!.end.getTime()]])], inviteLog: log }),
      { mode: 'social', now, locale: 'en' },
    );
    const ids = plan.candidates.map((slot) => slot.id);
    expect(ids).not.toContain(first!.id); // the calendar
    expect(ids).not.toContain(second!.id); // Jo's yes
    expect(plan.candidates.find((slot) => slot.id === third!.id)).toMatchObject({ offered: true, offeredTo: ['Sam'] });
    const leaveOut = planFromStorage(stored({ inviteLog: log, followUps: { ...defaultFollowUpSettings(), offeredTimes: 'leave-out' } }), {
      mode: 'social',
      now,
    });
    expect(leaveOut.candidates.find((slot) => slot.id === third!.id)?.offered).toBe(false);
  });

  test('chips carry the slot, its words and who else has it', () => {
    const log = invite([], 'sam', 'Sam Rivera', [week.candidates[0]!]);
    const [chip] = timesFromPlan(planFromStorage(stored({ inviteLog: log }), { mode: 'social', now, locale: 'en' }), now);
    expect(chip).toEqual({
      id: '2026-11-25T23:00:00.000Z',
      end: '2026-11-26T02:00:00.000Z',
      label: 'today 6–9pm',
      offered: true,
      note: 'also offered to Sam',
    });
  });

  test.each([
    [[], null],
    [['Sam'], 'also offered to Sam'],
    [[''], 'also offered to someone'],
    [['Sam', 'Alex'], 'also offered to Sam and Alex'],
    [['Sam', 'Alex', ''], 'also offered to Sam and 2 others'],
  ])('offeredToNote(%o) is %o', (names, note) => {
    expect(offeredToNote(names)).toBe(note);
  });

  test('the look-ahead is said on the card', () => {
    expect(reachNote({ reach: 'next-week', searchedDays: 14 })).toBe('Nothing is free in the next 7 days, so these times are the week after.');
    expect(reachNote({ reach: 'horizon', searchedDays: 7 })).toBeNull();
  });

  test('the options preview plans as the card does: a booked time is not in it', () => {
    const booked = week.candidates[0]!;
    const log = setOutcome(invite([], 'jo', 'Jo Park', [booked]), 'jo', 'yes', now, booked).log;
    const inputs = stored({ inviteLog: log });
    render(<WordingSection wording={defaultWording()} onSave={async () => undefined} planner={inputs} now={() => now} />);
    const card = planFromStorage(inputs, { mode: 'social', now, lang: 'en', recipient: 'Sam' });
    expect(screen.getByTestId('preview-social').textContent).toBe(card.invite);
    expect(card.invite).toContain("I'm free tomorrow and Fri 6–9pm, Sat and Sun 10am–6pm, or Mon and Tue 6–9pm.");
  });
});

describe('stored settings from before the soft offers', () => {
  test('availability v2: the old default of three times becomes every free time; another cap is kept', async () => {
    const v2 = { ...defaultAvailability(), timeZone: 'Europe/Paris', horizonDays: 5 } as Record<string, unknown>;
    delete v2.maxTimes;
    await fakeBrowser.storage.sync.set({ availability: { ...v2, maxSlots: 3 }, availability$: { v: 2 } });
    await STORED.availability.item.migrate();
    expect(await STORED.availability.item.getValue()).toEqual({ ...v2, maxTimes: null });

    await fakeBrowser.storage.sync.set({ availability: { ...v2, maxSlots: 5 }, availability$: { v: 2 } });
    await STORED.availability.item.migrate();
    expect(await STORED.availability.item.getValue()).toEqual({ ...v2, maxTimes: 5 });
  });

  test('a week stored without its version mark is migrated too, and a store reads the kept cap', async () => {
    const old = { ...defaultAvailability(), timeZone: 'Europe/Paris' } as Record<string, unknown>;
    delete old.maxTimes;
    await fakeBrowser.storage.sync.set({ availability: { ...old, maxSlots: 4 } });
    await STORED.availability.item.migrate();
    const store = openStore('availability');
    await store.ready;
    expect(store.getState().value).toEqual({ ...old, maxTimes: 4 });
    store.dispose();
  });

  test.each([true, false])('follow-ups v1 with holdOfferedTimes %s: offered again and marked; the rest kept', async (hold) => {
    await fakeBrowser.storage.sync.set({
      followUps: { followUpDays: 5, weeklyGoal: 4, holdOfferedTimes: hold, reminders: false },
      followUps$: { v: 1 },
    });
    await STORED.followUps.item.migrate();
    expect(await STORED.followUps.item.getValue()).toEqual({ followUpDays: 5, weeklyGoal: 4, offeredTimes: 'mark', reminders: false });
    const store = openStore('followUps');
    await store.ready;
    expect(store.getState().value.weeklyGoal).toBe(4);
    store.dispose();
  });

  test('a backup exported before the change imports with the same meaning', () => {
    const availability = { ...defaultAvailability(), maxSlots: 2 } as Record<string, unknown>;
    delete availability.maxTimes;
    const reading = readBackup(
      JSON.stringify({
        format: 'someday-backup',
        version: 1,
        exportedAt: '2026-11-01T00:00:00Z',
        availability,
        followUps: { followUpDays: 3, weeklyGoal: 2, holdOfferedTimes: true, reminders: true },
      }),
    );
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.data.availability?.maxTimes).toBe(2);
    expect(reading.data.followUps).toEqual({ followUpDays: 3, weeklyGoal: 2, offeredTimes: 'mark', reminders: true });
  });
});
