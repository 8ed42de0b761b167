import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_DIST = resolve(__dirname, '../../node_modules/@microsoft/office-js/dist');

/** Debian's Chromium (or CHROMIUM_PATH); Playwright cannot download browsers here. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('Chromium not found: apt-get install -y chromium, or set CHROMIUM_PATH');
  return found;
}

/** No background traffic: this machine's network is closed and refusals slow the browser down. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

export type OfficeRouting = 'serve' | 'block' | 'hang';

/**
 * Serves office.js from the @microsoft/office-js package instead of Microsoft's CDN, or
 * simulates a blocked or hanging CDN.
 */
export async function routeOfficeJs(context: BrowserContext, mode: OfficeRouting = 'serve'): Promise<void> {
  await context.route(`${OFFICE_CDN}**`, async (route) => {
    if (mode === 'block') return route.abort('blockedbyclient');
    if (mode === 'hang') return; // never answered: the pane's timeout must handle it
    const relative = new URL(route.request().url()).pathname.replace('/lib/1/hosted/', '');
    const file = join(OFFICE_DIST, relative);
    if (!file.startsWith(OFFICE_DIST) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(file) });
  });
  // Anything else outside localhost would leave this machine: refuse it.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost|appsforoffice\.microsoft\.com)/, (route) => route.abort());
  await context.addInitScript(recordPolicyViolations);
}

export type PolicyViolation = { directive: string; blocked: string; source: string };

/** Runs in every page of the context: keeps each Content-Security-Policy violation for `policyViolations`. */
function recordPolicyViolations() {
  const seen: PolicyViolation[] = [];
  (window as unknown as { __policyViolations: PolicyViolation[] }).__policyViolations = seen;
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI, source: `${event.sourceFile}:${event.lineNumber}` });
  });
}

/** The Content-Security-Policy violations this page has seen since it loaded. */
export async function policyViolations(page: Page): Promise<PolicyViolation[]> {
  return page.evaluate(() => (window as unknown as { __policyViolations?: PolicyViolation[] }).__policyViolations ?? []);
}

