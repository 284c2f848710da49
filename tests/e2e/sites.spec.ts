/**
 * What each site adapter reads and decides, on every site × box fixture: the name in a direct
 * message (and none elsewhere), the invite's mode, conversations that change under a card, and
 * several chats open at once.
 */
import type { Page } from '@playwright/test';
import { fixturePages, vagueWishFor, type SiteFixturePage } from '../fixtures/pages';
import { expect, test } from './harness';

const VAGUE = 'hey! we should hang out sometime';
const preview = (page: Page) => page.locator('[data-someday="preview"]');
const title = (page: Page) => page.locator('[data-someday="suggestion"] .title');
const siteBoxes = fixturePages.filter((page): page is SiteFixturePage => page.kind !== 'demo' && page.suite);

for (const fixture of siteBoxes) {
  test(`${fixture.name}: ${fixture.site} ${fixture.surface} box, ${fixture.recipient ? `names ${fixture.recipient}` : 'names nobody'}`, async ({
    page,
  }) => {
    await page.goto(fixture.url);
    await page.locator(fixture.boxSelector).click();
    await page.keyboard.type(vagueWishFor(fixture.surface), { delay: 10 });
    await expect(preview(page)).toBeVisible();
    if (fixture.surface === 'direct' && fixture.recipient) {
      await expect(title(page)).toContainText(`a plan with ${fixture.recipient.split(' ')[0]}`);
    } else {
      await expect(title(page)).not.toContainText(' with ');
    }
    // Business on LinkedIn; social on Facebook, Messenger and X (where this phrase is social).
    if (fixture.site === 'linkedin') await expect(preview(page)).toContainText('10 minutes for a quick call');
    // Direct messages greet the person by first name.
    else if (fixture.surface === 'direct' && fixture.recipient) {
      await expect(preview(page)).toContainText(`Want to get coffee, ${fixture.recipient.split(' ')[0]}?`);
    } else await expect(preview(page)).toContainText('Want to get coffee?');
  });
}

test("XChat's passcode screen gives no card, though its fields take text", async ({ page }) => {
  const passcode = fixturePages.find((fixture) => fixture.name === 'xchat-pin')!;
  await page.goto(passcode.url);
  await page.locator(passcode.boxSelector).click();
  await page.keyboard.type(VAGUE, { delay: 10 });
  await expect(page.locator(passcode.boxSelector)).toHaveValue(VAGUE);
  await page.waitForTimeout(900);
  await expect(page.locator('[data-someday="suggestion"]')).toHaveCount(0);
});

test('on X the phrase decides the mode: picking a brain asks for a call', async ({ page }) => {
  const post = siteBoxes.find((fixture) => fixture.site === 'x' && fixture.surface === 'post')!;
  await page.goto(post.url);
  await page.locator(post.boxSelector).click();
  await page.keyboard.type('@sam would love to pick your brain sometime', { delay: 10 });
  await expect(preview(page)).toContainText('10 minutes for a quick call');
});

test('LinkedIn messaging registers the invite as input: its model has it and Send is enabled', async ({ page }) => {
  const messaging = siteBoxes.find((fixture) => fixture.name === 'linkedin-overlay')!;
  await page.goto(messaging.url);
  await page.locator(messaging.boxSelector).click();
  await page.keyboard.type(VAGUE, { delay: 10 });
  const invite = await preview(page).innerText();
  await page.keyboard.press('Tab');
  await expect.poll(() => page.evaluate(() => window.__fixture!.model())).toBe(`hey! ${invite}`);
  expect(await page.evaluate(() => window.__fixture!.sendEnabled?.())).toBe(true);
});

test('a conversation switched while the card shows: the card closes and nothing is written', async ({ page }) => {
  const spa = fixturePages.find((fixture) => fixture.name === 'messenger-spa')!;
  await page.goto(spa.url);
  await page.locator(spa.boxSelector).click();
  await page.keyboard.type(VAGUE, { delay: 10 });
  await expect(title(page)).toContainText('with Riley');
  const first = await page.evaluate(() => window.__fixture!);
  expect(first.sent).toEqual([]);
  await page.evaluate(() => window.__switchConversation!(1));
  await expect(page).toHaveURL(/\/t\/300000000000002\/$/);
  await expect(page.locator('[data-someday="suggestion"]')).toHaveCount(0);
  // Tab in the new conversation is the page's own again: nothing of Someday's lands there.
  await page.locator(spa.boxSelector).click();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => window.__fixture!.model())).toBe('');
  await page.locator(spa.boxSelector).click();
  await page.keyboard.type(VAGUE, { delay: 10 });
  await expect(title(page)).toContainText('with Casey');
  await page.keyboard.press('Tab');
  await expect.poll(() => page.evaluate(() => window.__fixture!.model())).toMatch(/^hey! Want to get coffee, Casey\?/);
});

test('two chat windows at once: each card belongs to its own chat', async ({ page }) => {
  const chats = fixturePages.find((fixture) => fixture.name === 'facebook-two-chats')!;
  const { sam, alex } = chats.boxes!;
  await page.goto(chats.url);
  await page.locator(sam!.boxSelector).click();
  await page.keyboard.type(VAGUE, { delay: 10 });
  await expect(title(page)).toContainText('with Sam');
  await page.locator(alex!.boxSelector).click();
  await expect(page.locator('[data-someday="suggestion"]')).toHaveCount(0);
  await page.keyboard.type('miss you! we should get dinner soon', { delay: 10 });
  await expect(title(page)).toContainText('with Alex');
  await page.keyboard.press('Tab');
  await expect.poll(() => page.evaluate(() => window.__fixtures!.alex!.model())).toMatch(/^Want to get coffee, Alex\?/);
  expect(await page.evaluate(() => window.__fixtures!.sam!.model())).toBe(VAGUE);
});
