/**
 * `npm run bench:page`: what Someday costs a busy page along the person's path (issue 14). The feed
 * fixture adds and removes about 2,000 nodes a second; the person clicks the chat box, types "hey! we
 * should hang out sometime" (first card), clears and types it again (later cards), then types a plain
 * sentence. Each round runs without and with Someday, alternating, and the run prints medians of:
 * Someday's main-thread time per phase (CPU-profile samples with an extension frame on the stack),
 * long tasks (> 50 ms) with and without, keystroke to next frame (p95), JS heap growth, and the size of
 * every content-side file with the phase that loaded it. Then a soak: moving between conversations,
 * the heap sampled after GC (60 s by default; --full-soak for 10 minutes).
 *
 * Needs a build (`npm run build`) and the fixtures (`node scripts/build-fixtures.mjs`).
 * Flags: --rounds N, --soak-seconds N, --full-soak, --no-soak, --verbose (heaviest Someday functions).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { fixturePages } from '../fixtures/pages';
import { fixturesDistDir } from '../fixtures/route';
import { TYPING_PAUSE_MS } from '../../page/typing';
import { PHASES, runPath, type PathResult, type PhaseName } from './page/person';
import { contentFiles } from './page/sizes';
import { runSoak } from './page/soak';

const { values: flags } = parseArgs({
  options: {
    rounds: { type: 'string' },
    'soak-seconds': { type: 'string' },
    'full-soak': { type: 'boolean', default: false },
    'no-soak': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});

const EXTENSION = resolve(process.env.SOMEDAY_EXTENSION ?? '.output/chrome-mv3');
const ROUNDS = Number(flags.rounds ?? process.env.BENCH_ROUNDS ?? 3);
const SOAK_SECONDS = flags['full-soak'] ? 600 : Number(flags['soak-seconds'] ?? process.env.BENCH_SOAK_SECONDS ?? 60);
const IDLE_SECONDS = 3;
const LATER_CARDS = 5;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const percentile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const pad = (text: string, width: number) => text.padEnd(width);

/** What each phase is held to (issue 14). */
const TARGETS: Record<PhaseName, string> = {
  idle: '≪ 1 ms',
  'first card': '≤ 30 ms',
  'later cards': '≤ 3 ms per card',
  typing: 'as without',
};

