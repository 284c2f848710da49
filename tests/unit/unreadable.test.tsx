// @vitest-environment jsdom
/**
 * Nothing stored is deleted because it could not be read (issue 13, part 2). Each case here lost
 * data before: the next write (an accepted invite, the reminder alarm, a calendar import or
 * removal, a saved preference) wrote over what could not be read.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PrivacySection } from '../../components/PrivacySection';
import { importCalendarFile, readStoredCalendars, removeCalendar } from '../../extension/calendars';
import { FOLLOW_UP_ALARM, showDueFollowUps, syncFollowUps } from '../../extension/follow-ups';
import { defaultFollowUpSettings, recordInvite, type NewInvite } from '../../core/invite-log';
import { loadInviteLog, logAcceptedInvite } from '../../extension/invite-log-store';
import { collectUnreadable, SET_ASIDE } from '../../extension/storage';
import type { StoredCalendar } from '../../core/stored-calendars';
import { openStore } from '../../extension/stores';

const DAY = 86_400_000;
const sentAt = new Date('2026-11-25T10:00:00Z');
const NOW = new Date('2026-03-02T12:00:00Z');

function invite(id: string): NewInvite {
  return {
    id,
    sentAt,
    site: 'messenger',
    conversationUrl: 'https://www.messenger.com/t/100001/',
    recipient: 'Sam Rivera',
    mode: 'social',
    activity: 'coffee',
    offered: [{ start: new Date('2026-12-01T23:00:00Z'), end: new Date('2026-12-02T02:00:00Z') }],
  };
}

function calendar(id: string, name: string): StoredCalendar {
  return {
    id,
    name,
    source: { kind: 'file', fileName: `${name}.ics` },
    busy: [[NOW.getTime() + 5 * 3_600_000, NOW.getTime() + 6 * 3_600_000]],
    coversFrom: NOW.getTime() - DAY,
    coversUntil: NOW.getTime() + 60 * DAY,
    readAt: NOW.getTime(),
    lastError: null,
  };
}

const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Someday//Tests//EN', 'X-WR-CALNAME:Gym', 'BEGIN:VEVENT', 'UID:g@someday.test', 'DTSTART:20260303T090000Z', 'DTEND:20260303T100000Z', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');

const local = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];
const setAside = async () => ((await local(SET_ASIDE.key)) ?? []) as { from: string; value: unknown }[];

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the invite log', () => {
  const broken = { id: 'broken', sentAt: 'yesterday' };

  test('an accepted invite keeps the entry it cannot read, set aside, and every readable one', async () => {
    const good = recordInvite([], invite('a'));
    await fakeBrowser.storage.local.set({ inviteLog: [good[0], broken], inviteLog$: { v: 1 } });
    await logAcceptedInvite(invite('b'));
    expect((await loadInviteLog()).map((entry) => entry.id)).toEqual(['b', 'a']);
    expect(await setAside()).toEqual([expect.objectContaining({ from: 'inviteLog', value: broken })]);
  });

  test('a log that is not an array is kept aside whole, not turned into a one-entry log around it', async () => {
    const notAList = { a: recordInvite([], invite('a'))[0] };
    await fakeBrowser.storage.local.set({ inviteLog: notAList, inviteLog$: { v: 1 } });
    await logAcceptedInvite(invite('b'));
    expect(((await local('inviteLog')) as { id: string }[]).map((entry) => entry.id)).toEqual(['b']);
    expect(await setAside()).toEqual([expect.objectContaining({ from: 'inviteLog', value: notAList })]);
  });

  test('the reminder alarm keeps entries it cannot read', async () => {
    await fakeBrowser.storage.local.set({ inviteLog: [broken, ...recordInvite([], invite('a'))], inviteLog$: { v: 1 } });
    await showDueFollowUps(new Date(sentAt.getTime() + 4 * DAY));
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual(['someday-follow-up:a']);
    expect((await loadInviteLog())[0]?.reminders.lastShownAt).not.toBeNull();
    expect(await setAside()).toEqual([expect.objectContaining({ from: 'inviteLog', value: broken })]);
  });
});

describe('the calendar list', () => {
  const malformed = { id: 'bad', name: 'Broken', source: { kind: 'feed', url: 'not a url' } };

  test('one malformed entry leaves the others readable, in every reader', async () => {
    await fakeBrowser.storage.local.set({ calendars: [calendar('c1', 'Home'), malformed, calendar('c2', 'Work')] });
    expect((await readStoredCalendars()).map((entry) => entry.name)).toEqual(['Home', 'Work']);
    const store = openStore('calendars');
    await store.ready;
    expect(store.getState().value.map((entry) => entry.name)).toEqual(['Home', 'Work']);
    store.dispose();
  });

  test('importing another calendar keeps all of them; removing one keeps the rest; the malformed one is set aside', async () => {
    await fakeBrowser.storage.local.set({ calendars: [calendar('c1', 'Home'), malformed, calendar('c2', 'Work')] });
    const imported = await importCalendarFile({ text: ics, fileName: 'gym.ics' }, NOW);
    expect(imported.ok).toBe(true);
    expect((await readStoredCalendars()).map((entry) => entry.name)).toEqual(['Home', 'Work', 'Gym']);
    await removeCalendar('c1');
    expect((await readStoredCalendars()).map((entry) => entry.name)).toEqual(['Work', 'Gym']);
    expect(await setAside()).toEqual([expect.objectContaining({ from: 'calendars', value: malformed })]);
  });
});

describe('follow-up preferences', () => {
  test('followUpDays "3" does not stop reminders: the default applies in the background, and the value stays visible', async () => {
    await fakeBrowser.storage.sync.set({ followUps: { ...defaultFollowUpSettings(), followUpDays: '3', weeklyGoal: 4 } });
    await logAcceptedInvite(invite('a'));
    await syncFollowUps(new Date(sentAt.getTime() + 60_000));
    expect((await fakeBrowser.alarms.get(FOLLOW_UP_ALARM))?.scheduledTime).toBe(sentAt.getTime() + 3 * DAY);
    const found = await collectUnreadable();
    expect(found.map((entry) => entry.name)).toEqual(['followUps']);
    expect(found[0]?.values).toEqual([{ ...defaultFollowUpSettings(), followUpDays: '3', weeklyGoal: 4 }]);
  });

  test('saving a preference over a value that could not be read sets that value aside first', async () => {
    const stored = { ...defaultFollowUpSettings(), followUpDays: '3', weeklyGoal: 4 };
    await fakeBrowser.storage.sync.set({ followUps: stored });
    const store = openStore('followUps');
    await store.ready;
    // What could be read is kept: the goal of 4; the unreadable days take the default.
    expect(store.getState().value).toEqual({ ...defaultFollowUpSettings(), weeklyGoal: 4 });
    await store.getState().save({ ...store.getState().value, weeklyGoal: 5 });
    expect((await fakeBrowser.storage.sync.get('followUps')).followUps).toEqual({ ...defaultFollowUpSettings(), weeklyGoal: 5 });
    expect(await setAside()).toEqual([expect.objectContaining({ from: 'followUps', value: stored })]);
    // Saving again does not set it aside twice.
    await store.getState().save({ ...store.getState().value, weeklyGoal: 6 });
    expect(await setAside()).toHaveLength(1);
    store.dispose();
  });
});

describe('the options page shows what could not be read', () => {
  test('listed per stored thing, saved as a file on request, deleted only after a confirmation', async () => {
    const broken = { id: 'broken' };
    await fakeBrowser.storage.local.set({ inviteLog: [broken, ...recordInvite([], invite('a'))] });
    await fakeBrowser.storage.sync.set({ followUps: { ...defaultFollowUpSettings(), followUpDays: '3' } });
    const download = vi.fn();
    render(<PrivacySection download={download} />);
    const region = await screen.findByRole('region', { name: 'Could not be read' });
    expect(region.querySelector('[data-unreadable="inviteLog"]')?.textContent).toBe('Your invites: 1 kept');
    expect(region.querySelector('[data-unreadable="followUps"]')?.textContent).toContain(': 1 kept');

    fireEvent.click(screen.getByRole('button', { name: 'Save them as a file' }));
    const [fileName, json] = download.mock.calls[0] as [string, string];
    expect(fileName).toMatch(/^someday-could-not-be-read-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(json)).toEqual({ followUps: [{ ...defaultFollowUpSettings(), followUpDays: '3' }], inviteLog: [broken] });

    fireEvent.click(screen.getByRole('button', { name: 'Delete them…' }));
    // Nothing is deleted before the person confirms; "Keep them" keeps them.
    expect(await collectUnreadable()).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Keep them' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete them…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete for good' }));
    await waitFor(() => expect(screen.getByRole('status', { name: '' }).textContent).toBe('Deleted.'));
    expect(await collectUnreadable()).toEqual([]);
    expect((await loadInviteLog()).map((entry) => entry.id)).toEqual(['a']);
  });
});
