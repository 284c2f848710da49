/**
 * The person's path in a real Firefox: Debian's firefox-esr driven over WebDriver BiDi by
 * puppeteer-core, with the built Firefox extension installed as a temporary add-on, and every
 * suite fixture page answered at its real hostname by request interception (the manifest's match
 * patterns then fire as on the sites). No browser is downloaded; no request leaves the machine.
 *
 * Run `npm run build:firefox && node scripts/build-fixtures.mjs` first. Writes reports/firefox.json,
 * which scripts/test-summary.mjs counts. `SOMEDAY_FIREFOX` names another Firefox binary;
 * `--grep <text>` runs only the cases whose title holds it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { DEFAULT_ACTIVITY_ID } from '../../core/templates';
import { greetingFor, MULTI_LINE_TEMPLATE, multiLineInviteFor, suitePages, vagueWishFor, type SiteFixturePage } from '../fixtures/pages';

const EXTENSION = resolve(process.env.SOMEDAY_FIREFOX_EXTENSION ?? '.output/firefox-mv3');
const FIXTURE_DIST = resolve('tests/fixtures/dist');
const REPORT = resolve('reports/firefox.json');
const FIREFOX = process.env.SOMEDAY_FIREFOX ?? '/usr/bin/firefox-esr';
const CONCRETE = "let's meet Saturday at 3";
const CASE_TIMEOUT_MS = 30_000;

interface CaseResult {
  title: string;
  status: 'passed' | 'failed';
  durationMs: number;
  error?: string;
}

type Case = (page: Page, fixture: SiteFixturePage) => Promise<void>;

class Failure extends Error {}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Failure(message);
}

const model = (page: Page) => page.evaluate(() => window.__fixture!.model());
const cardCount = (page: Page) => page.evaluate(() => document.querySelectorAll('[data-someday="suggestion"]').length);
const previewText = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('[data-someday="suggestion"]');
    const preview = host?.shadowRoot?.querySelector<HTMLElement>('[data-someday="preview"]');
    return preview && preview.getClientRects().length > 0 ? preview.innerText : null;
  });

/** Polls `read` until `accept` holds, like Playwright's expect.poll; fails with the last value seen. */
async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!accept(last)) {
    if (Date.now() > deadline) throw new Failure(`${what}: last saw ${JSON.stringify(last)}`);
    await new Promise((done) => setTimeout(done, 50));
    last = await read();
  }
  return last;
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function typeInto(page: Page, fixture: SiteFixturePage, text: string) {
  await page.click(fixture.boxSelector);
  await page.keyboard.type(text, { delay: 15 });
}

async function showCard(page: Page, fixture: SiteFixturePage): Promise<string> {
  await typeInto(page, fixture, vagueWishFor(fixture.surface));
  const invite = await until(() => previewText(page), (text) => text !== null, 'the card with its invite');
  return invite!;
}

