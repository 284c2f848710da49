// @vitest-environment jsdom
/**
 * Imports are all or nothing (issue 13, part 3): everything is checked before anything is written,
 * each storage area is written once, and a refusal half-way puts back what was written.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BackupSection } from '../../components/BackupSection';
import { defaultAvailability } from '../../core/availability-settings';
import { applyBackup, checkBackup, collectBackup, readBackup, type BackupData } from '../../extension/backup';
import { CALENDAR_STORAGE_BUDGET_BYTES } from '../../extension/calendars';
import { defaultFollowUpSettings, recordInvite } from '../../core/invite-log';
import type { Settings } from '../../core/site-switches';
import { SYNC_QUOTA_BYTES, SYNC_QUOTA_BYTES_PER_ITEM } from '../../extension/storage';
import type { StoredCalendar } from '../../core/stored-calendars';
import { defaultWording, type WordingSettings } from '../../core/templates';

const HEADER = { format: 'someday-backup', version: 1, exportedAt: '2026-03-02T12:00:00.000Z' };
const SETTINGS: Settings = { enabled: false, disabledSites: ['x'] };
const AVAILABILITY = { ...defaultAvailability(), timeZone: 'Europe/Lisbon', maxTimes: 2 };
const LOG = recordInvite([], {
  id: 'a',
  sentAt: new Date('2026-03-01T10:00:00Z'),
  site: 'messenger',
  conversationUrl: 'https://www.messenger.com/t/1/',
  recipient: 'Sam Rivera',
  mode: 'social',
  activity: 'coffee',
  offered: [{ start: new Date('2026-03-03T18:00:00Z'), end: new Date('2026-03-03T21:00:00Z') }],
});

/** Wording as large as its schema allows: every template of every kind and language at 1,000 characters. */
function hugeWording(): WordingSettings {
  const long = `${'x'.repeat(991)} {times}`;
  const all = { en: long, es: long, fr: long, de: long, pt: long };
  return { ...defaultWording(), templates: { social: all, business: all, businessNearby: all } };
}

function calendarOfBytes(bytes: number): StoredCalendar {
  const start = Date.UTC(2026, 2, 1);
  const pairs = Math.ceil(bytes / 30);
  return {
    id: 'big',
    name: 'Big',
    source: { kind: 'file', fileName: 'big.ics' },
    busy: Array.from({ length: pairs }, (_, i) => [start + i * 10_000, start + i * 10_000 + 5_000] as [number, number]),
    coversFrom: start,
    coversUntil: start + 60 * 86_400_000,
    readAt: start,
    lastError: null,
  };
}

async function everything() {
  return { sync: await fakeBrowser.storage.sync.get(null), local: await fakeBrowser.storage.local.get(null) };
}

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.sync.set({ settings: { enabled: true, disabledSites: [] }, settings$: { v: 1 } });
  await fakeBrowser.storage.local.set({ calendarSettings: { refreshMinutes: 60 } });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('reading a file', () => {
  test('a byte-order mark is accepted', () => {
    const reading = readBackup(`\uFEFF${JSON.stringify({ ...HEADER, settings: SETTINGS })}`);
    expect(reading).toEqual({ ok: true, data: { settings: SETTINGS }, unknownKeys: [] });
  });

  test.each([['Mars/Olympus'], ['Europe/Atlantis'], ['not a zone']])('the time zone %s is refused by name', (zone) => {
    expect(readBackup(JSON.stringify({ ...HEADER, availability: { ...AVAILABILITY, timeZone: zone } }))).toEqual({
      ok: false,
      problem: { code: 'unknownZone', zone },
    });
  });

  test.each([['UTC'], ['Asia/Kolkata'], ['Asia/Calcutta'], ['America/New_York'], ['']])('the time zone "%s" is accepted', (zone) => {
    expect(readBackup(JSON.stringify({ ...HEADER, availability: { ...AVAILABILITY, timeZone: zone } })).ok).toBe(true);
  });

  test('a part written by an older version goes through its migrations', () => {
    const v1 = { timeZone: 'Europe/Paris', weekly: [{ day: 2, start: '07:00', end: '08:00' }], minNoticeMinutes: 60, bufferMinutes: 0, horizonDays: 5, maxSlots: 2 };
    const reading = readBackup(JSON.stringify({ ...HEADER, versions: { availability: 1 }, availability: v1 }));
    const { maxSlots, ...rest } = v1;
    expect(reading).toEqual({ ok: true, data: { availability: { ...rest, maxTimes: maxSlots, overrides: [], showZone: false } }, unknownKeys: [] });
  });

  test('what the schema refuses is named by its path, in no language', () => {
    const reading = readBackup(JSON.stringify({ ...HEADER, availability: { ...AVAILABILITY, maxTimes: 99 } }));
    expect(reading).toEqual({ ok: false, problem: { code: 'invalid', detail: 'availability › maxTimes' } });
  });
});

