import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { availabilityItem, defaultAvailability, defaultSettings, isSiteEnabled, settingsItem } from '../../utils/storage';
import { createAvailabilityStore, createSettingsStore } from '../../utils/stores';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('storage-backed stores', () => {
  test('a fresh install reads the contract defaults: weekday evenings and weekend days', async () => {
    const store = createAvailabilityStore();
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
    const store = createAvailabilityStore();
    await store.ready;
    const next = { ...defaultAvailability(), weekly: [{ day: 2 as const, start: '07:00', end: '08:00' }] };
    await availabilityItem.setValue(next);
    await vi.waitFor(() => expect(store.getState().value.weekly).toEqual(next.weekly));
    store.dispose();
  });

  test('save writes through to storage', async () => {
    const store = createSettingsStore();
    await store.ready;
    await store.getState().save({ enabled: false, disabledSites: ['x'] });
    expect(await settingsItem.getValue()).toEqual({ enabled: false, disabledSites: ['x'] });
    store.dispose();
  });

  test('save refuses a value of the wrong shape and keeps what was stored', async () => {
    const store = createSettingsStore();
    await store.ready;
    await expect(store.getState().save({ enabled: 'yes' } as never)).rejects.toThrow();
    expect(await settingsItem.getValue()).toEqual(defaultSettings());
    store.dispose();
  });

  test.each([
    ['a string', 'not an object'],
    ['a missing field', { timeZone: 'Europe/Paris' }],
    ['a bad window', { ...defaultAvailability(), weekly: [{ day: 9, start: '25:00', end: 'x' }] }],
  ])('stored availability with %s falls back to the defaults with a warning', async (_name, raw) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.sync.set({ availability: raw });
    const store = createAvailabilityStore();
    await store.ready;
    expect(store.getState().value).toEqual(defaultAvailability());
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('unexpected shape'), expect.anything());
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
    await availabilityItem.migrate();
    const { maxSlots, ...rest } = v1;
    expect(await availabilityItem.getValue()).toEqual({ ...rest, maxTimes: maxSlots, overrides: [], showZone: false });
  });

  test('a value written without its version keeps the fields it already has', async () => {
    const current = { ...defaultAvailability(), overrides: [{ kind: 'dayOff' as const, date: '2026-12-24' }], showZone: true };
    await fakeBrowser.storage.sync.set({ availability: current });
    await availabilityItem.migrate();
    expect(await availabilityItem.getValue()).toEqual(current);
  });
});