async function main() {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('Build Someday first: npm run build');
  const feed = fixturePages.find((page) => page.name === 'feed-churn')!;
  if (!existsSync(join(fixturesDistDir, feed.file))) throw new Error('Build the fixtures first: node scripts/build-fixtures.mjs');

  // The machine is shared: its load says how far the figures can be trusted.
  const load = () => loadavg().map((value) => value.toFixed(1)).join(' ');
  console.log(`machine: ${cpus().length} cores, load average ${load()} (1, 5, 15 min)`);
  const withSomeday: PathResult[] = [];
  const without: PathResult[] = [];
  const options = { extension: EXTENSION, idleSeconds: IDLE_SECONDS, laterCards: LATER_CARDS };
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate, so drift on the machine falls on both sides.
    without.push(await runPath({ ...options, withSomeday: false }));
    withSomeday.push(await runPath({ ...options, withSomeday: true }));
    const last = withSomeday[round]!.phases;
    console.log(
      `round ${round + 1}: Someday ${PHASES.map((name) => `${name} ${ms(last[name].someday.ms)}`).join(', ')}; ` +
        `long tasks ${PHASES.map((name) => `${without[round]!.phases[name].longTasks}/${last[name].longTasks}`).join(' ')} (without/with)`,
    );
  }

  // Which phase fetched each content-side file, from the first round with Someday.
  const loadedIn = new Map<string, string>();
  for (const name of PHASES) for (const path of withSomeday[0]?.phases[name].fetched ?? []) if (!loadedIn.has(path)) loadedIn.set(path, name);
  console.log('\ncontent-side files (raw, gzip; when the path loaded each):');
  let total = 0;
  for (const file of contentFiles(EXTENSION)) {
    total += file.gzipBytes;
    const when = file.path === 'focus-watch.js' ? 'page load (content script)' : (loadedIn.get(`/${file.path}`) ?? 'not loaded on this path');
    const strays = file.strays.length > 0 ? `  CARRIES ${file.strays.join(', ')}` : '';
    console.log(`  ${pad(file.path, 44)} ${kib(file.bytes).padStart(10)} ${kib(file.gzipBytes).padStart(10)}  ${when}${strays}`);
  }
  console.log(`  ${pad('total', 44)} ${''.padStart(10)} ${kib(total).padStart(10)}`);

  console.log(`\nbusy feed, the person's path, ${ROUNDS} rounds each, without and with Someday, alternating (medians; load now ${load()}):`);
  console.log(`  ${pad('phase', 13)}${pad("Someday's main thread", 24)}${pad('target', 18)}${pad('long tasks without / with (longest with)', 42)}key→frame p95 without / with`);
  for (const name of PHASES) {
    const perCard = name === 'later cards' ? LATER_CARDS : 1;
    const ours = median(withSomeday.map((r) => r.phases[name].someday.ms / perCard));
    const longWithout = median(without.map((r) => r.phases[name].longTasks));
    const longWith = median(withSomeday.map((r) => r.phases[name].longTasks));
    const longest = median(withSomeday.map((r) => r.phases[name].longestTaskMs));
    const p95 = (results: PathResult[]) => median(results.map((r) => percentile(r.phases[name].keys, 0.95)));
    const keys = name === 'idle' ? '' : `${ms(p95(without))} / ${ms(p95(withSomeday))}`;
    console.log(
      `  ${pad(name, 13)}${pad(`${ms(ours)}${perCard > 1 ? ' per card' : ''}`, 24)}${pad(TARGETS[name], 18)}` +
        `${pad(`${longWithout} / ${longWith}${longWith > 0 ? ` (${ms(longest)})` : ''}`, 42)}${keys}`,
    );
  }
  const allKeys = (results: PathResult[]) => median(results.map((r) => percentile(PHASES.flatMap((name) => r.phases[name].keys), 0.95)));
  console.log(`  keystroke to next frame, every key of the path, p95: ${ms(allKeys(without))} without, ${ms(allKeys(withSomeday))} with`);
  const heapWithout = median(without.map((r) => r.heapGrowthBytes));
  const heapWith = median(withSomeday.map((r) => r.heapGrowthBytes));
  console.log(
    `  JS heap growth over the path (after GC): ${mib(heapWithout)} without, ${mib(heapWith)} with; ` +
      `Someday's share ${mib(heapWith - heapWithout)} (target ≤ 2 MB)`,
  );
  const firstCard = median(withSomeday.flatMap((r) => r.phases['first card'].cardMs));
  const laterCard = median(withSomeday.flatMap((r) => r.phases['later cards'].cardMs));
  console.log(`  last key to card (the ${TYPING_PAUSE_MS} ms typing pause included): first card ${ms(firstCard)}, later cards ${ms(laterCard)}`);

  if (flags.verbose) {
    for (const name of PHASES) {
      console.log(`\nheaviest Someday functions (self time), ${name}, round 1:`);
      for (const { name: fn, ms: time } of withSomeday[0]?.phases[name].someday.top ?? []) console.log(`  ${ms(time).padStart(9)}  ${fn}`);
    }
  }

  if (flags['no-soak'] || SOAK_SECONDS <= 0) return;
  console.log(`\nsoak: ${SOAK_SECONDS} s moving between conversations (new composer each time, wish typed, card, Escape), without and with Someday…`);
  for (const withIt of [false, true]) {
    const soak = await runSoak(EXTENSION, SOAK_SECONDS, withIt);
    const heaps = soak.samples.map(([, bytes]) => bytes);
    console.log(
      `  ${withIt ? 'with   ' : 'without'}: ${soak.cycles} boxes; heap after GC: first ${mib(heaps[0]!)}, last ${mib(heaps.at(-1)!)}, ` +
        `highest ${mib(Math.max(...heaps))}; trend ${mib(soak.slopeBytesPerMinute)} per minute`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
