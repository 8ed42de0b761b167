import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { routeOfficeJs } from '../browser/chromium';
import { startPaneHarness } from '../browser/paneHarness';

const harness = startPaneHarness();

/** An .eml whose body has the line of spaces that froze the pane for 10.7 s, above a signature. */
function hostileEml(): string {
  const dir = mkdtempSync(join(tmpdir(), 'leadpane-mail-'));
  const file = join(dir, 'spaces.eml');
  const body = ['Hi,', ' '.repeat(2_500), '&nbsp;'.repeat(2_500), 'Could you send a quote?', '', 'Best regards,', 'Sarah Whitfield', 'Head of Purchasing', 'Mobile: +44 7911 123456'].join('\r\n');
  writeFileSync(file, `From: Sarah Whitfield <sarah@northwind.co.uk>\r\nTo: sales@example.com\r\nSubject: Quote\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`);
  return file;
}

describe('reading an email off the main thread', () => {
  test('a hostile email is read in a worker and prefills the lead', async () => {
    const context = await harness.browser.newContext({ locale: 'en-US', viewport: { width: 420, height: 900 } });
    await routeOfficeJs(context, 'serve');
    const page = await context.newPage();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(`${harness.url}taskpane.html`, { waitUntil: 'domcontentloaded' });
    await page.getByText('Preview mode').waitFor();
    await page.getByTestId('eml-input').setInputFiles(hostileEml());
    const title = page.getByRole('textbox', { name: 'Job title' });
    await title.waitFor();
    assert.equal(await title.inputValue(), 'Head of Purchasing');
    assert.equal(await page.getByRole('textbox', { name: 'Full name' }).inputValue(), 'Sarah Whitfield');
    assert.ok(workers.length >= 1, 'the draft was read in a Web Worker');
    await context.close();
  });
});
