/**
 * The toolbar popover and the options page as extension pages, and an options edit reaching a card
 * in a tab that was already open.
 */
import { mkdirSync } from 'node:fs';
import { fixturePages } from '../fixtures/pages';
import { expect, test } from './harness';

const VAGUE = 'hey! we should hang out sometime';
const messenger = fixturePages.find((page) => page.kind === 'lexical')!;
const WEEK = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

test('the popover lists the next free times and copies the invite', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  // Every free time of the coming week is a chip (fewer late on a Sunday, when the week is nearly over).
  await expect(page.getByTestId('next-times').locator('[data-slot]').first()).toBeVisible();
  expect(await page.getByTestId('next-times').locator('[data-slot]').count()).toBeGreaterThanOrEqual(5);
  const invite = await page.getByTestId('popover-invite').innerText();
  expect(invite).toMatch(/^Want to get coffee\? I'm free .+\. Which works for you\?$/);
  await page.getByRole('button', { name: 'Copy invite' }).click();
  await expect(page.getByRole('status')).toContainText('Invite copied');
  // Paste it into a message box, as a person would.
  const dm = fixturePages.find((fixture) => fixture.kind === 'textarea')!;
  await page.goto(dm.url);
  await page.locator(dm.boxSelector).click();
  await page.keyboard.press('Control+v');
  await expect.poll(() => page.evaluate(() => window.__fixture?.model())).toBe(invite);
});

test('an availability edit in the options page changes the next card in an open tab', async ({ page, context, extensionId }) => {
  await page.goto(messenger.url);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);

  // Free only 6:15–7:45am, every day: whatever today is, the next card can only offer that.
  for (const name of WEEK) {
    const day = options.getByRole('group', { name, exact: true });
    for (const remove of await day.getByRole('button', { name: /^Remove/ }).all()) await remove.click();
    await day.getByRole('button', { name: `Add time on ${name}` }).click();
    await day.getByLabel(`${name} from`).fill('06:15');
    await day.getByLabel(`${name} until`).fill('07:45');
  }
  const availability = options.locator('#availability');
  await expect(availability.getByRole('status')).toHaveText('Saved.');
  await expect(availability.getByRole('alert')).toHaveCount(0);

  await page.bringToFront();
  await page.locator(messenger.boxSelector).click();
  await page.keyboard.type(VAGUE, { delay: 10 });
  const preview = page.locator('[data-someday="preview"]');
  await expect(preview).toContainText('6:15–7:45am');
  await expect(preview).not.toContainText('6–9pm');
});

test('the options page shows an inline error for an end before its start', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByLabel('Tuesday until').fill('17:00');
  const availability = page.locator('#availability');
  await expect(availability.getByRole('alert')).toHaveText('The end must be after the start.');
  await expect(availability.getByRole('status')).toContainText('Not saved yet');
});

test('screenshots for the README', async ({ page, extensionId }) => {
  mkdirSync('docs', { recursive: true });
  await page.goto(messenger.url);
  await page.locator(messenger.boxSelector).click();
  await page.keyboard.type(VAGUE, { delay: 10 });
  await expect(page.locator('[data-someday="preview"]')).toBeVisible();
  await page.screenshot({ path: 'docs/card.png' });
  await page.setViewportSize({ width: 360, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByTestId('next-times')).toBeVisible();
  await page.screenshot({ path: 'docs/popover.png' });
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('group', { name: 'Monday', exact: true })).toBeVisible();
  await page.screenshot({ path: 'docs/options.png' });
});
