/**
 * The browser for the page benchmark: a headless Chromium with or without the built extension, the
 * fixture pages served at their real-site addresses, and a main-world probe that records what the
 * page feels (long tasks, keystroke to next frame, when the card's host appears).
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../../scripts/chromium';
import { routeFixturePages } from '../../fixtures/route';

export interface Probe {
  /** [start, duration] of every long task (> 50 ms) the page's event loop ran. */
  longTasks: [number, number][];
  /** [keydown time stamp, ms from it to just after the next frame]. */
  keys: [number, number][];
  /** performance.now() of every time the card's host was added to the page. */
  cardShown: number[];
}

declare global {
  interface Window {
    __bench?: Probe;
  }
}

/** Runs in the page's main world before its scripts. */
function installProbe(): void {
  const probe: Probe = { longTasks: [], keys: [], cardShown: [] };
  Object.defineProperty(window, '__bench', { value: probe });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  // After the next frame: a message posted from requestAnimationFrame arrives once that frame is done.
  window.addEventListener(
    'keydown',
    (event) => {
      const pressedAt = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => probe.keys.push([pressedAt, performance.now() - pressedAt]);
        channel.port2.postMessage(null);
      });
    },
    true,
  );
  // A card shows when a host carrying data-someday="suggestion" enters the page or gets the attribute
  // (a hidden card's host stays on the page without it).
  const isCard = (node: Node) => node instanceof Element && node.getAttribute('data-someday') === 'suggestion';
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes' ? isCard(record.target) : [...record.addedNodes].some(isCard)) probe.cardShown.push(performance.now());
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-someday'] });
}

export interface BenchBrowser {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** Extension files the page fetched, in order, with the phase each was fetched in. */
  fetched: { url: string; phase: string }[];
  phase: { name: string };
}

export async function launch(extension: string, withSomeday: boolean): Promise<BenchBrowser> {
  const args = chromiumArgs(extension);
  const context = await chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: true,
    args: withSomeday ? args : [...args.filter((arg) => !arg.includes('extension')), '--disable-extensions'],
    viewport: { width: 1100, height: 800 },
  });
  await routeFixturePages(context);
  await context.addInitScript(installProbe);
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  const phase = { name: 'load' };
  const fetched: { url: string; phase: string }[] = [];
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', ({ request }) => {
    if (/^(chrome|moz)-extension:/.test(request.url)) fetched.push({ url: request.url, phase: phase.name });
  });
  await cdp.send('Profiler.enable');
  // 100 µs samples: a 3 ms card is 30 samples, not 3.
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  return { context, page, cdp, fetched, phase };
}

/** The page's JS heap (every world: the extension's isolated world shares the page's isolate), after a full GC. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

export const pageNow = (page: Page) => page.evaluate(() => performance.now());
export const probeOf = (page: Page) => page.evaluate(() => window.__bench!);
