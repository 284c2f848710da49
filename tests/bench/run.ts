/**
 * `npm run bench`: runs every `tests/bench/*.bench.ts` in turn and prints its numbers.
 * Exits non-zero only if a benchmark throws; a missed target is printed as MISS.
 */
import { readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchResults } from './harness.ts';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((word) => file.includes(word)))
  .sort();

/** The machine is shared: every figure is printed with the load it was measured under. */
function load(): string {
  const [one, five] = loadavg();
  return `load average ${one?.toFixed(2) ?? '?'} (1 min), ${five?.toFixed(2) ?? '?'} (5 min) on ${availableParallelism()} cores`;
}

for (const file of files) {
  console.log(`\n# ${file} (${load()})`);
  await import(pathToFileURL(join(here, file)).href);
  console.log(`  (after ${file}: ${load()})`);
}

const missed = benchResults().filter((result) => !result.metTargets);
console.log(`\n${benchResults().length} benchmarks, ${missed.length} missed their target`);
