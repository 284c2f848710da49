/**
 * The invite log end to end: an accepted invite shows up in the popover, its times are offered again
 * on the next card and marked as offered to that person, "yes" with a time takes that time out of
 * the next card and leaves the other offered times, and a reminder falls due
 * by an alarm, with a notification and the badge.
 */
import type { Worker } from '@playwright/test';
import { fixturePages } from '../fixtures/pages';
import { expect, test } from './harness';

const VAGUE = 'hey! we should hang out sometime';
const messenger = fixturePages.find((page) => page.name === 'lexical')!;
const other = fixturePages.find((page) => page.name === 'facebook-messages')!;

interface LoggedInvite {
  id: string;
  recipient: string | null;
  conversationUrl: string;
  offered: { start: string; end: string }[];
  outcome: string;
}

type ChromeApi = {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(values: Record<string, unknown>): Promise<void> } };
  notifications: { getAll(): Promise<Record<string, boolean>> };
  action: { getBadgeText(details: object): Promise<string> };
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
};

const readLog = (worker: Worker) =>
  worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    return ((await api.storage.local.get('inviteLog')).inviteLog ?? []) as LoggedInvite[];
  });

const chipStarts = async (page: import('@playwright/test').Page) =>
  page.locator('[data-someday="suggestion"] [data-slot]').evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-slot')));

test('accept, see it in the popover, say yes with a time: that time is no longer offered, the others still are', async ({
  page,
  context,
  serviceWorker,
  extensionId,
}) => {
  await page.goto(messenger.url);
  await page.locator(messenger.boxSelector).click();
  await page.keyboard.type(VAGUE, { delay: 10 });
  await expect(page.locator('[data-someday="preview"]')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await readLog(serviceWorker)).length).toBe(1);
  const [logged] = await readLog(serviceWorker);
  expect(logged).toMatchObject({ recipient: 'Sam Rivera', conversationUrl: messenger.url, outcome: 'waiting' });
  const offered = logged!.offered.map((span) => new Date(span.start).toISOString());
  expect(offered.length).toBeGreaterThan(1);

  // While Sam has not answered, the times are offered again, marked, and one click leaves them out.
  const next = await context.newPage();
  await next.goto(other.url);
  await next.locator(other.boxSelector).click();
  await next.keyboard.type(VAGUE, { delay: 10 });
  await expect(next.locator('[data-someday="preview"]')).toBeVisible();
  const whileWaiting = await chipStarts(next);
  expect(whileWaiting).toEqual(offered);
  const firstChip = next.locator('[data-someday="suggestion"] [data-slot]').first();
  await expect(firstChip).toContainText('also offered to Sam');
  await expect(firstChip).toHaveAccessibleName(/, also offered to Sam$/);
  const withShared = await next.locator('[data-someday="preview"]').innerText();
  await next.locator('[data-someday="suggestion"]').getByRole('button', { name: 'Leave out times offered to others' }).click();
  await expect(next.locator('[data-someday="preview"]')).toHaveCount(0);
  await expect(next.locator('[data-someday="suggestion"]')).toContainText('Every time is left out');
  await next.locator('[data-someday="suggestion"]').getByRole('button', { name: 'Offer them too' }).click();
  await expect(next.locator('[data-someday="preview"]')).toHaveText(withShared);
  await next.close();

  const popover = await context.newPage();
  await popover.goto(`chrome-extension://${extensionId}/popup.html`);
  const item = popover.getByTestId('invite').filter({ hasText: 'Sam Rivera' });
  await expect(item).toHaveAttribute('data-outcome', 'waiting');
  await item.getByRole('button', { name: 'They said yes' }).click();
  await item.getByRole('group', { name: 'Which time did they pick?' }).getByRole('button').first().click();
  await expect(popover.getByTestId('invite').filter({ hasText: 'Sam Rivera' })).toHaveCount(0); // the popover lists waiting invites
  await expect.poll(async () => (await readLog(serviceWorker))[0]?.outcome).toBe('yes');
  await popover.close();

  const after = await context.newPage();
  await after.goto(other.url);
  await after.locator(other.boxSelector).click();
  await after.keyboard.type(VAGUE, { delay: 10 });
  await expect(after.locator('[data-someday="preview"]')).toBeVisible();
  const starts = await chipStarts(after);
  expect(starts).not.toContain(offered[0]);
  expect(starts).toContain(offered[1]);
});

test('a reminder falls due by its alarm: a notification naming the person, and the badge', async ({ page, serviceWorker }) => {
  await page.goto(messenger.url);
  const sentAt = new Date(Date.now() - 4 * 24 * 60 * 60 * 1000).toISOString();
  await serviceWorker.evaluate(
    async ({ sentAt, url }) => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const start = new Date(Date.now() + 86_400_000);
      await api.storage.local.set({
        inviteLog: [
          {
            id: 'late',
            sentAt,
            site: 'messenger',
            conversationUrl: url,
            recipient: 'Sam Rivera',
            mode: 'social',
            activity: 'coffee',
            offered: [{ start: start.toISOString(), end: new Date(start.getTime() + 3_600_000).toISOString() }],
            outcome: 'waiting',
            picked: null,
            outcomeAt: null,
            reminders: { stopped: false, snoozedUntil: null, lastShownAt: null },
          },
        ],
        inviteLog$: { v: 1 },
      });
    },
    { sentAt, url: messenger.url },
  );
  // The reminder was due days ago: the alarm is set to fire at once, and does.
  await expect
    .poll(() => serviceWorker.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.notifications.getAll()), {
      timeout: 15_000,
    })
    .toEqual({ 'someday-follow-up:late': true });
  expect(await serviceWorker.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.action.getBadgeText({}))).toBe('1');
  const [entry] = (await readLog(serviceWorker)) as (LoggedInvite & { reminders: { lastShownAt: string | null } })[];
  expect(entry?.reminders.lastShownAt).not.toBeNull();
});

test('an invite-log entry that cannot be read survives an accepted invite and shows in options as kept', async ({ page, context, serviceWorker, extensionId }) => {
  const broken = { id: 'broken', sentAt: 'not a date' };
  await serviceWorker.evaluate(async (broken) => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    await api.storage.local.set({ inviteLog: [broken], inviteLog$: { v: 1 } });
  }, broken);
  await page.goto(messenger.url);
  await page.locator(messenger.boxSelector).click();
  await page.keyboard.type(VAGUE, { delay: 10 });
  await expect(page.locator('[data-someday="preview"]')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await readLog(serviceWorker)).map((entry) => entry.id).includes('broken')).toBe(false);
  expect(await readLog(serviceWorker)).toHaveLength(1);
  const aside = await serviceWorker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    return (await api.storage.local.get('couldNotBeRead')).couldNotBeRead;
  });
  expect(aside).toEqual([expect.objectContaining({ from: 'inviteLog', value: broken })]);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#privacy`);
  const region = options.getByRole('region', { name: 'Could not be read' });
  await expect(region.locator('[data-unreadable="inviteLog"]')).toHaveText('Your invites: 1 kept');
  await expect(options.locator('tr[data-stored="couldNotBeRead"]')).toContainText('bytes');
});
