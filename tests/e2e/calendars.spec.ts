/**
 * Calendars end to end: an imported .ics file and a subscribed feed take their busy times out of
 * the card, in the real extension, whatever day the test runs on.
 *
 * Host permissions: in headless Chromium `permissions.request` opens a prompt no test can answer
 * (the call just stays pending). The feed test therefore first allows the feed's site the way a
 * person can in Chrome's own extension settings (chrome://extensions → Site access → add a site,
 * through that page's `developerPrivate` API). Someday's click handler still calls
 * `permissions.request`, which then resolves true without a prompt. The prompt itself, and a
 * person refusing it, are covered by the component tests only.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { Interval, WeeklyWindow } from '../../core/availability';
import { planInvite } from '../../core/plan';
import { fixturePages } from '../fixtures/pages';
import { expect, setStorage, test } from './harness';

const VAGUE = 'hey! we should hang out sometime';
const messenger = fixturePages.find((page) => page.kind === 'lexical')!;
const preview = (page: Page) => page.locator('[data-someday="preview"]');

const TIME_ZONE = 'America/New_York';
const WEEKLY: WeeklyWindow[] = [0, 1, 2, 3, 4, 5, 6].map((day) =>
  day === 0 || day === 6
    ? { day: day as WeeklyWindow['day'], start: '10:00', end: '18:00' }
    : { day: day as WeeklyWindow['day'], start: '18:00', end: '21:00' },
);
const AVAILABILITY = { timeZone: TIME_ZONE, weekly: WEEKLY, minNoticeMinutes: 180, bufferMinutes: 15, horizonDays: 7, maxTimes: 3 };

const FEED_HOST = 'calendar.someday.test';
const FEED_URL = `https://${FEED_HOST}/calendar/ical/team/basic.ics`;

/** What the card should offer with these busy times, worked out by the same pure planner. */
function expectedPlan(busy: Interval[] = []) {
  const plan = planInvite({
    mode: 'social',
    availability: { ...AVAILABILITY, overrides: [], showZone: false },
    timeZone: TIME_ZONE,
    now: new Date(),
    busy,
    locale: 'en',
  });
  return { slots: plan.slots, times: plan.times };
}

const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

