/** Prints the median and worst time from the last keystroke to the card appearing, over the whole run. */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { Reporter } from '@playwright/test/reporter';
import { resolve } from 'node:path';

const LOG = resolve('test-results/card-latency.jsonl');

export default class LatencyReporter implements Reporter {
  onBegin(): void {
    rmSync(LOG, { force: true });
  }

  onEnd(): void {
    if (!existsSync(LOG)) return;
    const latencies = readFileSync(LOG, 'utf8')
      .split('\n')
      .filter(Boolean)
      .flatMap((line) => (JSON.parse(line) as { latencies: number[] }).latencies)
      .sort((a, b) => a - b);
    if (latencies.length === 0) return;
    const median = latencies[Math.floor(latencies.length / 2)] ?? 0;
    const p95 = latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.95))] ?? 0;
    const worst = latencies[latencies.length - 1] ?? 0;
    console.log(
      `\nLast keystroke to card (includes the typing pause): median ${median.toFixed(0)} ms, ` +
        `p95 ${p95.toFixed(0)} ms, worst ${worst.toFixed(0)} ms over ${latencies.length} cards`,
    );
  }
}
