/**
 * `npm run bench:page`: what Someday costs a busy page. A fixture feed adds and removes about
 * 2,000 nodes a second for 10 seconds; it runs with Someday loaded and without, alternating, and
 * the run prints main-thread scripting time, long tasks, Someday's own main-thread time and its
 * start-up, then the time from a typing pause to the card, and the content script's size.
 *
 * Needs a build (`npm run build`) and the fixtures (`node scripts/build-fixtures.mjs`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../scripts/chromium';
import { FOCUS_WATCH_SCRIPT, SUGGESTIONS_SCRIPT } from '../../utils/lazy-start';
import { TYPING_PAUSE_MS } from '../../utils/typing';
import { fixturePages } from '../fixtures/pages';

const EXTENSION = resolve(process.env.SOMEDAY_EXTENSION ?? '.output/chrome-mv3');
const DIST = resolve('tests/fixtures/dist');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const feed = fixturePages.find((page) => page.name === 'feed-churn')!;

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string; functionName?: string } };
}

interface RoundResult {
  scriptingMs: number;
  taskMs: number;
  longTasks: number;
  longestTaskMs: number;
  somedayMs: number;
  somedayLongestMs: number;
  startupMs: number | null;
}

async function launch(withSomeday: boolean): Promise<BrowserContext> {
  const args = withSomeday
    ? chromiumArgs(EXTENSION)
    : chromiumArgs(EXTENSION).filter((arg) => !arg.includes('extension'));
  const context = await chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: true,
    args: withSomeday ? args : [...args, '--disable-extensions'],
  });
  await context.route(
    (url) => url.protocol === 'https:',
    (route) => {
      const url = new URL(route.request().url());
      const page = fixturePages.find((candidate) => new URL(candidate.url).pathname === url.pathname && new URL(candidate.url).host === url.host);
      return page ? route.fulfill({ path: join(DIST, page.file) }) : route.abort();
    },
  );
  return context;
}

async function trace(cdp: CDPSession, work: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] },
    transferMode: 'ReportEvents',
  });
  await work();
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

const isSomeday = (event: TraceEvent) => {
  const data = event.args?.data;
  return [data?.url, data?.scriptName].some((url) => url?.startsWith('chrome-extension://'));
};

async function churnRound(withSomeday: boolean): Promise<RoundResult> {
  const context = await launch(withSomeday);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    let before = new Map<string, number>();
    let after = new Map<string, number>();
    const metrics = async () =>
      new Map(((await cdp.send('Performance.getMetrics')).metrics as { name: string; value: number }[]).map((m) => [m.name, m.value]));
    const events = await trace(cdp, async () => {
      await page.goto(`${feed.url}?seconds=${SECONDS}`);
      before = await metrics();
      await page.waitForFunction(() => window.__churn?.running === false && (window.__churn?.ticks ?? 0) > 0, null, {
        timeout: (SECONDS + 20) * 1000,
      });
      after = await metrics();
    });
    const mainThread = events.find((event) => event.name === 'RunTask' && (event.dur ?? 0) > 0)?.tid;
    const tasks = events.filter((event) => event.name === 'RunTask' && event.tid === mainThread && event.ph === 'X');
    const long = tasks.filter((event) => (event.dur ?? 0) > 50_000);
    const ours = events.filter((event) => event.ph === 'X' && isSomeday(event));
    // The content script's own evaluation (compile included); the rest loads only on first focus.
    const startup = ours.filter((event) => event.name === 'EvaluateScript' && event.args?.data?.url?.endsWith(`/${FOCUS_WATCH_SCRIPT}`));
    const delta = (name: string) => ((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000;
    return {
      scriptingMs: delta('ScriptDuration'),
      taskMs: delta('TaskDuration'),
      longTasks: long.length,
      longestTaskMs: Math.max(0, ...long.map((event) => (event.dur ?? 0) / 1000)),
      somedayMs: ours.reduce((sum, event) => sum + (event.dur ?? 0) / 1000, 0),
      somedayLongestMs: Math.max(0, ...ours.map((event) => (event.dur ?? 0) / 1000)),
      startupMs: withSomeday ? startup.reduce((sum, event) => sum + (event.dur ?? 0) / 1000, 0) : null,
    };
  } finally {
    await context.close();
  }
}

/** Time from the typing pause to the card: last key, then the pause, then the card's host appears. */
async function cardLatencies(samples: number): Promise<number[]> {
  const context = await launch(true);
  const latencies: number[] = [];
  try {
    const page: Page = context.pages()[0] ?? (await context.newPage());
    const messenger = fixturePages.find((candidate) => candidate.kind === 'lexical')!;
    await page.goto(messenger.url);
    await page.evaluate(() => {
      const timing = { lastKeyAt: 0, shown: [] as number[] };
      Object.assign(window, { __timing: timing });
      window.addEventListener('keydown', () => (timing.lastKeyAt = performance.now()), true);
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes)
            if (node instanceof Element && node.getAttribute('data-someday') === 'suggestion')
              timing.shown.push(performance.now() - timing.lastKeyAt);
      }).observe(document.body, { childList: true });
    });
    const box = page.locator(messenger.boxSelector);
    await box.click();
    for (let i = 0; i < samples; i++) {
      await page.keyboard.type('hey! we should hang out sometime', { delay: 12 });
      await page.locator('[data-someday="preview"]').waitFor();
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Backspace');
      await page.locator('[data-someday="suggestion"]').waitFor({ state: 'detached' });
    }
    latencies.push(...(await page.evaluate(() => (window as unknown as { __timing: { shown: number[] } }).__timing.shown)));
  } finally {
    await context.close();
  }
  return latencies.map((ms) => ms - TYPING_PAUSE_MS);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const percentile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main() {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('Build Someday first: npm run build');
  if (!existsSync(join(DIST, feed.file))) throw new Error('Build the fixtures first: node scripts/build-fixtures.mjs');

  for (const [label, file] of [
    ['content script', FOCUS_WATCH_SCRIPT],
    ['card code, loaded on first focus of a box', SUGGESTIONS_SCRIPT.slice(1)],
  ] as const) {
    const script = readFileSync(join(EXTENSION, file));
    console.log(`${label}: ${(script.length / 1024).toFixed(1)} KiB raw, ${(gzipSync(script).length / 1024).toFixed(1)} KiB gzip`);
  }

  const withSomeday: RoundResult[] = [];
  const without: RoundResult[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate, so drift on the machine falls on both sides.
    without.push(await churnRound(false));
    withSomeday.push(await churnRound(true));
    console.log(
      `round ${round + 1}: scripting ${ms(without[round]!.scriptingMs)} without, ${ms(withSomeday[round]!.scriptingMs)} with; ` +
        `Someday's own ${ms(withSomeday[round]!.somedayMs)}`,
    );
  }
  const scriptingWithout = median(without.map((r) => r.scriptingMs));
  const scriptingWith = median(withSomeday.map((r) => r.scriptingMs));
  const ownMs = median(withSomeday.map((r) => r.somedayMs));
  console.log(`\nfeed churn, ${SECONDS} s × ${ROUNDS} rounds each (medians):`);
  console.log(`  main-thread scripting: ${ms(scriptingWithout)} without Someday, ${ms(scriptingWith)} with`);
  console.log(
    `  difference: ${(((scriptingWith - scriptingWithout) / scriptingWithout) * 100).toFixed(2)}% (noise between rounds included)`,
  );
  console.log(
    `  Someday's own main-thread time: ${ms(ownMs)} = ${((ownMs / scriptingWith) * 100).toFixed(2)}% of scripting (target ≤ 2%)`,
  );
  console.log(
    `  long tasks (> 50 ms): ${median(without.map((r) => r.longTasks))} without, ${median(withSomeday.map((r) => r.longTasks))} with; ` +
      `Someday's longest task: ${ms(Math.max(...withSomeday.map((r) => r.somedayLongestMs)))} (target: none over 50 ms)`,
  );
  console.log(
    `  content script start-up (compile + evaluate): median ${ms(median(withSomeday.map((r) => r.startupMs ?? NaN)))} (target ≤ 3 ms)`,
  );

  const latencies = await cardLatencies(Number(process.env.BENCH_CARDS ?? 20));
  console.log(
    `\ntyping pause (${TYPING_PAUSE_MS} ms) to card, ${latencies.length} cards: median ${ms(median(latencies))}, ` +
      `p95 ${ms(percentile(latencies, 0.95))}, worst ${ms(Math.max(...latencies))} (target p95 ≤ 100 ms)`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
