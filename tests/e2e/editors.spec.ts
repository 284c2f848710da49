/**
 * The person's path, run against every editor kind on its site: type a vague wish, see the card,
 * accept or dismiss it, and read the editor's own model through the page's world.
 */
import type { Locator, Page } from '@playwright/test';
import { DEFAULT_ACTIVITY_ID } from '../../core/templates';
import { fixturePages, greetingFor, MULTI_LINE_TEMPLATE, multiLineInviteFor, vagueWishFor, WISH } from '../fixtures/pages';
import { expect, setStorage, test } from './harness';

interface FixtureApi {
  model(): string;
  sent: string[];
}

const model = (page: Page) => page.evaluate(() => (window as unknown as { __fixture: FixtureApi }).__fixture.model());
const sent = (page: Page) => page.evaluate(() => (window as unknown as { __fixture: FixtureApi }).__fixture.sent);
const card = (page: Page) => page.locator('[data-someday="suggestion"]');
const preview = (page: Page) => page.locator('[data-someday="preview"]');

async function typeInto(page: Page, box: Locator, text: string) {
  await box.click();
  await page.keyboard.type(text, { delay: 15 });
}

/**
 * What the box holds after typing straight after an accept: business invites select their
 * "[what you admire…]" placeholder, so the typing replaces it; other invites leave the caret after them.
 */
const afterTyping = (invite: string, typed: string) =>
  /\[[^\]]+\]/.test(invite) ? invite.replace(/\[[^\]]+\]/, typed) : `${invite}${typed}`;

/** Lets editors' undo grouping close the typing step (Quill and Lexical merge quick edits). */
const pauseLikeAPerson = (page: Page) => page.waitForTimeout(1100);

for (const fixture of fixturePages.filter((candidate) => candidate.suite)) {
  test.describe(`${fixture.kind} (${fixture.name})`, () => {
    const greeting = greetingFor(fixture.surface);
    const VAGUE = vagueWishFor(fixture.surface);
    test.beforeEach(async ({ page }) => {
      await page.goto(fixture.url);
      await page.locator(fixture.boxSelector).waitFor();
    });

    test('a vague wish shows the card with free times, inside the viewport', async ({ page }) => {
      await typeInto(page, page.locator(fixture.boxSelector), VAGUE);
      await expect(preview(page)).toBeVisible();
      await expect(preview(page)).toContainText("I'm free");
      await expect(card(page).locator('[data-someday="accept"]')).toBeEnabled();
      const box = await page.locator('[data-someday="suggestion"] .card').boundingBox();
      const viewport = page.viewportSize();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport!.width);
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewport!.height);
      // The card never takes focus while the person types.
      expect(await page.evaluate(() => document.activeElement?.closest('[data-someday]') ?? null)).toBeNull();
    });

    test('Tab puts the invite in the editor model and the caret after it', async ({ page }) => {
      const box = page.locator(fixture.boxSelector);
      await typeInto(page, box, VAGUE);
      const invite = await preview(page).innerText();
      await page.keyboard.press('Tab');
      await expect.poll(() => model(page)).toBe(`${greeting} ${invite}`);
      await expect(card(page)).toHaveCount(0);
      await page.keyboard.type(' See you!', { delay: 15 });
      await expect.poll(() => model(page)).toBe(`${greeting} ${afterTyping(invite, ' See you!')}`);
    });

    test('a click on accept, then more typing, keeps the invite', async ({ page }) => {
      const box = page.locator(fixture.boxSelector);
      await typeInto(page, box, VAGUE);
      const invite = await preview(page).innerText();
      await card(page).locator('[data-someday="accept"]').click();
      await expect.poll(() => model(page)).toBe(`${greeting} ${invite}`);
      await page.keyboard.type(' :)', { delay: 15 });
      await page.waitForTimeout(300);
      expect(await model(page)).toBe(`${greeting} ${afterTyping(invite, ' :)')}`);
      await expect(box).toBeFocused();
    });

    test('Escape leaves the text as it was and keeps the caret', async ({ page }) => {
      const box = page.locator(fixture.boxSelector);
      await typeInto(page, box, VAGUE);
      await expect(preview(page)).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(card(page)).toHaveCount(0);
      expect(await model(page)).toBe(VAGUE);
      await page.keyboard.type('!', { delay: 15 });
      await expect.poll(() => model(page)).toBe(`${VAGUE}!`);
      // Dismissed for this phrase: the card stays away while the person keeps typing.
      await page.waitForTimeout(600);
      await expect(card(page)).toHaveCount(0);
    });

    if (fixture.surface === 'post') {
      test('the same wish addressed to nobody in a post shows no card', async ({ page }) => {
        const box = page.locator(fixture.boxSelector);
        await typeInto(page, box, `hey! ${WISH}`);
        await page.waitForTimeout(900);
        await expect(card(page)).toHaveCount(0);
        expect(await model(page)).toBe(`hey! ${WISH}`);
      });
    }

    test('a message that already names a time shows no card', async ({ page }) => {
      const box = page.locator(fixture.boxSelector);
      await typeInto(page, box, "let's meet Saturday at 3");
      await page.waitForTimeout(900);
      await expect(card(page)).toHaveCount(0);
      expect(await model(page)).toBe("let's meet Saturday at 3");
    });

    test('Ctrl+Z after accepting brings the old text back', async ({ page }) => {
      const box = page.locator(fixture.boxSelector);
      await typeInto(page, box, VAGUE);
      await expect(preview(page)).toBeVisible();
      await pauseLikeAPerson(page);
      await page.keyboard.press('Tab');
      await expect.poll(() => model(page)).not.toBe(VAGUE);
      await page.keyboard.press('Control+z');
      await expect.poll(() => model(page)).toBe(VAGUE);
    });

    test('a multi-line invite keeps its blank line in the editor model', async ({ page, serviceWorker }) => {
      const template = { en: MULTI_LINE_TEMPLATE };
      await setStorage(serviceWorker, 'sync', {
        wording: { templates: { social: template, business: template }, customActivities: [], defaultActivity: DEFAULT_ACTIVITY_ID },
      });
      await page.reload();
      await page.locator(fixture.boxSelector).waitFor();
      await typeInto(page, page.locator(fixture.boxSelector), VAGUE);
      await expect(preview(page)).toContainText("I'm free");
      await pauseLikeAPerson(page);
      await page.keyboard.press('Tab');
      await expect.poll(() => model(page)).toMatch(multiLineInviteFor(fixture.surface));
      await page.keyboard.type(' :)', { delay: 15 });
      await expect.poll(() => model(page)).toMatch(/\n\nI'm free [^\n]+\. :\)$/);
    });

    test('Enter is never taken: it still sends the message', async ({ page }) => {
      const box = page.locator(fixture.boxSelector);
      await typeInto(page, box, VAGUE);
      await expect(preview(page)).toBeVisible();
      await page.keyboard.press('Enter');
      await expect.poll(() => sent(page)).toEqual([VAGUE]);
      expect(await model(page)).toBe(VAGUE);
    });
  });
}

test.describe('the card', () => {
  test('is labelled for screen readers and shows the phrase it would replace', async ({ page }) => {
    const fixture = fixturePages.find((candidate) => candidate.kind === 'lexical')!;
    await page.goto(fixture.url);
    await typeInto(page, page.locator(fixture.boxSelector), vagueWishFor(fixture.surface));
    await expect(page.getByRole('dialog', { name: /Someday/ })).toBeVisible();
    await expect(page.getByRole('dialog')).toContainText(/Make “we should hang out[^”]*” a plan/);
  });
});
