/**
 * The editor writers on their own, against every real editor: the writers are bundled and run in
 * the page, where they behave as in the content script (the same DOM, selection and execCommand).
 */
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { fixturePages } from '../fixtures/pages';
import { expect, test } from './harness';

let bundle = '';
test.beforeAll(async () => {
  const result = await build({
    stdin: {
      contents: `import { replaceInBox, writerFor } from './page/editors';
        window.__writers = {
          lastInputAt: undefined,
          replace: (selector, phrase, insert) => {
            const box = document.querySelector(selector);
            const text = writerFor(box).readText(box);
            return replaceInBox(box, text.indexOf(phrase), phrase, insert, { lastInputAt: window.__writers.lastInputAt });
          },
          caret: (selector) => { const box = document.querySelector(selector); return writerFor(box).caretOffset(box); },
        };`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
  });
  bundle = result.outputFiles[0]!.text;
});

interface Writers {
  replace(selector: string, phrase: string, insert: string): Promise<{ ok: boolean; reason?: string }>;
  caret(selector: string): number | null;
}

const model = (page: Page) => page.evaluate(() => window.__fixture!.model());
const replace = (page: Page, selector: string, phrase: string, insert: string) =>
  page.evaluate(
    ([selector, phrase, insert]) => (window as unknown as { __writers: Writers }).__writers.replace(selector, phrase, insert),
    [selector, phrase, insert] as const,
  );

const editors = fixturePages.filter(
  (page, index, all) => page.kind !== 'demo' && all.findIndex((other) => other.kind === page.kind) === index,
);

for (const fixture of editors) {
  test.describe(`${fixture.kind} writer`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(fixture.url);
      await page.addScriptTag({ content: bundle });
      await page.locator(fixture.boxSelector).click();
    });

    test('replaces a span mid-text and leaves the caret after the insert', async ({ page }) => {
      await page.keyboard.type('hey! we should hang out sometime :) how is the job?', { delay: 5 });
      const outcome = await replace(page, fixture.boxSelector, 'we should hang out sometime :)', 'Coffee Tue 6–9pm?');
      expect(outcome).toEqual({ ok: true, caret: 'hey! Coffee Tue 6–9pm?'.length });
      expect(await model(page)).toBe('hey! Coffee Tue 6–9pm? how is the job?');
      await page.keyboard.type('!');
      await expect.poll(() => model(page)).toBe('hey! Coffee Tue 6–9pm?! how is the job?');
    });

    test('a multi-line invite becomes lines in the editor', async ({ page }) => {
      await page.keyboard.type('miss you! we should get dinner soon', { delay: 5 });
      const outcome = await replace(page, fixture.boxSelector, 'we should get dinner soon', 'Dinner?\nTue 6–9pm or Sat 10am–6pm');
      expect(outcome.ok).toBe(true);
      expect(await model(page)).toBe('miss you! Dinner?\nTue 6–9pm or Sat 10am–6pm');
    });

    test('one Ctrl+Z after a pause takes the replacement back', async ({ page }) => {
      await page.keyboard.type('we should hang out sometime', { delay: 5 });
      await page.waitForTimeout(1100);
      expect((await replace(page, fixture.boxSelector, 'hang out sometime', 'get coffee Tue?')).ok).toBe(true);
      expect(await model(page)).toBe('we should get coffee Tue?');
      await page.keyboard.press('Control+z');
      await expect.poll(() => model(page)).toBe('we should hang out sometime');
    });

    test('one Ctrl+Z straight after typing takes back only the replacement', async ({ page }) => {
      await page.keyboard.type('we should hang out sometime', { delay: 5 });
      await page.evaluate(() => ((window as unknown as { __writers: { lastInputAt: number } }).__writers.lastInputAt = performance.now()));
      expect((await replace(page, fixture.boxSelector, 'hang out sometime', 'get coffee Tue?')).ok).toBe(true);
      expect(await model(page)).toBe('we should get coffee Tue?');
      await page.keyboard.press('Control+z');
      await expect.poll(() => model(page)).toBe('we should hang out sometime');
    });

    test('a phrase that changed since the card appeared is left alone', async ({ page }) => {
      await page.keyboard.type('we should hang out', { delay: 5 });
      const outcome = await replace(page, fixture.boxSelector, 'we should hang out sometime', 'Coffee?');
      expect(outcome).toEqual({ ok: false, reason: 'gone' });
      expect(await model(page)).toBe('we should hang out');
    });

    test('a span across two lines', async ({ page }) => {
      await page.keyboard.type('miss you!', { delay: 5 });
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('we should get dinner soon', { delay: 5 });
      const outcome = await replace(page, fixture.boxSelector, 'miss you!\nwe should get dinner soon', 'Dinner Tue 6–9pm?');
      expect(outcome.ok).toBe(true);
      // Draft.js takes one block at a time: the first line stays and the wish on the second is replaced.
      expect(await model(page)).toBe(fixture.kind === 'draft' ? 'miss you!\nDinner Tue 6–9pm?' : 'Dinner Tue 6–9pm?');
    });
  });
}
