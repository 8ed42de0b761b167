/**
 * Benchmarks that run inside Chromium on the real IndexedDB. A case registers itself here;
 * bench/benchPage.ts imports every case file, and scripts/bench.mjs runs them one by one
 * (each in a fresh page) and writes bench/results.json.
 */
export type BenchResult = { value: number; runs: number };
export type BenchContext = {
  /** A database name no other case uses; the case deletes what it creates. */
  uniqueDbName(prefix: string): string;
  /** Reports progress lines to the terminal running the bench. */
  log(message: string): void;
};
export type BenchCase = {
  name: string;
  unit: 'ms' | 'ratio' | 'kB' | 'ops/s';
  /** `earlier` holds the values of the cases already run in this page (registration order). */
  run(context: BenchContext, earlier: Readonly<Record<string, number>>): Promise<BenchResult>;
};

export const BENCH_CASES: BenchCase[] = [];

export function registerBench(benchCase: BenchCase): void {
  BENCH_CASES.push(benchCase);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** How long `work` took, in milliseconds. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/**
 * A figure that is the ratio of two cases run before it in the same page (the machine's load is
 * then the same for both): `measured` / `baseline`.
 */
export function registerRatio(name: string, measured: string, baseline: string): void {
  registerBench({
    name,
    unit: 'ratio',
    async run(_context, earlier) {
      const top = earlier[measured];
      const bottom = earlier[baseline];
      if (!top || !bottom) throw new Error(`run ${measured} and ${baseline} first, in the same page`);
      return { value: top / bottom, runs: 1 };
    },
  });
}