function icsWith(name: string, events: Interval[]): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Someday//E2E//EN',
    `X-WR-CALNAME:${name}`,
    ...events.flatMap((event, index) => [
      'BEGIN:VEVENT',
      `UID:e2e-${index}@someday.test`,
      `DTSTAMP:${stamp(new Date())}`,
      `DTSTART:${stamp(event.start)}`,
      `DTEND:${stamp(event.end)}`,
      'SUMMARY:Busy',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/** An event over the first free time the card offers today. */
function firstFreeTime(): Interval {
  const first = expectedPlan().slots[0];
  if (!first) throw new Error('The test availability has no free time in the next week.');
  return first;
}

async function cardText(page: Page): Promise<string> {
  await page.bringToFront();
  await page.goto(messenger.url);
  await page.locator(messenger.boxSelector).click();
  await page.keyboard.type(VAGUE, { delay: 10 });
  await expect(preview(page)).toBeVisible();
  return (await preview(page).textContent()) ?? '';
}

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  const errors: string[] = [];
  options.on('pageerror', (error) => errors.push(error.message));
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Calendars' })).toBeVisible();
  Object.defineProperty(options, 'pageErrors', { value: errors });
  return options;
}

/** The few extension APIs the tests read in the service worker (types only: evaluated code cannot close over values). */
interface ChromeApis {
  permissions: { contains(query: { origins: string[] }): Promise<boolean> };
  offscreen: { hasDocument(): Promise<boolean> };
  alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}
type WithChrome = { chrome: ChromeApis };

const calendarsRegion = (options: Page) => options.getByRole('region', { name: 'Calendars' });
const pageErrors = (page: Page) => (page as Page & { pageErrors: string[] }).pageErrors;

function hasOrigin(worker: Worker, origin: string): Promise<boolean> {
  return worker.evaluate((origin) => (globalThis as unknown as WithChrome).chrome.permissions.contains({ origins: [origin] }), origin);
}

test.beforeEach(async ({ serviceWorker }) => {
  await setStorage(serviceWorker, 'sync', { availability: AVAILABILITY });
});

test('an imported .ics takes its busy time out of the card, the popover and an open tab, with no reload', async ({
  page,
  context,
  extensionId,
}) => {
  const before = await cardText(page);
  expect(before).toContain(expectedPlan().times);

  const busy = firstFreeTime();
  const after = expectedPlan([busy]);
  expect(after.slots.some((slot) => slot.start < busy.end && slot.end > busy.start)).toBe(false);

  const options = await openOptions(context, extensionId);
  // The file is read in the reader's worker, off the options page's thread.
  const worker = options.waitForEvent('worker', { predicate: (started) => started.url().endsWith('/calendar-reader.js') });
  await options.getByLabel('Choose an .ics file').setInputFiles({
    name: 'evening.ics',
    mimeType: 'text/calendar',
    buffer: Buffer.from(icsWith('Evening plans', [busy])),
  });
  await worker;
  const item = options.getByRole('listitem', { name: 'Evening plans' });
  await expect(item.getByTestId('calendar-facts')).toContainText('1 busy time · imported');
  await expect(calendarsRegion(options).getByTestId('calendar-status')).toHaveText('Imported “Evening plans” (1 busy time).');
  await expect(options.getByTestId('calendar-storage')).toContainText(/1 calendar, 1 busy time, \d+ bytes/);

  // The Messenger tab stayed open: the next card there already leaves the time out.
  await page.bringToFront();
  await page.keyboard.type(' :)', { delay: 10 });
  await expect(preview(page)).toContainText(after.times);
  expect(await preview(page).textContent()).not.toBe(before);

  // A fresh card on a fresh load agrees.
  expect(await cardText(page)).toContain(after.times);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('popover-invite')).toContainText(after.times);
  expect(pageErrors(options)).toEqual([]);
});

test('a broken file shows an alert and leaves the stored calendars as they were', async ({ context, extensionId, serviceWorker }) => {
  const options = await openOptions(context, extensionId);
  const input = options.getByLabel('Choose an .ics file');
  await input.setInputFiles({ name: 'good.ics', mimeType: 'text/calendar', buffer: Buffer.from(icsWith('Good', [firstFreeTime()])) });
  await expect(options.getByRole('listitem', { name: 'Good' })).toBeVisible();
  const stored = await serviceWorker.evaluate(() => (globalThis as unknown as WithChrome).chrome.storage.local.get('calendars'));

  const truncated = icsWith('Cut', [firstFreeTime()]).slice(0, -40);
  await input.setInputFiles({ name: 'cut.ics', mimeType: 'text/calendar', buffer: Buffer.from(truncated) });
  await expect(calendarsRegion(options).getByRole('alert')).toContainText('cut.ics was not imported. The calendar file is cut off');
  await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Lunch with Sam on Tuesday') });
  await expect(calendarsRegion(options).getByRole('alert')).toContainText('not an iCalendar (.ics) file');

  await expect(options.getByRole('list', { name: 'Your calendars' }).getByRole('listitem')).toHaveCount(1);
  expect(await serviceWorker.evaluate(() => (globalThis as unknown as WithChrome).chrome.storage.local.get('calendars'))).toEqual(stored);
  expect(pageErrors(options)).toEqual([]);
});

