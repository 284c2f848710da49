/**
 * The card beyond Tab and Escape: the focus key, activities, time chips, business mode's
 * placeholder and nearby toggle, the page's dark theme, snoozes, and "Insert my free times".
 */
import { mkdirSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { fixturePages } from '../fixtures/pages';
import { expect, test } from './harness';

const VAGUE = 'hey! we should hang out sometime';
const messenger = fixturePages.find((page) => page.name === 'lexical')!;
const linkedIn = fixturePages.find((page) => page.name === 'linkedin-overlay')!;
const card = (page: Page) => page.locator('[data-someday="suggestion"]');
const preview = (page: Page) => page.locator('[data-someday="preview"]');
const model = (page: Page) => page.evaluate(() => window.__fixture!.model());
const settle = (page: Page) => page.waitForTimeout(900);
/** The element focused inside the card's shadow root, described for assertions. */
const focusedInCard = (page: Page) =>
  page.evaluate(() => {
    const active = document.querySelector('[data-someday="suggestion"]')?.shadowRoot?.activeElement;
    return active ? `${active.getAttribute('role') ?? active.tagName.toLowerCase()}:${active.textContent}` : null;
  });

const DARK_URL = 'https://www.facebook.com/someday-test/dark';

test.use({
  extraPages: {
    // A site in its own dark mode: the page's background, not the system's colour scheme.
    [DARK_URL]: `<!doctype html><title>dark</title>
      <body style="margin:0;background:#18191a;color:#e4e6eb;font:15px system-ui">
        <div style="padding:40px 40px 0"><h2 style="margin:0 0 12px">Sam Rivera</h2>
        <div id="box" contenteditable="true" role="textbox" aria-label="Message"
          style="width:420px;min-height:36px;padding:8px 12px;border-radius:18px;background:#3a3b3c"></div></div>
      </body>`,
  },
});

async function showCard(page: Page, url: string, selector: string, text = VAGUE) {
  await page.goto(url);
  await page.locator(selector).click();
  await page.keyboard.type(text, { delay: 10 });
  await expect(preview(page)).toBeVisible();
}

async function readSync(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate(async (key) => {
    const api = (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await api.storage.sync.get(key))[key];
  }, key);
}

test('Alt+↓ moves focus into the card; arrows switch the activity and the preview follows; Escape puts the caret back', async ({
  page,
}) => {
  await showCard(page, messenger.url, messenger.boxSelector);
  await expect(card(page).locator('.focus-hint')).toContainText('Alt+↓');
  await expect(card(page).getByRole('dialog', { name: 'Someday: turn this into a plan' })).toBeVisible();
  // The caret goes somewhere in the middle first: "…som|etime".
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
  await expect(preview(page)).toContainText('get coffee');

  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => focusedInCard(page)).toBe('radio:Coffee');
  await page.keyboard.press('ArrowRight');
  await expect(preview(page)).toContainText('get lunch');
  await expect.poll(() => focusedInCard(page)).toBe('radio:Lunch');
  await page.keyboard.press('ArrowLeft');
  await expect(preview(page)).toContainText('get coffee');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(preview(page)).toContainText('get drinks');
  // The box never saw the arrows: its text is as typed.
  expect(await model(page)).toBe(VAGUE);

  // Tab stays in the card while focus is there.
  await page.keyboard.press('Tab');
  expect(await focusedInCard(page)).not.toBeNull();

  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);
  await page.keyboard.type('X');
  await expect.poll(() => model(page)).toBe('hey! we should hang out somXetime');
});

test('a chip leaves a time out of the invite, and the card still accepts with Tab', async ({ page }) => {
  await showCard(page, messenger.url, messenger.boxSelector);
  const chips = card(page).locator('.chip');
  // Every free time of the coming week has a chip.
  expect(await chips.count()).toBeGreaterThanOrEqual(5);
  const all = await preview(page).innerText();
  await chips.first().click();
  await expect(chips.first()).toHaveAttribute('aria-pressed', 'false');
  await expect(preview(page)).not.toHaveText(all);
  const without = await preview(page).innerText();
  // Back on, the invite is the whole week again; off again for the accept.
  await chips.first().click();
  await expect(preview(page)).toHaveText(all);
  await chips.first().click();
  await expect(preview(page)).toHaveText(without);
  // The clicks left the caret in the box: Tab accepts the invite without the time left out.
  await page.keyboard.press('Tab');
  await expect.poll(() => model(page)).toBe(`hey! ${without}`);
});

test('the focus key, then the accept button with Enter: the invite goes in and the caret follows it', async ({ page }) => {
  await showCard(page, messenger.url, messenger.boxSelector);
  const invite = await preview(page).innerText();
  await page.keyboard.press('Alt+ArrowDown');
  // Tab from the activity to the chips and on to the accept button.
  for (let i = 0; i < 20 && !(await focusedInCard(page))?.startsWith('button:Use this'); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => model(page)).toBe(`hey! ${invite}`);
  await page.keyboard.type(' :)');
  await expect.poll(() => model(page)).toBe(`hey! ${invite} :)`);
});

