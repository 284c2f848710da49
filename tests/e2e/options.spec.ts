/**
 * The options page as an extension page: a backup round-trips every setting, and wording edited
 * here is what the card offers on a site.
 */
import { readFileSync } from 'node:fs';
import type { Worker } from '@playwright/test';
import { fixturePages } from '../fixtures/pages';
import { expect, setStorage, test } from './harness';

const messenger = fixturePages.find((page) => page.kind === 'lexical')!;

async function readStorage(worker: Worker, area: 'local' | 'sync', key: string): Promise<unknown> {
  return worker.evaluate(
    async ({ area, key }) => {
      type StorageArea = { get(key: string): Promise<Record<string, unknown>> };
      const api = (globalThis as unknown as { chrome: { storage: Record<'local' | 'sync', StorageArea> } }).chrome;
      return (await api.storage[area].get(key))[key];
    },
    { area, key },
  );
}

async function clearStorage(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    type StorageArea = { clear(): Promise<void> };
    const api = (globalThis as unknown as { chrome: { storage: Record<'local' | 'sync', StorageArea> } }).chrome;
    await api.storage.sync.clear();
    await api.storage.local.clear();
  });
}

const AVAILABILITY = {
  timeZone: 'Europe/Lisbon',
  weekly: [{ day: 2, start: '07:00', end: '09:30' }],
  minNoticeMinutes: 60,
  bufferMinutes: 30,
  horizonDays: 14,
  maxTimes: 2,
  overrides: [{ kind: 'blocked', from: '2026-12-20', to: '2027-01-02' }],
  showZone: true,
};
const SETTINGS = { enabled: true, disabledSites: ['x', 'linkedin'] };
const WORDING = {
  templates: { social: { en: 'Fancy {activity}, {name}? {times}.' } },
  customActivities: [{ id: 'custom-climb', name: 'go climbing', durationMinutes: 150 }],
  defaultActivity: 'custom-climb',
};
const CALENDAR_SETTINGS = { refreshMinutes: 60 };
const CALENDARS = [
  {
    id: 'cal-1',
    name: 'Work',
    source: { kind: 'file', fileName: 'work.ics' },
    busy: [[Date.UTC(2026, 11, 1, 9), Date.UTC(2026, 11, 1, 10)]],
    coversFrom: Date.UTC(2026, 10, 1),
    coversUntil: Date.UTC(2027, 0, 1),
    readAt: Date.UTC(2026, 10, 1),
    lastError: null,
  },
];

test('export then import brings every setting back', async ({ page, extensionId, serviceWorker }) => {
  // The version marks keep the items from being migrated as if they came from an older Someday.
  await setStorage(serviceWorker, 'sync', { availability: AVAILABILITY, 'availability$': { v: 3 }, settings: SETTINGS, wording: WORDING });
  await setStorage(serviceWorker, 'local', { calendars: CALENDARS, calendarSettings: CALENDAR_SETTINGS });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as JSON' }).click();
  const file = await (await downloading).path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  expect(exported).toMatchObject({ format: 'someday-backup', availability: AVAILABILITY, wording: WORDING, calendars: CALENDARS });

  await clearStorage(serviceWorker);
  await page.reload();
  await page.getByLabel('Import a backup file').setInputFiles(file);
  const review = page.getByRole('region', { name: /What importing/ });
  await expect(review).toContainText('bufferMinutes');
  await expect(review).toContainText('Work');
  expect(await readStorage(serviceWorker, 'sync', 'availability')).toBeUndefined();
  await review.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported.' })).toBeVisible();

  expect(await readStorage(serviceWorker, 'sync', 'availability')).toEqual(AVAILABILITY);
  expect(await readStorage(serviceWorker, 'sync', 'settings')).toEqual(SETTINGS);
  expect(await readStorage(serviceWorker, 'sync', 'wording')).toEqual(WORDING);
  expect(await readStorage(serviceWorker, 'local', 'calendars')).toEqual(CALENDARS);
  expect(await readStorage(serviceWorker, 'local', 'calendarSettings')).toEqual(CALENDAR_SETTINGS);
  await expect(page.getByLabel('Free minutes kept around busy events')).toHaveValue('30');
});

test('an invalid backup changes nothing and says why', async ({ page, extensionId, serviceWorker }) => {
  await setStorage(serviceWorker, 'sync', { settings: SETTINGS });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByLabel('Import a backup file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'someday-backup', version: 1, exportedAt: 'x', settings: { enabled: 'yes', disabledSites: [] } })),
  });
  await expect(page.getByRole('alert')).toContainText('Nothing changed: broken.json');
  await expect(page.getByRole('alert')).toContainText('settings › enabled');
  expect(await readStorage(serviceWorker, 'sync', 'settings')).toEqual(SETTINGS);
});

test('an edited social template changes the card on Messenger', async ({ context, page, extensionId, serviceWorker }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const template = options.getByLabel('Friends', { exact: true });
  await template.fill('Fancy {activity}, {name}? Free {times}. Pick one!');
  await expect(options.getByTestId('preview-social')).toContainText('Fancy get coffee, Sam? Free');
  await template.blur();
  await expect.poll(() => readStorage(serviceWorker, 'sync', 'wording')).toMatchObject({
    templates: { social: { en: 'Fancy {activity}, {name}? Free {times}. Pick one!' } },
  });
  await options.close();

  await page.goto(messenger.url);
  await page.locator(messenger.boxSelector).click();
  await page.keyboard.type('hey! we should hang out sometime', { delay: 10 });
  await expect(page.locator('[data-someday="preview"]')).toContainText(/Fancy get coffee(, Sam)?\? Free .+\. Pick one!/);
});

