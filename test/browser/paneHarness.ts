import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveStatic, type StaticServer } from './staticServer';

/** Where browser tests write screenshots and downloads. */
export const SCREENSHOTS = resolve(__dirname, '../../test-results');

export type PaneHarness = {
  readonly browser: Browser;
  /** The built pane's base URL, ending in `/`. */
  readonly url: string;
};

/**
 * Serves the production build and starts Chromium once for a test file (node:test hooks), and
 * stops both after it. Read `browser` and `url` inside tests, once the hooks have run.
 */
export function startPaneHarness(): PaneHarness {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    server = await serveStatic(resolve(__dirname, '../../dist'));
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('startPaneHarness: the browser starts in before()');
      return browser;
    },
    get url() {
      if (!server) throw new Error('startPaneHarness: the server starts in before()');
      return server.url;
    },
  };
}
