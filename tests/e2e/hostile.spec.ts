/**
 * Pages that work against Someday: a replaced execCommand, a box pulled out during the write,
 * CSS that styles every element. Someday never throws into the page and keeps working.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './harness';

const VAGUE = 'hey! we should hang out sometime';
const NO_EXEC = 'https://www.linkedin.com/someday-test/no-exec-command';
const DETACH = 'https://www.linkedin.com/someday-test/detach-on-write';
const LOUD_CSS = 'https://x.com/someday-test/loud-css';
const preview = (page: Page) => page.locator('[data-someday="preview"]');

test.use({
  extraPages: {
    // The page's own world breaks execCommand; Someday's isolated world keeps its own.
    [NO_EXEC]: `<!doctype html><title>no execCommand</title>
      <div id="box" contenteditable="true" role="textbox" aria-label="Write a message…"><p><br></p></div>
      <script>
        Document.prototype.execCommand = () => { throw new Error('execCommand is not allowed here'); };
        document.execCommand = undefined;
      </script>`,
    // The box is removed the moment anything but typing lands in it.
    [DETACH]: `<!doctype html><title>detach</title>
      <textarea id="first" aria-label="Message"></textarea>
      <textarea id="second" aria-label="Message"></textarea>
      <script>
        const first = document.getElementById('first');
        first.addEventListener('input', (event) => { if (event.data && event.data.length > 1) first.remove(); });
      </script>`,
    [LOUD_CSS]: `<!doctype html><title>loud css</title>
      <style>* { all: unset !important; display: block !important; position: static !important;
        font-size: 40px !important; color: red !important; background: yellow !important; width: auto !important;
        transform: rotate(2deg) !important; }</style>
      <textarea id="box" aria-label="Post text" style="height:80px"></textarea>`,
  },
});

test('a page that replaces or removes execCommand in its own world', async ({ page }) => {
  await page.goto(NO_EXEC);
  await page.locator('#box').click();
  await page.keyboard.type(VAGUE, { delay: 10 });
  const invite = await preview(page).innerText();
  await page.keyboard.press('Tab');
  await expect.poll(() => page.locator('#box').innerText()).toBe(`hey! ${invite}`);
});

test('a box removed during the write: nothing thrown, and the next box works', async ({ page }) => {
  await page.goto(DETACH);
  await page.locator('#first').click();
  await page.keyboard.type(VAGUE, { delay: 10 });
  await expect(preview(page)).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.locator('#first')).toHaveCount(0);
  await expect(page.locator('[data-someday="suggestion"]')).toHaveCount(0);
  await page.locator('#second').click();
  await page.keyboard.type(VAGUE, { delay: 10 });
  const invite = await preview(page).innerText();
  await page.keyboard.press('Tab');
  await expect(page.locator('#second')).toHaveValue(`hey! ${invite}`);
});

test('page CSS that styles every element does not reach the card', async ({ page }) => {
  await page.goto(LOUD_CSS);
  await page.locator('#box').click();
  await page.keyboard.type(VAGUE, { delay: 10 });
  const card = page.locator('[data-someday="suggestion"] .card');
  await expect(card).toBeVisible();
  const style = await card.evaluate((element) => {
    const computed = getComputedStyle(element);
    return { fontSize: computed.fontSize, color: computed.color, transform: computed.transform };
  });
  expect(style).toEqual({ fontSize: '14px', color: 'rgb(28, 30, 33)', transform: 'none' });
  const box = (await card.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.width).toBeLessThanOrEqual(360);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
});
