/**
 * Runs LeadPane's benchmarks in Debian's Chromium and writes bench/results.json as
 * {"benchmarks": [{"name", "value", "unit", "runs"}]}. Usage: npm run bench [-- NAME_PREFIX ...]
 * Figures come from a real browser and real IndexedDB; nothing here asserts a time.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, routeOfficeJs } from '../test/browser/chromium';
import { serveStatic } from '../test/browser/staticServer';
import { median } from '../bench/registry';

type Figure = { name: string; value: number; unit: string; runs: number };

const ROOT = resolve(__dirname, '..');
const COLD_LOADS = 10;
const prefixes = process.argv.slice(2);
const wanted = (name: string) => prefixes.length === 0 || prefixes.some((p) => name.startsWith(p));

function build() {
  console.log('bench: building the pane and the bench page…');
  execFileSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('npx', ['webpack', '--mode', 'production', '--env', 'bench'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

function initialJsGzipKb(): Figure {
  const html = readFileSync(resolve(ROOT, 'dist/taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1] ?? '').filter((src) => !/^https?:/.test(src));
  const bytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(resolve(ROOT, 'dist', src))).length, 0);
  return { name: 'bundle.initial_js_gzip_kb', value: Math.round((bytes / 1024) * 10) / 10, unit: 'kB', runs: 1 };
}

async function main() {
  build();
  const figures: Figure[] = [];
  if (wanted('bundle.')) figures.push(initialJsGzipKb());
  const browser = await launchChromium();
  try {
    if (wanted('pane.')) {
      const pane = await serveStatic(resolve(ROOT, 'dist'));
      const times: number[] = [];
      for (let i = 0; i < COLD_LOADS; i++) {
        // A new context is a cold load: empty cache, empty IndexedDB.
        const context = await browser.newContext({ locale: 'en-US' });
        await routeOfficeJs(context);
        const page = await context.newPage();
        await page.goto(`${pane.url}taskpane.html?sample=enquiry`, { waitUntil: 'commit' });
        await page.waitForFunction(
          () => (document.querySelector('input[required]') as HTMLInputElement | null)?.value === 'Sarah Whitfield',
          undefined,
          { polling: 'raf', timeout: 30_000 },
        );
        times.push(await page.evaluate(() => performance.now()));
        await context.close();
      }
      await pane.close();
      figures.push({ name: 'pane.open_to_prefilled_ms', value: Math.round(median(times)), unit: 'ms', runs: times.length });
    }
    const benchServer = await serveStatic(resolve(ROOT, 'dist-bench'));
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.text().startsWith('[bench]')) console.log(message.text());
    });
    await page.goto(`${benchServer.url}bench.html`);
    const cases: Array<{ name: string; unit: string }> = await page.evaluate(() => window.leadpaneBench.names());
    const names = cases.map((c) => c.name).filter(wanted);
    for (const name of names) {
      console.log(`bench: ${name}…`);
      // One page for all cases: ratio cases read the figures of the cases registered before them.
      const result = await page.evaluate((n) => window.leadpaneBench.run([n]), name);
      for (const [key, value] of Object.entries(result)) {
        figures.push({ name: key, value: Math.round(value.value * 100) / 100, unit: value.unit, runs: value.runs });
      }
    }
    await context.close();
    await benchServer.close();
  } finally {
    await browser.close();
  }
  mkdirSync(resolve(ROOT, 'bench'), { recursive: true });
  writeFileSync(resolve(ROOT, 'bench/results.json'), `${JSON.stringify({ benchmarks: figures }, null, 2)}\n`);
  console.log('\nname'.padEnd(48) + 'value'.padStart(12) + '  unit  runs');
  for (const f of figures) console.log(`${f.name.padEnd(47)}${String(f.value).padStart(12)}  ${f.unit.padEnd(5)} ${f.runs}`);
  console.log('\nwritten: bench/results.json');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