const CASES: Record<string, Case> = {
  async 'a vague wish shows the card with free times, in the top layer and the viewport'(page, fixture) {
    const invite = await showCard(page, fixture);
    check(invite.includes("I'm free"), `the invite names free times: ${invite}`);
    const placed = await page.evaluate(() => {
      const host = document.querySelector('[data-someday="suggestion"]')!;
      const card = host.shadowRoot?.querySelector('.card')?.getBoundingClientRect();
      return {
        topLayer: host.matches(':popover-open'),
        inside: !!card && card.left >= 0 && card.top >= 0 && card.right <= innerWidth && card.bottom <= innerHeight,
      };
    });
    check(placed.topLayer, 'the card is in the top layer (popover)');
    check(placed.inside, 'the card is inside the viewport');
    const focusInCard = await page.evaluate(() => document.activeElement?.closest('[data-someday]') != null);
    check(!focusInCard, 'the card never takes focus while the person types');
  },
  async 'Tab puts the invite in the editor model'(page, fixture) {
    const invite = await showCard(page, fixture);
    await page.keyboard.press('Tab');
    await until(() => model(page), (text) => text === `${greetingFor(fixture.surface)} ${invite}`, 'the model holds the invite');
    await until(() => cardCount(page), (count) => count === 0, 'the card closes');
  },
  async 'Escape leaves the text as it was'(page, fixture) {
    await showCard(page, fixture);
    await page.keyboard.press('Escape');
    await until(() => cardCount(page), (count) => count === 0, 'the card closes');
    check((await model(page)) === vagueWishFor(fixture.surface), `the text is unchanged: ${await model(page)}`);
    await page.keyboard.type('!', { delay: 15 });
    await until(() => model(page), (text) => text === `${vagueWishFor(fixture.surface)}!`, 'the caret stayed in the box');
  },
  async 'a concrete time shows no card'(page, fixture) {
    await typeInto(page, fixture, CONCRETE);
    await pause(900);
    check((await cardCount(page)) === 0, 'no card for a message that names a time');
    check((await model(page)) === CONCRETE, `the text is unchanged: ${await model(page)}`);
  },
  async 'Ctrl+Z after accepting brings the old text back'(page, fixture) {
    await showCard(page, fixture);
    // Editors fold quick edits into one undo step; a person pauses before accepting.
    await pause(1100);
    await page.keyboard.press('Tab');
    await until(() => model(page), (text) => text !== vagueWishFor(fixture.surface), 'the invite lands');
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await until(() => model(page), (text) => text === vagueWishFor(fixture.surface), 'Ctrl+Z restores the old text');
  },
  async 'a multi-line invite: blank line kept (one line in Draft.js), Ctrl+Z takes it back'(page, fixture) {
    await useMultiLineTemplate(page, fixture);
    await showCard(page, fixture);
    await pause(1100);
    await page.keyboard.press('Tab');
    // Firefox drops the text of a synthetic paste, the only way a script makes Draft.js blocks: there
    // the invite deliberately goes in as one line. Every other editor keeps the blank line.
    const lines = fixture.kind !== 'draft';
    const expected = multiLineInviteFor(fixture.surface, lines ? 'lines' : 'one line');
    await until(() => model(page), (text) => expected.test(text), lines ? 'the model holds all three lines' : 'the model holds the invite on one line');
    // Accepted, not a failure notice: the card closes.
    await until(() => cardCount(page), (count) => count === 0, 'the card closes');
    // The editors' own histories take the whole invite back in one step. A plain contenteditable has
    // only the browser's history, which in Firefox records each typed line and paragraph as its own
    // step (docs/FIREFOX.md): there Ctrl+Z walks back line by line to exactly the old text.
    // Seen in Firefox 153: the last line, the two paragraphs, the first line.
    const steps = fixture.kind === 'contenteditable' ? 3 : 1;
    const seen: string[] = [];
    for (let step = 1; step <= steps; step++) {
      await page.keyboard.down('Control');
      await page.keyboard.press('z');
      await page.keyboard.up('Control');
      await pause(step < steps ? 200 : 0);
      seen.push(await model(page));
    }
    await until(() => model(page), (text) => text === vagueWishFor(fixture.surface), `Ctrl+Z ×${steps} restores the old text (after each: ${JSON.stringify(seen)})`);
  },
};

/**
 * Sets a wording with a blank line on the extension's own page. A BiDi session cannot open a
 * moz-extension:// address itself, so the card's settings button opens the options page, as a
 * person would, and the test writes the wording there through the extension's storage.
 */
async function useMultiLineTemplate(page: Page, fixture: SiteFixturePage): Promise<void> {
  await showCard(page, fixture);
  const at = await page.evaluate(() => {
    const button = document.querySelector('[data-someday="suggestion"]')?.shadowRoot?.querySelector<HTMLElement>('button.settings');
    // The card scrolls when the room beside the box is short (a dialog low on the page): bring the
    // button into the card's view first, as a person scrolls the card.
    button?.scrollIntoView({ block: 'nearest' });
    const rect = button?.getBoundingClientRect();
    return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
  });
  check(at !== null, "the card's settings button");
  const browser = page.browser();
  await page.mouse.click(at.x, at.y);
  const options = await until(
    async () => {
      // BiDi may still report the extension's tab as about:blank: ask the tab itself where it is.
      const seen: string[] = [];
      for (const candidate of await browser.pages()) {
        if (candidate === page) continue;
        const href = await candidate.evaluate(() => location.href).catch((error: unknown) => `error ${String(error)}`);
        if (href.startsWith('moz-extension://') && href.includes('options.html')) return candidate;
        seen.push(href);
      }
      return seen.join(' ');
    },
    (found) => typeof found !== 'string',
    'the options page opened',
  );
  if (typeof options === 'string') throw new Failure('no options page');
  const template = { en: MULTI_LINE_TEMPLATE };
  await options.evaluate(
    async (wording) => {
      const api = (globalThis as unknown as { browser: { storage: { sync: { set(values: object): Promise<void> } } } }).browser;
      await api.storage.sync.set({ wording });
    },
    { templates: { social: template, business: template }, customActivities: [], defaultActivity: DEFAULT_ACTIVITY_ID },
  );
  await options.close();
  await page.bringToFront();
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
}

