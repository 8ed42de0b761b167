/**
 * Runs LeadPane's benchmarks in Debian's Chromium and writes bench/results.json as
 * {"benchmarks": [{"name", "value", "unit", "runs"}]}. Usage: npm run bench [-- NAME_PREFIX ...]
 * Figures come from a real browser and real IndexedDB; nothing here asserts a time.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS, launchChromium, routeOfficeJs } from '../test/browser/chromium';
import { serveStatic } from '../test/browser/staticServer';
import { median } from '../bench/registry';
import { BENCH_TEAM_FILE } from '../bench/syncBenchTeam';
import { provision } from '../src/sync/server/provision';
import { hostileFigures } from './benchHostile';
import { startDevServer, type DevServer } from './syncServer';

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

const PREFILLED = () => (document.querySelector('input[required]') as HTMLInputElement | null)?.value === 'Sarah Whitfield';
const TEMPLATE_READY = () => document.body.dataset.ready === 'true';

/**
 * Every script of our own that the first screen fetches before it shows: the pane's bundles and
 * lazy chunks, and the draft worker's chunks, requested from navigation until the prefilled form
 * holds the sender's name (the lazy chunks a later screen needs are not requested by then).
 * office.js comes from Microsoft's CDN and is left out. Each file is gzipped as a host would.
 */
async function initialJsGzipKb(browser: Browser): Promise<Figure[]> {
  const pane = await serveStatic(resolve(ROOT, 'dist'));
  try {
    const context = await browser.newContext({ locale: 'en-US' });
    await routeOfficeJs(context);
    const scripts = new Set<string>();
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === new URL(pane.url).origin && url.pathname.endsWith('.js')) scripts.add(url.pathname.slice(1));
    });
    const page = await context.newPage();
    await page.goto(`${pane.url}taskpane.html?sample=enquiry`);
    await page.waitForFunction(PREFILLED, undefined, { polling: 'raf', timeout: 30_000 });
    const loaded = [...scripts].sort();
    await context.close();
    const gzip = (src: string) => gzipSync(readFileSync(resolve(ROOT, 'dist', src))).length;
    const html = readFileSync(resolve(ROOT, 'dist/taskpane.html'), 'utf8');
    const tags = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1] ?? '').filter((src) => !/^https?:/.test(src));
    console.log(`bench: first screen scripts: ${loaded.map((src) => `${src} ${(gzip(src) / 1024).toFixed(1)} kB`).join(', ')}`);
    const kb = (files: readonly string[]) => Math.round((files.reduce((sum, src) => sum + gzip(src), 0) / 1024) * 10) / 10;
    return [
      { name: 'bundle.initial_js_gzip_kb', value: kb(loaded), unit: 'kB', runs: 1 },
      // The scripts taskpane.html names, which are what the figure above counted before it counted chunks and the worker.
      { name: 'bundle.html_scripts_gzip_kb', value: kb(tags), unit: 'kB', runs: 1 },
    ];
  } finally {
    await pane.close();
  }
}

/** Milliseconds from navigation start until `ready` holds, read from the page's own clock. */
async function openTime(page: Page, url: string, ready: () => boolean): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(ready, undefined, { polling: 'raf', timeout: 30_000 });
  return page.evaluate(() => performance.now());
}

/**
 * Cold opens of the pane and of the template anchor, interleaved so that both see the same
 * machine load (the ratio is the figure that counts), and warm opens in a persistent profile.
 */
async function openFigures(browser: Browser): Promise<Figure[]> {
  const pane = await serveStatic(resolve(ROOT, 'dist'));
  const anchor = await serveStatic(resolve(ROOT, 'dist-bench'));
  const paneTimes: number[] = [];
  const templateTimes: number[] = [];
  try {
    for (let i = 0; i < COLD_LOADS; i++) {
      // A new context is a cold load: empty cache, empty IndexedDB.
      const context = await browser.newContext({ locale: 'en-US' });
      await routeOfficeJs(context);
      paneTimes.push(await openTime(await context.newPage(), `${pane.url}taskpane.html?sample=enquiry`, PREFILLED));
      await context.close();
      const templateContext = await browser.newContext({ locale: 'en-US' });
      templateTimes.push(await openTime(await templateContext.newPage(), `${anchor.url}template.html`, TEMPLATE_READY));
      await templateContext.close();
    }
    const warm = await warmOpenTime(pane.url);
    const paneMs = median(paneTimes);
    const templateMs = median(templateTimes);
    return [
      { name: 'pane.open_to_prefilled_ms', value: Math.round(paneMs), unit: 'ms', runs: paneTimes.length },
      { name: 'anchor.template_open_ms', value: Math.round(templateMs), unit: 'ms', runs: templateTimes.length },
      { name: 'pane.open_vs_template_ratio', value: Math.round((paneMs / templateMs) * 100) / 100, unit: 'ratio', runs: paneTimes.length },
      { name: 'pane.warm_open_ms', value: Math.round(median(warm)), unit: 'ms', runs: warm.length },
    ];
  } finally {
    await pane.close();
    await anchor.close();
  }
}