test.describe('a subscribed feed', () => {
  const busy = () => firstFreeTime();
  test.use({ extraPages: { [FEED_URL]: { body: icsWith('Team feed', [busy()]), contentType: 'text/calendar; charset=utf-8' } } });

  test('is fetched by the background, keeps its last good data when it fails, and gives its site back when removed', async ({
    page,
    context,
    extensionId,
    serviceWorker,
  }) => {
    const origin = `https://${FEED_HOST}/*`;
    expect(await hasOrigin(serviceWorker, origin)).toBe(false);
    // The person allows the site in Chrome's extension settings (see the note at the top).
    const settings = await context.newPage();
    await settings.goto('chrome://extensions/');
    await settings.evaluate(
      ([id, pattern]) =>
        (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id!, pattern!),
      [extensionId, origin],
    );
    await settings.close();

    const options = await openOptions(context, extensionId);
    await options.getByLabel('Subscribe to a calendar address').fill(`webcal://${FEED_HOST}/calendar/ical/team/basic.ics`);
    await options.getByRole('button', { name: 'Subscribe' }).click();
    // The service worker cannot start a worker: it reads the feed in its offscreen document's.
    await expect.poll(() => serviceWorker.evaluate(() => (globalThis as unknown as WithChrome).chrome.offscreen.hasDocument()), { timeout: 3_000, intervals: [50] }).toBe(true);
    const item = options.getByRole('listitem', { name: 'Team feed' });
    await expect(item.getByTestId('calendar-facts')).toContainText('1 busy time · last refreshed');
    // Closed again once no read is pending.
    await expect.poll(() => serviceWorker.evaluate(() => (globalThis as unknown as WithChrome).chrome.offscreen.hasDocument()), { timeout: 10_000 }).toBe(false);
    await expect(item).toContainText(FEED_HOST);
    expect(await hasOrigin(serviceWorker, origin)).toBe(true);
    const alarm = await serviceWorker.evaluate(() => (globalThis as unknown as WithChrome).chrome.alarms.get('someday-calendar-refresh'));
    expect(alarm?.periodInMinutes).toBe(120);

    expect(await cardText(page)).toContain(expectedPlan([busy()]).times);

    // The feed goes down: Refresh now shows the error with its time and keeps the busy time.
    let answer: { status: number; body: string } = { status: 503, body: 'maintenance' };
    await context.route(FEED_URL, (route) => route.fulfill({ status: answer.status, contentType: 'text/calendar', body: answer.body }));
    await options.bringToFront();
    await options.getByRole('button', { name: 'Refresh Team feed now' }).click();
    await expect(calendarsRegion(options).getByRole('alert')).toContainText(`Could not refresh “Team feed”. ${FEED_HOST} answered “503`);
    await expect(item.getByTestId('calendar-error')).toContainText(/^Refresh failed .+: calendar\.someday\.test answered “503/);
    await expect(item.getByTestId('calendar-facts')).toContainText('1 busy time');
    expect(await cardText(page)).toContain(expectedPlan([busy()]).times);

    // Back up with one more event: read again over the coming weeks, error cleared.
    const second = expectedPlan([busy()]).slots[0]!;
    answer = { status: 200, body: icsWith('Team feed', [busy(), second]) };
    await options.bringToFront();
    await options.getByRole('button', { name: 'Refresh Team feed now' }).click();
    await expect(item.getByTestId('calendar-facts')).toContainText('2 busy times');
    await expect(item.getByTestId('calendar-error')).toHaveCount(0);
    expect(await cardText(page)).toContain(expectedPlan([busy(), second]).times);

    // Removing the last feed on the site gives the permission back; Undo is offered.
    await options.bringToFront();
    await options.getByRole('button', { name: 'Remove Team feed' }).click();
    await expect(calendarsRegion(options).getByTestId('calendar-status')).toContainText('Removed “Team feed”.');
    await expect(options.getByRole('button', { name: 'Undo' })).toBeVisible();
    await expect.poll(() => hasOrigin(serviceWorker, origin)).toBe(false);
    expect(pageErrors(options)).toEqual([]);
  });

  test('a feed that redirects is not followed: the other address is never requested', async ({ context, extensionId }) => {
    const origin = `https://${FEED_HOST}/*`;
    const settings = await context.newPage();
    await settings.goto('chrome://extensions/');
    await settings.evaluate(
      ([id, pattern]) =>
        (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id!, pattern!),
      [extensionId, origin],
    );
    await settings.close();
    const requested: string[] = [];
    await context.route(`https://${FEED_HOST}/moved.ics`, (route) => {
      requested.push(route.request().url());
      return route.fulfill({ status: 302, headers: { location: `https://${FEED_HOST}/calendar/ical/team/basic.ics` } });
    });
    await context.route(`https://${FEED_HOST}/calendar/ical/team/basic.ics`, (route) => {
      requested.push(route.request().url());
      return route.fulfill({ contentType: 'text/calendar', body: icsWith('Team feed', []) });
    });
    const options = await openOptions(context, extensionId);
    await options.getByLabel('Subscribe to a calendar address').fill(`https://${FEED_HOST}/moved.ics`);
    await options.getByRole('button', { name: 'Subscribe' }).click();
    await expect(calendarsRegion(options).getByRole('alert')).toContainText(`The calendar was not added. ${FEED_HOST} sent the calendar on to another address.`);
    expect(requested).toEqual([`https://${FEED_HOST}/moved.ics`]);
    await expect(options.getByText('No calendars yet.')).toBeVisible();
  });

  test('an address that is not a calendar is not added and its site is given back', async ({ context, extensionId, serviceWorker }) => {
    const origin = `https://${FEED_HOST}/*`;
    const settings = await context.newPage();
    await settings.goto('chrome://extensions/');
    await settings.evaluate(
      ([id, pattern]) =>
        (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id!, pattern!),
      [extensionId, origin],
    );
    await settings.close();
    await context.route(`https://${FEED_HOST}/not-a-calendar`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Sign in</title>' }),
    );
    const options = await openOptions(context, extensionId);
    await options.getByLabel('Subscribe to a calendar address').fill(`https://${FEED_HOST}/not-a-calendar`);
    await options.getByRole('button', { name: 'Subscribe' }).click();
    await expect(calendarsRegion(options).getByRole('alert')).toContainText(`The calendar was not added. ${FEED_HOST} did not send a calendar (.ics).`);
    await expect(options.getByText('No calendars yet.')).toBeVisible();
    await expect.poll(() => hasOrigin(serviceWorker, origin)).toBe(false);
  });
});

