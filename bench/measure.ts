/** Timing and percentile helpers: the only arithmetic in the benchmark, kept apart so it is easy to check. */
import { performance } from 'node:perf_hooks';

export type LatencySummary = {
  calls: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
};

/** Runs `work` and returns its result with the elapsed wall time in milliseconds. */
export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

/**
 * Calls `work(i)` sequentially: `warmup` untimed calls first (they fill the plan cache, the
 * prepared-statement cache and shared buffers, which a long-running bot has warm), then `calls`
 * timed ones. Sequential on purpose: the question is one user's latency, not throughput under load.
 */
export async function sampleLatencies(
  work: (call: number) => Promise<unknown>,
  options: { warmup: number; calls: number },
): Promise<number[]> {
  for (let call = 0; call < options.warmup; call++) await work(call);
  const samples: number[] = [];
  for (let call = 0; call < options.calls; call++) {
    const { ms } = await timed(() => work(options.warmup + call));
    samples.push(ms);
  }
  return samples;
}

/** Nearest-rank percentile of an ascending array: always a latency that was actually observed. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, ms) => sum + ms, 0);
  return {
    calls: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sorted.length === 0 ? Number.NaN : total / sorted.length,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/**
 * Calls `work` round after round until `budgetMs` of wall time has passed (at least once), and
 * returns how many rounds ran in how many ms. Synchronous on purpose: the figure is what one core
 * does with nothing else on the thread, and the clock is read once per round, not per call.
 */
export function repeatFor(work: () => void, budgetMs: number): { rounds: number; ms: number } {
  const started = performance.now();
  let rounds = 0;
  let elapsed = 0;
  do {
    work();
    rounds += 1;
    elapsed = performance.now() - started;
  } while (elapsed < budgetMs);
  return { rounds, ms: elapsed };
}