const WARM_PROFILES = 3;

/**
 * The third open of the pane in a persistent profile: the JavaScript comes from the HTTP cache
 * (the static server sends hashed bundles as immutable) and the database exists. Routing would
 * turn Playwright's HTTP cache off, so office.js is not served here: its host name resolves to
 * nothing and the pane starts in preview at once, as it does when the CDN is blocked.
 */
async function warmOpenTime(paneUrl: string): Promise<number[]> {
  const times: number[] = [];
  for (let profile = 0; profile < WARM_PROFILES; profile++) {
    const dir = mkdtempSync(resolve(tmpdir(), 'leadpane-warm-'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: chromiumPath(),
      headless: true,
      locale: 'en-US',
      args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP appsforoffice.microsoft.com ~NOTFOUND'],
    });
    try {
      let last = 0;
      for (let open = 0; open < 3; open++) {
        const page = await context.newPage();
        last = await openTime(page, `${paneUrl}taskpane.html?sample=enquiry`, PREFILLED);
        await page.close();
      }
      times.push(last);
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return times;
}

/** Written after every case, so a case that crashes the browser late in a long run loses only itself. */
function writeResults(figures: readonly Figure[]): void {
  mkdirSync(resolve(ROOT, 'bench'), { recursive: true });
  writeFileSync(resolve(ROOT, 'bench/results.json'), `${JSON.stringify({ benchmarks: figures }, null, 2)}\n`);
}

async function main() {
  build();
  const figures: Figure[] = [];
  const browser = await launchChromium();
  try {
    if (wanted('bundle.')) figures.push(...(await initialJsGzipKb(browser)));
    if (wanted('pane.') || wanted('anchor.')) figures.push(...(await openFigures(browser)));
    if (wanted('hostile.')) figures.push(...(await hostileFigures(browser, ROOT)));
    const benchServer = await serveStatic(resolve(ROOT, 'dist-bench'));
    // The sync cases talk to a team server on loopback: pouchdb-server, provisioned here.
    let syncServer: DevServer | null = null;
    if (prefixes.length === 0 || prefixes.some((p) => p.startsWith('sync.') || 'sync.'.startsWith(p))) {
      syncServer = await startDevServer();
      await provision({ url: syncServer.url, user: syncServer.admin.user, password: syncServer.admin.password }, BENCH_TEAM_FILE);
    }
    const context = await browser.newContext();
    const openBenchPage = async (): Promise<Page> => {
      const fresh = await context.newPage();
      fresh.on('console', (message) => {
        if (message.text().startsWith('[bench]')) console.log(message.text());
      });
      await fresh.goto(`${benchServer.url}bench.html`);
      if (syncServer) await fresh.evaluate((url) => (window.leadpaneBenchSync = { url }), syncServer.url);
      return fresh;
    };
    let page = await openBenchPage();
    const cases: Array<{ name: string; unit: string }> = await page.evaluate(() => window.leadpaneBench.names());
    const names = cases.map((c) => c.name).filter(wanted);
    const failed: string[] = [];
    for (const name of names) {
      console.log(`bench: ${name}…`);
      try {
        // One page for all cases: ratio cases read the figures of the cases registered before them.
        const result = await page.evaluate((n) => window.leadpaneBench.run([n]), name);
        for (const [key, value] of Object.entries(result)) {
          figures.push({ name: key, value: Math.round(value.value * 100) / 100, unit: value.unit, runs: value.runs });
        }
      } catch (error) {
        // A case that fails (or crashes its page) costs its own figure, not the others'.
        failed.push(name);
        console.error(`bench: ${name} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        if (page.isClosed()) page = await openBenchPage();
        else await page.reload().catch(async () => { page = await openBenchPage(); });
      }
      writeResults(figures);
    }
    if (failed.length) console.error(`\nbench: ${failed.length} case(s) failed: ${failed.join(', ')}`);
    await context.close();
    await benchServer.close();
    await syncServer?.stop();
  } finally {
    await browser.close();
  }
  writeResults(figures);
  console.log('\nname'.padEnd(48) + 'value'.padStart(12) + '  unit  runs');
  for (const f of figures) console.log(`${f.name.padEnd(47)}${String(f.value).padStart(12)}  ${f.unit.padEnd(5)} ${f.runs}`);
  console.log('\nwritten: bench/results.json');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
