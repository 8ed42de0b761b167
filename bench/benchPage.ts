import { BENCH_CASES, type BenchContext } from './registry';
// Each feature's cases register themselves on import: one line per case file.
import './cases/leads';
import './cases/workflow';
import './cases/leads-record';
import './cases/mail';
import './cases/scoring';
import './cases/importExport';
import './cases/reports';
import './cases/sync';

declare global {
  interface Window {
    leadpaneBench: { names(): Array<{ name: string; unit: string }>; run(names: string[]): Promise<Record<string, { value: number; runs: number; unit: string }>> };
  }
}

let dbCounter = 0;
/** Figures of the cases run so far in this page, for ratio cases. */
const values: Record<string, number> = {};
const context: BenchContext = {
  uniqueDbName: (prefix) => `bench-${prefix}-${Date.now()}-${dbCounter++}`,
  log: (message) => console.log(`[bench] ${message}`),
};

window.leadpaneBench = {
  names: () => BENCH_CASES.map(({ name, unit }) => ({ name, unit })),
  /** Runs the named cases in order in this page; later cases read earlier values (ratios), across calls. */
  async run(names) {
    const results: Record<string, { value: number; runs: number; unit: string }> = {};
    for (const name of names) {
      const benchCase = BENCH_CASES.find((c) => c.name === name);
      if (!benchCase) throw new Error(`unknown bench case ${name}`);
      const result = await benchCase.run(context, values);
      values[name] = result.value;
      results[name] = { ...result, unit: benchCase.unit };
    }
    return results;
  },
};