test('a file the worker cannot read in time is stopped with a clear error, and nothing is stored', async ({ context, extensionId, serviceWorker }) => {
  test.setTimeout(60_000);
  const options = await context.newPage();
  // The reader's budgets bound every file known to be slow (tests/calendar/pathological.ts), so this
  // stands in for one nobody has found yet: the real worker starts and reads, but its answer never
  // reaches the page. What is under test is the page's side: the time limit, terminate, the words.
  await options.addInitScript(() => {
    const RealWorker = window.Worker;
    const log = { terminated: 0 };
    Object.defineProperty(window, '__readerLog', { value: log });
    window.Worker = class extends RealWorker {
      override set onmessage(_handler: ((event: MessageEvent) => void) | null) {
        // swallowed: the answer never arrives
      }
      override terminate(): void {
        log.terminated++;
        super.terminate();
      }
    } as typeof Worker;
  });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Calendars' })).toBeVisible();
  const started = Date.now();
  await options.getByLabel('Choose an .ics file').setInputFiles({
    name: 'slow.ics',
    mimeType: 'text/calendar',
    buffer: Buffer.from(icsWith('Slow', [firstFreeTime()])),
  });
  await expect(calendarsRegion(options).getByRole('alert')).toHaveText(
    'slow.ics was not imported. This calendar takes too long to read (over 6 seconds), so Someday stopped. Export a shorter date range or a single calendar.',
    { timeout: 15_000 },
  );
  const waited = Date.now() - started;
  expect(waited).toBeGreaterThanOrEqual(6_000);
  expect(await options.evaluate(() => (window as unknown as { __readerLog: { terminated: number } }).__readerLog.terminated)).toBe(1);
  expect(await serviceWorker.evaluate(() => (globalThis as unknown as WithChrome).chrome.storage.local.get('calendars'))).toEqual({});
  // The page kept taking input.
  await options.getByLabel('Subscribe to a calendar address').fill('still typing');
  await expect(options.getByLabel('Subscribe to a calendar address')).toHaveValue('still typing');
});
