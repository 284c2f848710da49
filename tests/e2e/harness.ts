/**
 * The end-to-end harness: a real Chromium with the built extension, and the fixture pages served at
 * the real site hostnames through request routing, so the manifest's match patterns fire as on the sites.
 */
import { existsSync, readFileSync } from 'node:fs';
import { appendFile, mkdir } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../scripts/chromium';
import { fixturePages } from '../fixtures/pages';

export const EXTENSION_PATH = resolve(process.env.SOMEDAY_EXTENSION ?? '.output/chrome-mv3');
export const FIXTURE_DIST = resolve('tests/fixtures/dist');
export const LATENCY_LOG = resolve('test-results/card-latency.jsonl');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Extra pages a test serves at a site URL, beyond the editor fixtures: HTML, or any body with its type. */
export type ExtraPages = Record<string, string | ExtraResponse>;

/** A non-HTML answer, such as a calendar feed. */
export interface ExtraResponse {
  body: string | Buffer;
  contentType: string;
  status?: number;
}

async function routeFixtures(context: BrowserContext, extra: ExtraPages): Promise<void> {
  const pagesByUrl = new Map(fixturePages.map((page) => [new URL(page.url).href, page.file]));
  const hosts = new Set(fixturePages.map((page) => new URL(page.url).host));
  for (const url of Object.keys(extra)) hosts.add(new URL(url).host);
  await context.route(
    (url) => url.protocol === 'https:' || url.protocol === 'http:',
    async (route) => {
      const url = new URL(route.request().url());
      if (!hosts.has(url.host)) return route.abort('internetdisconnected');
      const inline = extra[url.href];
      if (typeof inline === 'string') return route.fulfill({ contentType: MIME['.html'], body: inline });
      if (inline !== undefined) return route.fulfill({ status: inline.status ?? 200, contentType: inline.contentType, body: inline.body });
      const page = pagesByUrl.get(url.href);
      const file = page ? join(FIXTURE_DIST, page) : join(FIXTURE_DIST, url.pathname);
      if (!file.startsWith(FIXTURE_DIST) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ contentType: MIME[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    },
  );
}

/** Page-world timing: when the last key went down and when the card's host appeared. */
function recordCardLatency(): void {
  const timing = { lastKeyAt: 0, shownAt: [] as number[], latencies: [] as number[] };
  Object.defineProperty(window, '__somedayTiming', { value: timing });
  window.addEventListener('keydown', () => (timing.lastKeyAt = performance.now()), true);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && node.getAttribute('data-someday') === 'suggestion') {
          const now = performance.now();
          timing.shownAt.push(now);
          if (timing.lastKeyAt) timing.latencies.push(now - timing.lastKeyAt);
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

interface Fixtures {
  extraPages: ExtraPages;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  page: Page;
}

export interface WorkerFixtures {
  /**
   * 'fresh': every test gets a new browser profile (the default). 'shared': every test in a worker
   * runs in one profile that is never cleared, as a person's browser is: storage, the invite log
   * and settings carry over from test to test (a project in playwright.config.ts sets it).
   */
  profile: 'fresh' | 'shared';
  sharedContext: BrowserContext | null;
}

async function launchWithExtension(): Promise<BrowserContext> {
  if (!existsSync(join(EXTENSION_PATH, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_PATH}: run \`npm run build\` first.`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: true,
    args: chromiumArgs(EXTENSION_PATH),
    viewport: { width: 1100, height: 800 },
  });
  await context.addInitScript(recordCardLatency);
  return context;
}

/** Keeps the pages' card timings for the latency summary. */
async function keepLatencies(context: BrowserContext, title: string): Promise<void> {
  const latencies: number[] = [];
  for (const page of context.pages()) {
    const values = await page
      .evaluate(() => (window as unknown as { __somedayTiming?: { latencies: number[] } }).__somedayTiming?.latencies ?? [])
      .catch(() => []);
    latencies.push(...values);
  }
  if (latencies.length > 0) {
    await mkdir(resolve('test-results'), { recursive: true });
    await appendFile(LATENCY_LOG, `${JSON.stringify({ test: title, latencies })}\n`);
  }
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  profile: ['fresh', { scope: 'worker', option: true }],
  sharedContext: [
    async ({ profile }, use) => {
      if (profile !== 'shared') return use(null);
      const context = await launchWithExtension();
      await routeFixtures(context, {});
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  extraPages: [{}, { option: true }],
  context: async ({ extraPages, sharedContext }, use, testInfo) => {
    if (sharedContext) {
      if (Object.keys(extraPages).length > 0) {
        throw new Error('extraPages needs a fresh profile: the shared profile routes the fixture pages only.');
      }
      await use(sharedContext);
      await keepLatencies(sharedContext, testInfo.title);
      // Pages the test opened close, as a person closes tabs; the first tab and the profile stay.
      for (const page of sharedContext.pages().slice(1)) await page.close();
      return;
    }
    const context = await launchWithExtension();
    await routeFixtures(context, extraPages);
    await use(context);
    await keepLatencies(context, testInfo.title);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  page: async ({ context }, use, testInfo) => {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    const onError = (error: Error) => errors.push(error.message);
    page.on('pageerror', onError);
    await use(page);
    page.off('pageerror', onError);
    if (testInfo.status !== testInfo.expectedStatus) {
      const path = testInfo.outputPath('failure.png');
      await page.screenshot({ path, fullPage: true }).catch(() => undefined);
      testInfo.attachments.push({ name: 'screenshot', path, contentType: 'image/png' });
    }
    expect(errors, 'the page threw no errors').toEqual([]);
  },
});

export { expect };

/** Sets a storage area's values from the extension's service worker. */
export async function setStorage(worker: Worker, area: 'local' | 'sync', values: Record<string, unknown>): Promise<void> {
  await worker.evaluate(
    async ({ area, values }) => {
      type StorageArea = { set(values: Record<string, unknown>): Promise<void> };
      const api = (globalThis as unknown as { chrome: { storage: Record<'local' | 'sync', StorageArea> } }).chrome;
      await api.storage[area].set(values);
    },
    { area, values },
  );
}