test('LinkedIn: business mode asks for a ten-minute call, and after Tab typing replaces the admire placeholder', async ({ page }) => {
  await showCard(page, linkedIn.url, linkedIn.boxSelector);
  await expect(preview(page)).toContainText('10 minutes for a quick call');
  await expect(preview(page)).toContainText('[what you admire about their work]');
  await expect(card(page).getByRole('radiogroup')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect.poll(() => model(page)).toContain('[what you admire about their work]');
  await page.keyboard.type('your talk on small teams');
  await expect.poll(() => model(page)).toMatch(/^hey! I really admire your talk on small teams\. I'd value your advice/);
  expect(await model(page)).not.toContain('[');
});

test('LinkedIn: nearby offers coffee, remembered for the conversation', async ({ page }) => {
  await showCard(page, linkedIn.url, linkedIn.boxSelector);
  const nearby = card(page).getByRole('checkbox', { name: /Nearby/ });
  await expect(nearby).not.toBeChecked();
  await nearby.click();
  await expect(preview(page)).toContainText('buy you a coffee');
  await expect(nearby).toBeChecked();
  await showCard(page, linkedIn.url, linkedIn.boxSelector);
  await expect(card(page).getByRole('checkbox', { name: /Nearby/ })).toBeChecked();
  await expect(preview(page)).toContainText('buy you a coffee');
});

test('a dark page gets the dark card', async ({ page }) => {
  await showCard(page, DARK_URL, '#box');
  const theCard = card(page).locator('.card');
  await expect(theCard).toHaveAttribute('data-theme', 'dark');
  const background = await theCard.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).toBe('rgb(36, 37, 38)');
  mkdirSync('docs', { recursive: true });
  const box = (await theCard.boundingBox())!;
  await page.screenshot({ path: 'docs/card-dark.png', clip: { x: 0, y: 0, width: 620, height: Math.ceil(box.y + box.height + 24) } });

  // And a light page, the light one.
  await showCard(page, messenger.url, messenger.boxSelector);
  await expect(card(page).locator('.card')).toHaveAttribute('data-theme', 'light');
});

test('snooze "not for this phrase": the same wish stays quiet, another one still gets a card', async ({ page }) => {
  await showCard(page, messenger.url, messenger.boxSelector);
  await card(page).getByRole('button', { name: /Snooze/ }).click();
  await card(page).getByRole('menuitem', { name: 'Not for this phrase' }).click();
  await expect(card(page)).toHaveCount(0);
  // The caret stayed in the box.
  await page.keyboard.type('!');
  await expect.poll(() => model(page)).toBe(`${VAGUE}!`);

  await page.goto(messenger.url);
  await page.locator(messenger.boxSelector).click();
  await page.keyboard.type(VAGUE, { delay: 10 });
  await settle(page);
  await expect(card(page)).toHaveCount(0);
  await page.keyboard.type(". let's grab coffee sometime", { delay: 10 });
  await expect(preview(page)).toBeVisible();
});

test('snooze "not on this site" by keyboard: the site is switched off in the settings', async ({ page, serviceWorker }) => {
  await showCard(page, messenger.url, messenger.boxSelector);
  await page.keyboard.press('Alt+ArrowDown');
  for (let i = 0; i < 12 && !(await focusedInCard(page))?.startsWith('button:Snooze'); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedInCard(page)).toBe('menuitem:Not on this site');
  await page.keyboard.press('Enter');
  await expect(card(page)).toHaveCount(0);
  await expect.poll(() => readSync(serviceWorker, 'settings')).toEqual({ enabled: true, disabledSites: ['facebook'] });
  await page.keyboard.type(' soon', { delay: 10 });
  await settle(page);
  await expect(card(page)).toHaveCount(0);
  expect(await model(page)).toBe(`${VAGUE} soon`);
});

/*
 * Playwright cannot press a browser command (chrome.commands) or open the context menu, so this
 * drives what both do in the background: tabs.sendMessage to the tab, as the background sends it.
 */
test('"Insert my free times" from the background puts an invite at the caret, no vague phrase needed', async ({
  page,
  serviceWorker,
}) => {
  await page.goto(messenger.url);
  await page.locator(messenger.boxSelector).click();
  await page.keyboard.type('Good to hear from you!', { delay: 10 });
  await settle(page);
  await expect(card(page)).toHaveCount(0);
  // The worker has no permission to read tab addresses: it asks every tab, as only this one runs Someday.
  const results = await serviceWorker.evaluate(async () => {
    type Tabs = { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
    const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    const all = await tabs.query({});
    return Promise.all(all.map((tab) => tabs.sendMessage(tab.id!, { type: 'insert-free-times' }).catch(() => 'no content script')));
  });
  const result = results.find((answer) => answer !== 'no content script');
  expect(result).toEqual({ ok: true });
  await expect.poll(() => model(page)).toMatch(/^Good to hear from you! Want to get coffee, Sam\? I'm free .+\. Which works for you\?$/);
  // Logged like an accepted card, for the popover and follow-ups.
  const logged = await serviceWorker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await api.storage.local.get('inviteLog')).inviteLog as { recipient: string | null; outcome: string }[];
  });
  expect(logged).toEqual([expect.objectContaining({ recipient: 'Sam Rivera', outcome: 'waiting' })]);
});
