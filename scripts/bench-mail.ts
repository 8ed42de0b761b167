/**
 * `npx tsx scripts/bench-mail.ts [rounds]`: times draftFromMessage over the bench corpus in Node
 * and prints median / p95 (the Chromium harness reports the official mail.extract_* figures).
 */
import { benchCorpus } from '../src/mail/benchCorpus';
import { draftFromMessage } from '../src/mail/draftFromMessage';

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

const rounds = Number(process.argv[2] ?? 20);
const corpus = benchCorpus();
for (const item of corpus) draftFromMessage(item.message); // warm-up: compile regexes and html-to-text
const times: number[] = [];
const byName = new Map<string, number[]>();
for (let round = 0; round < rounds; round += 1) {
  for (const item of corpus) {
    const start = performance.now();
    draftFromMessage(item.message);
    const elapsed = performance.now() - start;
    times.push(elapsed);
    byName.set(item.name, [...(byName.get(item.name) ?? []), elapsed]);
  }
}
times.sort((a, b) => a - b);
const slowest = [...byName.entries()].map(([name, list]) => [name, list.sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0] as const).sort((a, b) => b[1] - a[1]);
process.stdout.write(`${JSON.stringify({ messages: corpus.length, rounds, extract_median_ms: +percentile(times, 0.5).toFixed(3), extract_p95_ms: +percentile(times, 0.95).toFixed(3), slowest: slowest.slice(0, 3).map(([name, ms]) => ({ name, median_ms: +ms.toFixed(2) })) })}\n`);