function routeFixtures(page: Page): void {
  const files = new Map(suitePages.map((fixture) => [new URL(fixture.url).href, fixture.file]));
  const hosts = new Set(suitePages.map((fixture) => new URL(fixture.url).host));
  page.on('request', (request: HTTPRequest) => {
    const url = new URL(request.url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return void request.continue();
    if (!hosts.has(url.host)) return void request.abort('internetdisconnected');
    const file = files.get(url.href);
    if (!file) return void request.respond({ status: 404, contentType: 'text/plain', body: 'not a Someday fixture' });
    return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(FIXTURE_DIST, file)) });
  });
}

async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Failure(`${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function runCase(browser: Browser, fixture: SiteFixturePage, name: string, run: Case): Promise<CaseResult> {
  const title = `${fixture.kind} (${fixture.name}) › ${name}`;
  const started = Date.now();
  // A fresh tab per case: the first tab of a BiDi session never has focus (EDITORS.md).
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  try {
    await page.setRequestInterception(true);
    routeFixtures(page);
    await withTimeout(
      (async () => {
        await page.goto(fixture.url, { waitUntil: 'load' });
        await page.waitForSelector(fixture.boxSelector);
        await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
        await run(page, fixture);
      })(),
      CASE_TIMEOUT_MS,
      title,
    );
    check(errors.length === 0, `the page threw: ${errors.join('; ')}`);
    return { title, status: 'passed', durationMs: Date.now() - started };
  } catch (error) {
    return { title, status: 'failed', durationMs: Date.now() - started, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await page.close().catch(() => undefined);
  }
}

async function main(): Promise<number> {
  const grepAt = process.argv.indexOf('--grep');
  const grep = grepAt > 0 ? process.argv[grepAt + 1] : undefined;
  if (!existsSync(join(EXTENSION, 'manifest.json'))) {
    console.error(`No built Firefox extension at ${EXTENSION}: run \`npm run build:firefox\` first.`);
    return 1;
  }
  if (!existsSync(FIREFOX)) {
    console.error(`No Firefox at ${FIREFOX}: install Debian's firefox-esr (apt-get install firefox-esr) or set SOMEDAY_FIREFOX.`);
    return 1;
  }
  const launchedAt = Date.now();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1100, height: 800 },
    extraPrefsFirefox: {
      // Nothing leaves the machine: no updates, telemetry or remote settings.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  });
  const results: CaseResult[] = [];
  try {
    console.log(`Firefox: ${await browser.version()}, started in ${((Date.now() - launchedAt) / 1000).toFixed(1)} s`);
    for (const fixture of suitePages) {
      const cases = Object.entries(CASES).filter(([name]) => !grep || `${fixture.kind} (${fixture.name}) › ${name}`.includes(grep));
      if (cases.length === 0) continue;
      // A fresh install per fixture, as Playwright gives each test a fresh profile: accepted invites
      // hold their times as busy, so a profile that accepted many would have no free time left to offer.
      // Uninstalling a temporary add-on removes its storage.
      const id = await browser.installExtension(EXTENSION);
      for (const [name, run] of cases) {
        const result = await runCase(browser, fixture, name, run);
        results.push(result);
        const mark = result.status === 'passed' ? '  ✓' : '  ✘';
        console.log(`${mark} ${result.title} (${result.durationMs} ms)${result.error ? `\n      ${result.error}` : ''}`);
      }
      await browser.uninstallExtension(id);
    }
  } finally {
    await browser.close();
  }
  const passed = results.filter((result) => result.status === 'passed').length;
  const failed = results.length - passed;
  mkdirSync(resolve('reports'), { recursive: true });
  writeFileSync(REPORT, JSON.stringify({ browser: 'firefox', passed, failed, durationMs: Date.now() - launchedAt, results }, null, 2));
  console.log(`firefox: ${passed} passed, ${failed} failed in ${((Date.now() - launchedAt) / 1000).toFixed(1)} s`);
  return failed > 0 || results.length === 0 ? 1 : 0;
}

process.exitCode = await main();
