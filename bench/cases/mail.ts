import { benchCorpus } from '../../src/mail/benchCorpus';
import { draftFromMessage } from '../../src/mail/draftFromMessage';
import { median, percentile, registerBench } from '../registry';

/** Rounds over the corpus; the first round warms the JIT and is not counted. */
const ROUNDS = 6;

function timings(): number[] {
  const corpus = benchCorpus();
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const { message } of corpus) {
      const started = performance.now();
      draftFromMessage(message);
      if (round > 0) times.push(performance.now() - started);
    }
  }
  return times;
}

let cached: number[] | null = null;

registerBench({
  name: 'mail.extract_median_ms',
  unit: 'ms',
  async run() {
    cached = timings();
    return { value: median(cached), runs: cached.length };
  },
});

registerBench({
  name: 'mail.extract_p95_ms',
  unit: 'ms',
  async run() {
    const times = cached ?? timings();
    return { value: percentile(times, 95), runs: times.length };
  },
});