test('the Privacy table lists everything stored, with sizes, and the sync total counts the follow-ups', async ({ page, extensionId, serviceWorker }) => {
  await clearStorage(serviceWorker);
  const followUps = { followUpDays: 5, weeklyGoal: 3, offeredTimes: 'leave-out', reminders: true };
  await setStorage(serviceWorker, 'sync', { settings: SETTINGS, followUps, followUps$: { v: 2 } });
  await setStorage(serviceWorker, 'local', { nearbyConversations: ['linkedin:/in/sam'], snooze: { until: 0, phrases: ['sometime'] } });
  await page.goto(`chrome-extension://${extensionId}/options.html#privacy`);
  const table = page.locator('#privacy table');
  const rowFor = (name: string) => table.locator(`tr[data-stored="${name}"]`);
  for (const name of ['availability', 'settings', 'wording', 'followUps', 'calendars', 'calendarSettings', 'inviteLog', 'snooze', 'nearby', 'couldNotBeRead']) {
    await expect(rowFor(name)).toHaveCount(1);
  }
  await expect(table.locator('tbody tr')).toHaveCount(10);
  const bytes = (key: string, value: unknown) => Buffer.byteLength(key + JSON.stringify(value));
  const followUpBytes = bytes('followUps', followUps) + bytes('followUps$', { v: 2 });
  await expect(rowFor('followUps')).toContainText(`${followUpBytes} bytes`);
  await expect(rowFor('nearby')).toContainText(`${bytes('nearbyConversations', ['linkedin:/in/sam'])} bytes`);
  // Everything in sync counts, version records included (opening options may write one for settings).
  const { sync } = await readAll(serviceWorker);
  expect(Object.keys(sync)).toEqual(expect.arrayContaining(['followUps', 'followUps$', 'settings']));
  const syncTotal = Object.entries(sync).reduce((sum, [key, value]) => sum + bytes(key, value), 0);
  expect(syncTotal).toBeGreaterThanOrEqual(followUpBytes + bytes('settings', SETTINGS));
  await expect(page.getByTestId('sync-total')).toContainText(`Synced in total: ${syncTotal.toLocaleString('en-US')} of 102,400 bytes`);
});

async function readAll(worker: Worker): Promise<{ sync: Record<string, unknown>; local: Record<string, unknown> }> {
  return worker.evaluate(async () => {
    type StorageArea = { get(keys: null): Promise<Record<string, unknown>> };
    const api = (globalThis as unknown as { chrome: { storage: Record<'local' | 'sync', StorageArea> } }).chrome;
    return { sync: await api.storage.sync.get(null), local: await api.storage.local.get(null) };
  });
}

const HEADER = { format: 'someday-backup', version: 1, exportedAt: '2026-03-02T12:00:00.000Z' };

test('a backup with a byte-order mark imports; one with the zone Mars/Olympus changes nothing and says why', async ({ page, extensionId, serviceWorker }) => {
  await clearStorage(serviceWorker);
  await page.goto(`chrome-extension://${extensionId}/options.html#backup`);
  await page.getByLabel('Import a backup file').setInputFiles({
    name: 'mars.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...HEADER, settings: SETTINGS, availability: { ...AVAILABILITY, timeZone: 'Mars/Olympus' } })),
  });
  await expect(page.getByRole('alert')).toHaveText('Nothing changed: mars.json sets the time zone “Mars/Olympus”, which this browser does not know.');
  expect(await readAll(serviceWorker)).toEqual({ sync: {}, local: {} });

  await page.getByLabel('Import a backup file').setInputFiles({
    name: 'bom.json',
    mimeType: 'application/json',
    buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ ...HEADER, settings: SETTINGS, availability: AVAILABILITY }))]),
  });
  await page.getByRole('region', { name: /What importing bom.json/ }).getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported.' })).toBeVisible();
  expect(await readStorage(serviceWorker, 'sync', 'settings')).toEqual(SETTINGS);
  expect(await readStorage(serviceWorker, 'sync', 'availability')).toEqual(AVAILABILITY);
});

test('an import the sync quota would refuse changes nothing, in either area, and says why', async ({ page, extensionId, serviceWorker }) => {
  await clearStorage(serviceWorker);
  // Little room left in Chrome's real sync storage.
  await setStorage(serviceWorker, 'sync', Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`later${i}`, 'y'.repeat(8100)])));
  await setStorage(serviceWorker, 'local', { calendarSettings: CALENDAR_SETTINGS });
  const before = await readAll(serviceWorker);
  const long = `${'x'.repeat(991)} {times}`;
  const wording = { ...WORDING, templates: { social: { en: long, es: long, fr: long, de: long, pt: long }, business: { en: long } } };
  await page.goto(`chrome-extension://${extensionId}/options.html#backup`);
  await page.getByLabel('Import a backup file').setInputFiles({
    name: 'full.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...HEADER, wording, calendarSettings: { refreshMinutes: 30 }, inviteLog: [] })),
  });
  await expect(page.getByRole('alert')).toContainText('Nothing changed: with full.json, your synced settings would take');
  expect(await readAll(serviceWorker)).toEqual(before);
});
