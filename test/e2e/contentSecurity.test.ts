import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { policyViolations, routeOfficeJs } from '../browser/chromium';
import { startPaneHarness } from '../browser/paneHarness';

const EML = resolve(__dirname, 'fixtures/vietnamese-windows-1258.eml');
const CSV = resolve(__dirname, '../fixtures/import/outlook-vi.csv');
const PHOTO = resolve(__dirname, '../../assets/icon-128.png');

const harness = startPaneHarness();

describe('Content-Security-Policy', () => {
  test('the pane works under its policy with no violation, and the policy refuses outside images and inline script', async () => {
    const context = await harness.browser.newContext({ locale: 'en-US', viewport: { width: 400, height: 900 }, acceptDownloads: true });
    await routeOfficeJs(context, 'serve');
    const page = await context.newPage();
    await page.goto(`${harness.url}taskpane.html`, { waitUntil: 'domcontentloaded' });
    await page.getByText('Preview mode').waitFor();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    for (const directive of ["script-src 'self' https://appsforoffice.microsoft.com", "img-src 'self' blob: data:", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]) {
      assert.ok(policy?.includes(directive), `the policy has ${directive}`);
    }

    // Everything a salesperson does in a session: an email read in its worker, a lead saved with a
    // photo, an import read in its worker, an export downloaded, every tab, both languages.
    await page.getByTestId('eml-input').setInputFiles(EML);
    await page.getByRole('textbox', { name: 'Full name' }).waitFor();
    await page.getByRole('button', { name: 'Save lead' }).click();
    await page.getByText('Lead saved with this email in its history.').waitFor();
    await page.getByRole('tab', { name: 'Leads' }).click();
    await page.getByRole('button', { name: 'New lead' }).click();
    await page.getByTestId('photo-input').setInputFiles(PHOTO);
    await page.locator('img[src^="blob:"]').waitFor();
    await page.getByRole('textbox', { name: 'Full name' }).fill('Lê Văn Hùng');
    await page.getByRole('button', { name: 'Save lead' }).click();
    await page.getByRole('heading', { name: 'Lê Văn Hùng' }).waitFor();
    await page.getByRole('button', { name: 'Back to list' }).click();
    await page.getByRole('button', { name: 'Import…' }).click();
    await page.getByTestId('import-file').setInputFiles(CSV);
    await page.getByTestId('import-summary').waitFor();
    await page.getByRole('button', { name: /^Import \d+ rows?$/ }).click();
    await page.getByRole('status').filter({ hasText: /^Imported \d+/ }).waitFor();
    await page.getByRole('button', { name: 'Back to list' }).click();
    await page.getByRole('button', { name: 'Export…' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await download;
    const tabs = page.getByRole('tablist').first().getByRole('tab');
    for (const name of await tabs.allTextContents()) {
      await tabs.filter({ hasText: name }).first().click();
      await page.waitForLoadState('networkidle');
    }
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('vi');
    await page.getByRole('tab', { name: 'Cài đặt' }).waitFor();
    assert.deepEqual(await policyViolations(page), [], 'no violation in normal use');

    // The policy is in force: an image from outside and an inline script are refused, and seen.
    await page.evaluate(() => {
      const image = new Image();
      image.src = 'https://tracker.example/pixel.png';
      document.body.append(image);
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
    });
    await page.waitForFunction(() => ((window as unknown as { __policyViolations: unknown[] }).__policyViolations ?? []).length >= 2);
    const refused = await policyViolations(page);
    assert.deepEqual(refused.map((v) => v.directive).sort(), ['img-src', 'script-src-elem']);
    assert.equal(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan), undefined);
    await context.close();
  });
});
