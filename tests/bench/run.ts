/**
 * `npm run bench`: runs every `tests/bench/*.bench.ts` in turn and prints its numbers.
 * Exits non-zero only if a benchmark throws; a missed target is printed as MISS.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchResults } from './harness.ts';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((word) => file.includes(word)))
  .sort();

for (const file of files) {
  console.log(`\n# ${file}`);
  await import(pathToFileURL(join(here, file)).href);
}

const missed = benchResults().filter((result) => !result.metTargets);
console.log(`\n${benchResults().length} benchmarks, ${missed.length} missed their target`);
