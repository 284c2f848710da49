/**
 * What a person should never run into: cards in the wrong fields, a card when Someday is off,
 * broken storage, a page that pulls the card or the box away, a box that refuses the invite.
 */
import type { Page } from '@playwright/test';
import { fixturePages } from '../fixtures/pages';
import { expect, setStorage, test } from './harness';

const VAGUE = 'hey! we should hang out sometime';
const messenger = fixturePages.find((page) => page.kind === 'lexical')!;
const linkedInMessaging = fixturePages.find((page) => page.kind === 'contenteditable')!;
const card = (page: Page) => page.locator('[data-someday="suggestion"]');
const preview = (page: Page) => page.locator('[data-someday="preview"]');
const settle = (page: Page) => page.waitForTimeout(900);

const FIELDS_URL = 'https://www.facebook.com/someday-test/fields';
const REVERTING_URL = 'https://www.facebook.com/someday-test/reverting';
const SCROLL_URL = 'https://www.linkedin.com/someday-test/scroll';

test.use({
  extraPages: {
    [FIELDS_URL]: `<!doctype html><title>fields</title>
      <input id="password" type="password" aria-label="Password">
      <input id="search" type="search" aria-label="Search">
      <div id="searchbox" role="searchbox" contenteditable="true" aria-label="Search Messenger"></div>
      <input id="combobox" role="combobox" aria-label="To">
      <textarea id="message" aria-label="Message"></textarea>`,
    // An editor that silently throws away every change: the write cannot stick.
    [REVERTING_URL]: `<!doctype html><title>reverting</title>
      <div id="box" contenteditable="true" role="textbox" aria-label="Message" style="margin-top:200px;border:1px solid;min-height:40px"></div>
      <script>
        const box = document.getElementById('box');
        let kept = '';
        box.addEventListener('keyup', () => { kept = box.textContent; });
        box.addEventListener('input', (event) => {
          if (event.inputType === 'insertText' && event.data && event.data.length > 1) box.textContent = kept;
        });
      </script>`,
    [SCROLL_URL]: `<!doctype html><title>scroll</title>
      <div style="height:300px"></div>
      <textarea id="box" aria-label="Write a message" style="width:400px;height:60px"></textarea>
      <div style="height:3000px"></div>`,
  },
});

test.describe('fields that are not message boxes', () => {
  for (const id of ['password', 'search', 'searchbox', 'combobox']) {
    test(`no card in #${id}`, async ({ page }) => {
      await page.goto(FIELDS_URL);
      await page.locator(`#${id}`).click();
      await page.keyboard.type(VAGUE, { delay: 10 });
      await settle(page);
      await expect(card(page)).toHaveCount(0);
    });
  }

  test('the same page still gets a card in its message box', async ({ page }) => {
    await page.goto(FIELDS_URL);
    await page.locator('#message').click();
    await page.keyboard.type(VAGUE, { delay: 10 });
    await expect(preview(page)).toBeVisible();
  });
});

test.describe('switches', () => {
  test('no card while Someday is off, and a card once it is back on, with no reload', async ({ page, serviceWorker }) => {
    await setStorage(serviceWorker, 'sync', { settings: { enabled: false, disabledSites: [] } });
    await page.goto(messenger.url);
    await page.locator(messenger.boxSelector).click();
    await page.keyboard.type(VAGUE, { delay: 10 });
    await settle(page);
    await expect(card(page)).toHaveCount(0);
    await setStorage(serviceWorker, 'sync', { settings: { enabled: true, disabledSites: [] } });
    await page.keyboard.type(' :)', { delay: 10 });
    await expect(preview(page)).toBeVisible();
  });

  test('a site switched off gets no card while other sites do', async ({ page, serviceWorker }) => {
    await setStorage(serviceWorker, 'sync', { settings: { enabled: true, disabledSites: ['facebook'] } });
    await page.goto(messenger.url);
    await page.locator(messenger.boxSelector).click();
    await page.keyboard.type(VAGUE, { delay: 10 });
    await settle(page);
    await expect(card(page)).toHaveCount(0);
    await page.goto(linkedInMessaging.url);
    await page.locator(linkedInMessaging.boxSelector).click();
    await page.keyboard.type(VAGUE, { delay: 10 });
    await expect(preview(page)).toBeVisible();
  });
});