describe('checking before writing', () => {
  test('a synced part over the per-item quota is refused, naming it', async () => {
    const problem = await checkBackup({ wording: hugeWording() });
    expect(problem).toMatchObject({ code: 'syncItemTooLarge', part: 'wording', limit: SYNC_QUOTA_BYTES_PER_ITEM });
  });

  test('the synced total counts what stays in sync beside the import', async () => {
    // Another extension version's keys leave little room.
    await fakeBrowser.storage.sync.set(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`later${i}`, 'y'.repeat(8100)])));
    const long = `${'x'.repeat(991)} {times}`;
    const wording = { ...defaultWording(), templates: { social: { en: long, es: long, fr: long, de: long, pt: long }, business: { en: long } } };
    // The wording alone fits its item; with what is already synced it does not fit the total.
    expect(await checkBackup({ wording })).not.toMatchObject({ code: 'syncItemTooLarge' });
    const problem = await checkBackup({ wording });
    expect(problem).toMatchObject({ code: 'syncTotalTooLarge', limit: SYNC_QUOTA_BYTES });
    expect(await checkBackup({ settings: SETTINGS })).toBeNull();
  });

  test('calendars over the budget Someday keeps for them are refused', async () => {
    const problem = await checkBackup({ calendars: [calendarOfBytes(CALENDAR_STORAGE_BUDGET_BYTES + 1024)] });
    expect(problem).toMatchObject({ code: 'calendarsTooLarge', limit: CALENDAR_STORAGE_BUDGET_BYTES });
  });
});

describe('writing', () => {
  const data: BackupData = { availability: AVAILABILITY, settings: SETTINGS, followUps: { ...defaultFollowUpSettings(), weeklyGoal: 4 }, inviteLog: LOG, calendarSettings: { refreshMinutes: 30 } };

  test('one write per storage area, each part with its version', async () => {
    const syncSet = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const localSet = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await applyBackup(data)).toEqual({ ok: true });
    expect(syncSet).toHaveBeenCalledTimes(1);
    expect(localSet).toHaveBeenCalledTimes(1);
    const { sync, local } = await everything();
    expect(sync).toMatchObject({ availability: AVAILABILITY, availability$: { v: 3 }, settings: SETTINGS, followUps: data.followUps });
    expect(local).toMatchObject({ inviteLog: LOG, calendarSettings: { refreshMinutes: 30 } });
    // And reads back as what was imported.
    expect(await collectBackup()).toMatchObject(data);
  });

  test('a refusal from this device’s storage after sync was written puts sync back: nothing changed', async () => {
    const before = await everything();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const result = await applyBackup(data);
    expect(result).toEqual({ ok: false, problem: { code: 'writeFailed', detail: 'QUOTA_BYTES quota exceeded' } });
    expect(await everything()).toEqual(before);
  });

  test('a quota refusal from sync itself writes nothing anywhere', async () => {
    const before = await everything();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    expect((await applyBackup(data)).ok).toBe(false);
    expect(await everything()).toEqual(before);
  });

  test('what an import replaces that could not be read is set aside in the same write', async () => {
    await fakeBrowser.storage.local.set({ inviteLog: [{ id: 'broken' }] });
    expect(await applyBackup({ inviteLog: LOG })).toEqual({ ok: true });
    const { local } = await everything();
    expect(local.inviteLog).toEqual(LOG);
    expect(local.couldNotBeRead).toEqual([expect.objectContaining({ from: 'inviteLog', value: { id: 'broken' } })]);
  });
});

describe('the options page', () => {
  const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });
  const importFile = (f: File) => fireEvent.change(screen.getByLabelText('Import a backup file'), { target: { files: [f] } });

  test('Mars/Olympus: an alert that names the zone, and nothing saved', async () => {
    const before = await everything();
    render(<BackupSection />);
    importFile(file('mars.json', JSON.stringify({ ...HEADER, availability: { ...AVAILABILITY, timeZone: 'Mars/Olympus' } })));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Nothing changed: mars.json sets the time zone “Mars/Olympus”, which this browser does not know.'),
    );
    expect(screen.queryByRole('button', { name: 'Apply' })).toBeNull();
    expect(await everything()).toEqual(before);
  });

  test('wording over the sync quota: refused before the review, with the reason', async () => {
    const before = await everything();
    render(<BackupSection />);
    importFile(file('big.json', JSON.stringify({ ...HEADER, settings: SETTINGS, wording: hugeWording() })));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^Nothing changed: Invite wording in big\.json takes [\d,]+ bytes; the browser syncs at most 8,192 bytes per item\.$/));
    expect(screen.queryByRole('button', { name: 'Apply' })).toBeNull();
    expect(await everything()).toEqual(before);
  });

  test('a refusal while applying: the person reads why and everything is as it was', async () => {
    const before = await everything();
    render(<BackupSection />);
    importFile(file('b.json', `\uFEFF${JSON.stringify({ ...HEADER, settings: SETTINGS, inviteLog: LOG })}`));
    const apply = await screen.findByRole('button', { name: 'Apply' });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    fireEvent.click(apply);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Nothing changed: the browser refused to save b.json (QUOTA_BYTES quota exceeded).'));
    expect(await everything()).toEqual(before);
  });
});
