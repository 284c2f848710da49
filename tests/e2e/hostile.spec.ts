/**
 * Pages that work against Someday: a replaced execCommand, a box pulled out during the write,
 * CSS that styles every element. Someday never throws into the page and keeps working.
 */
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './harness';

const VAGUE = 'hey! we should hang out sometime';
const NO_EXEC = 'https://www.linkedin.com/someday-test/no-exec-command';
const DETACH = 'https://www.linkedin.com/someday-test/detach-on-write';
const LOUD_CSS = 'https://x.com/someday-test/loud-css';
const FORGED = 'https://x.com/someday-test/forged-events';
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
    [FORGED]: `<!doctype html><title>forged events</title>
      <textarea id="box" aria-label="Message" style="height:80px"></textarea>`,
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

const readInviteLog = (worker: Worker) =>
  worker.evaluate(async () => {
    type Local = { get(key: string): Promise<Record<string, unknown>> };
    const api = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome;
    return ((await api.storage.local.get('inviteLog')).inviteLog ?? []) as unknown[];
  });

test('keys and clicks the page makes up accept, dismiss and change nothing; the person’s own Tab still accepts', async ({
  page,
  serviceWorker,
}) => {
  await page.goto(FORGED);
  await page.locator('#box').click();
  await page.keyboard.type(VAGUE, { delay: 10 });
  const invite = await preview(page).innerText();
  const activities = page.locator('[data-someday="suggestion"] [role="radio"]');
  expect(await activities.count()).toBeGreaterThan(1);
  const checkedBefore = await page.locator('[data-someday="suggestion"] [role="radio"][aria-checked="true"]').getAttribute('data-activity');

  // The page's own script: the events it makes are untrusted (event.isTrusted is false).
  await page.evaluate(() => {
    const box = document.getElementById('box')!;
    const key = (name: string, extra: KeyboardEventInit = {}) =>
      box.dispatchEvent(new KeyboardEvent('keydown', { key: name, code: name, bubbles: true, cancelable: true, composed: true, ...extra }));
    key('Tab');
    key('Escape');
    key('ArrowDown', { altKey: true });
    const card = document.querySelector('[data-someday="suggestion"]')?.shadowRoot;
    if (!card) return; // the forged Tab or Escape already took the card away
    const button = (selector: string) => card.querySelector<HTMLElement>(selector);
    button('[data-someday="accept"]')?.click();
    button('[data-someday="accept"]')?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    button('[data-someday="dismiss"]')?.click();
    button('[role="radio"][aria-checked="false"]')?.click();
    button('.snooze-button')?.click();
    for (const item of card.querySelectorAll<HTMLElement>('[role="menuitem"]')) item.click();
    card.querySelector('.card')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true, composed: true }));
  });
  // Give any write the forged events might have started time to land.
  await page.waitForTimeout(500);
  await expect(page.locator('#box')).toHaveValue(VAGUE);
  await expect(preview(page)).toHaveText(invite);
  await expect(page.locator('[data-someday="suggestion"] [role="radio"][aria-checked="true"]')).toHaveAttribute('data-activity', checkedBefore!);
  await expect(page.locator('[data-someday="suggestion"] [role="menu"]')).toHaveCount(0);
  expect(await readInviteLog(serviceWorker)).toEqual([]);
  await expect(page.locator('#box')).toBeFocused();

  // The person's own key still works, and logs exactly one invite.
  await page.keyboard.press('Tab');
  await expect(page.locator('#box')).toHaveValue(`hey! ${invite}`);
  await expect.poll(async () => (await readInviteLog(serviceWorker)).length).toBe(1);
});

test('a made-up Escape from the page leaves the card; the person’s Escape dismisses it', async ({ page }) => {
  await page.goto(FORGED);
  await page.locator('#box').click();
  await page.keyboard.type(VAGUE, { delay: 10 });
  await expect(preview(page)).toBeVisible();
  await page.evaluate(() =>
    document.getElementById('box')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true })),
  );
  await page.waitForTimeout(300);
  await expect(preview(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-someday="suggestion"]')).toHaveCount(0);
  await expect(page.locator('#box')).toHaveValue(VAGUE);
});