test('stored availability of the wrong shape falls back to the defaults with a warning', async ({ context, page, serviceWorker }) => {
  const warnings: string[] = [];
  // The background reads stored things for the card (extension/card-service.ts), so the warning is its.
  context.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await setStorage(serviceWorker, 'sync', { availability: { weekly: 'every day', timeZone: 42 } });
  await page.goto(messenger.url);
  await page.locator(messenger.boxSelector).click();
  await page.keyboard.type(VAGUE, { delay: 10 });
  await expect(preview(page)).toContainText("I'm free");
  expect(warnings.some((text) => /\[Someday\] \d+ stored availability value\(s\) could not be read/.test(text))).toBe(true);
});

test('a page that removes the card host: no error, and the next card shows', async ({ page }) => {
  await page.goto(messenger.url);
  await page.locator(messenger.boxSelector).click();
  await page.keyboard.type(VAGUE, { delay: 10 });
  await expect(preview(page)).toBeVisible();
  await page.evaluate(() => document.querySelector('[data-someday="suggestion"]')?.remove());
  await expect(card(page)).toHaveCount(0);
  // Tab now belongs to the page again: the text is untouched.
  await page.keyboard.type(' soon', { delay: 10 });
  await expect(preview(page)).toBeVisible();
  await page.keyboard.press('Tab');
  await expect.poll(() => page.evaluate(() => window.__fixture?.model())).toMatch(/^hey! Want to get coffee, Sam\?/);
});

test('a box removed while its card shows takes the card with it', async ({ page }) => {
  await page.goto(messenger.url);
  await page.locator(messenger.boxSelector).click();
  await page.keyboard.type(VAGUE, { delay: 10 });
  await expect(preview(page)).toBeVisible();
  await page.evaluate(() => document.querySelector('[contenteditable="true"]')?.closest('form, footer, div')?.remove());
  await expect(card(page)).toHaveCount(0);
});

test('a box that refuses the invite keeps the text, and the card says to paste it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.facebook.com' });
  await page.goto(REVERTING_URL);
  await page.locator('#box').click();
  await page.keyboard.type(VAGUE, { delay: 10 });
  const invite = await preview(page).innerText();
  await page.keyboard.press('Tab');
  await expect(card(page).getByRole('alert')).toContainText('paste it with Ctrl+V');
  expect(await page.locator('#box').textContent()).toBe(VAGUE);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(invite);
});

test('the card sits below a box with room under it, above one at the bottom, and follows scrolling', async ({ page }) => {
  await page.goto(SCROLL_URL);
  const box = page.locator('#box');
  await box.click();
  await page.keyboard.type(VAGUE, { delay: 10 });
  const layer = page.locator('[data-someday="suggestion"] .card');
  await expect(layer).toBeVisible();
  const boxRect = (await box.boundingBox())!;
  const before = (await layer.boundingBox())!;
  expect(before.y).toBeGreaterThanOrEqual(boxRect.y + boxRect.height);
  await page.mouse.wheel(0, 120);
  await expect.poll(async () => (await layer.boundingBox())!.y).toBeCloseTo(before.y - 120, -1);

  await page.goto(messenger.url);
  await page.locator(messenger.boxSelector).click();
  await page.keyboard.type(VAGUE, { delay: 10 });
  await expect(layer).toBeVisible();
  const bottomBox = (await page.locator(messenger.boxSelector).boundingBox())!;
  const above = (await layer.boundingBox())!;
  expect(above.y + above.height).toBeLessThanOrEqual(bottomBox.y);
});
