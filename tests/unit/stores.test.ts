import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STORED } from '../../extension/storage';
import { openStore } from '../../extension/stores';
import { defaultAvailability } from '../../core/availability-settings';
import { defaultSettings, isSiteEnabled } from '../../core/site-switches';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('storage-backed stores', () => {
  test('a fresh install reads the contract defaults: weekday evenings and weekend days', async () => {
    const store = openStore('availability');
    await store.ready;
    const { weekly, timeZone } = store.getState().value;
    expect(timeZone).toBe('');
    expect(weekly).toEqual([
      { day: 0, start: '10:00', end: '18:00' },
      { day: 1, start: '18:00', end: '21:00' },
      { day: 2, start: '18:00', end: '21:00' },
      { day: 3, start: '18:00', end: '21:00' },
      { day: 4, start: '18:00', end: '21:00' },
      { day: 5, start: '18:00', end: '21:00' },
      { day: 6, start: '10:00', end: '18:00' },
    ]);
    store.dispose();
  });

  test('a change saved by another context reaches an open store', async () => {
    const store = openStore('availability');
    await store.ready;
    const next = { ...defaultAvailability(), weekly: [{ day: 2 as const, start: '07:00', end: '08:00' }] };
    await STORED.availability.item.setValue(next);
    await vi.waitFor(() => expect(store.getState().value.weekly).toEqual(next.weekly));
    store.dispose();
  });

  test('save writes through to storage', async () => {
    const store = openStore('settings');
    await store.ready;
    await store.getState().save({ enabled: false, disabledSites: ['x'] });
    expect(await STORED.settings.item.getValue()).toEqual({ enabled: false, disabledSites: ['x'] });
    store.dispose();
  });

  test('save refuses a value of the wrong shape and keeps what was stored', async () => {
    const store = openStore('settings');
    await store.ready;
    await expect(store.getState().save({ enabled: 'yes' } as never)).rejects.toThrow();
    expect(await STORED.settings.item.getValue()).toEqual(defaultSettings());
    store.dispose();
  });

  const evenings = defaultAvailability().weekly.filter((window) => window.day >= 1 && window.day <= 5);
  test.each([
    ['a string', 'not an object', defaultAvailability()],
    ['only a zone (the rest missing)', { timeZone: 'Europe/Paris' }, { ...defaultAvailability(), timeZone: 'Europe/Paris' }],
    ['no readable window at all', { ...defaultAvailability(), weekly: [{ day: 9, start: '25:00', end: 'x' }] }, defaultAvailability()],
    [
      'one bad window among good ones',
      { ...defaultAvailability(), weekly: [...evenings, { day: 9, start: '25:00', end: 'x' }], maxTimes: 5 },
      { ...defaultAvailability(), weekly: evenings, maxTimes: 5 },
    ],
    ['a zone this browser does not know', { ...defaultAvailability(), timeZone: 'Mars/Olympus', maxTimes: 4 }, { ...defaultAvailability(), maxTimes: 4 }],
  ])('stored availability with %s: what can be read is kept, the rest is the default, with a warning', async (_name, raw, expected) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.sync.set({ availability: raw, availability$: { v: 3 } });
    const store = openStore('availability');
    await store.ready;
    expect(store.getState().value).toEqual(expected);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not be read'), [raw]);
    // Nothing is written by reading: the stored value is still there as it was.
    expect((await fakeBrowser.storage.sync.get('availability')).availability).toEqual(raw);
    warn.mockRestore();
    store.dispose();
  });
});

describe('isSiteEnabled', () => {
  test.each([
    [{ enabled: true, disabledSites: [] }, 'linkedin', true],
    [{ enabled: true, disabledSites: ['linkedin'] }, 'linkedin', false],
    [{ enabled: true, disabledSites: ['linkedin'] }, 'x', true],
    [{ enabled: false, disabledSites: [] }, 'x', false],
    [{ enabled: true, disabledSites: ['x'] }, null, true],
  ] as const)('%o on %s → %s', (settings, site, expected) => {
    expect(isSiteEnabled({ ...settings, disabledSites: [...settings.disabledSites] }, site)).toBe(expected);
  });
});

describe('availability migrations', () => {
  test('version 1 gains empty overrides and no zone label, keeping everything else', async () => {
    const v1 = { timeZone: 'Europe/Paris', weekly: [{ day: 2, start: '07:00', end: '08:00' }], minNoticeMinutes: 60, bufferMinutes: 0, horizonDays: 5, maxSlots: 2 };
    await fakeBrowser.storage.sync.set({ availability: v1, availability$: { v: 1 } });
    await STORED.availability.item.migrate();
    const { maxSlots, ...rest } = v1;
    expect(await STORED.availability.item.getValue()).toEqual({ ...rest, maxTimes: maxSlots, overrides: [], showZone: false });
  });

  test('a value written without its version keeps the fields it already has', async () => {
    const current = { ...defaultAvailability(), overrides: [{ kind: 'dayOff' as const, date: '2026-12-24' }], showZone: true };
    await fakeBrowser.storage.sync.set({ availability: current });
    await STORED.availability.item.migrate();
    expect(await STORED.availability.item.getValue()).toEqual(current);
  });
});
