/**
 * A small benchmark harness: runs a function many times and prints the median,
 * the 95th percentile and the worst time, next to the target it is held to.
 */
export interface BenchOptions {
  /** How many timed runs. */
  iterations?: number;
  /** Untimed runs first, so the JIT has settled. */
  warmup?: number;
  /** Target for the median, in milliseconds. */
  medianTargetMs?: number;
  /** Target for the worst run, in milliseconds. */
  worstTargetMs?: number;
}

export interface BenchResult {
  name: string;
  medianMs: number;
  p95Ms: number;
  worstMs: number;
  iterations: number;
  metTargets: boolean;
}

const results: BenchResult[] = [];

export function formatDuration(ms: number): string {
  if (ms < 1) return `${(ms * 1000).toFixed(2)} µs`;
  if (ms < 1000) return `${ms.toFixed(2)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

function quantile(sorted: number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.floor(q * sorted.length));
  return sorted[index] ?? Number.NaN;
}

export async function bench(
  name: string,
  fn: () => unknown | Promise<unknown>,
  options: BenchOptions = {},
): Promise<BenchResult> {
  const { iterations = 50, warmup = 5 } = options;
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return recordBench(name, times, options);
}

/** Prints and records times measured elsewhere (for example one per child process). */
export function recordBench(name: string, measured: readonly number[], options: BenchOptions = {}): BenchResult {
  const { medianTargetMs, worstTargetMs } = options;
  const iterations = measured.length;
  const times = [...measured];
  times.sort((a, b) => a - b);
  const result: BenchResult = {
    name,
    medianMs: quantile(times, 0.5),
    p95Ms: quantile(times, 0.95),
    worstMs: times[times.length - 1] ?? Number.NaN,
    iterations,
    metTargets:
      (medianTargetMs === undefined || quantile(times, 0.5) <= medianTargetMs) &&
      (worstTargetMs === undefined || (times[times.length - 1] ?? Infinity) <= worstTargetMs),
  };
  const targets = [
    medianTargetMs === undefined ? '' : `median ≤ ${formatDuration(medianTargetMs)}`,
    worstTargetMs === undefined ? '' : `worst ≤ ${formatDuration(worstTargetMs)}`,
  ].filter(Boolean);
  console.log(
    `${result.metTargets ? 'ok  ' : 'MISS'} ${name}: median ${formatDuration(result.medianMs)}, ` +
      `p95 ${formatDuration(result.p95Ms)}, worst ${formatDuration(result.worstMs)} ` +
      `(${iterations} runs)${targets.length ? `; target ${targets.join(', ')}` : ''}`,
  );
  results.push(result);
  return result;
}

export function benchResults(): readonly BenchResult[] {
  return results;
}
