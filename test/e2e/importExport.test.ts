import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { routeOfficeJs } from '../browser/chromium';
import { SCREENSHOTS, startPaneHarness } from '../browser/paneHarness';

const FIXTURES = resolve(__dirname, '../fixtures/import');
const harness = startPaneHarness();

async function newContext(locale = 'en-US', width = 400): Promise<BrowserContext> {
  const context = await harness.browser.newContext({ locale, viewport: { width, height: 900 }, acceptDownloads: true });
  await routeOfficeJs(context, 'serve');
  return context;
}

async function openPane(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${harness.url}taskpane.html`, { waitUntil: 'domcontentloaded' });
  await page.getByRole('tab', { name: /Leads|Khách hàng/ }).first().waitFor();
  return page;
}

async function openImport(page: Page) {
  await page.getByRole('tab', { name: 'Leads' }).click();
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('heading', { name: 'Import leads' }).waitFor();
}

/** Picks a file in the import panel and imports it with the duplicate choice given. */
async function importFile(page: Page, path: string, duplicates = 'Skip it') {
  await page.getByTestId('import-file').setInputFiles(path);
  await page.getByTestId('import-summary').waitFor();
  await page.getByRole('radio', { name: duplicates }).check();
  await page.getByRole('button', { name: /^Import \d+ rows?$/ }).click();
  await page.getByRole('status').filter({ hasText: /^Imported \d+/ }).waitFor();
}

async function listedNames(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Back to list' }).click();
  await page.getByText(/\d+ leads?$/).first().waitFor();
  return page.getByRole('button', { name: /^Open / }).evaluateAll((buttons) => buttons.map((b) => (b.getAttribute('aria-label') ?? '').replace(/^Open /, '')));
}

describe('import and export through the pane', () => {
  test('imports a CSV (windows-1258), an XLSX and a vCard, shows format and encoding, undoes one import', async () => {
    const context = await newContext();
    const page = await openPane(context);
    await openImport(page);
    await page.getByTestId('import-file').setInputFiles(join(FIXTURES, 'outlook-vi.csv'));
    await page.getByTestId('import-summary').waitFor();
    assert.equal(await page.getByTestId('import-format').textContent(), 'CSV (text)');
    assert.equal(await page.getByTestId('import-encoding').inputValue(), 'windows-1258');
    // The preview shows the rows as leads, names composed family name first.
    await page.getByRole('cell', { name: 'Nguyễn Văn An' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'import-preview-400-en.png'), fullPage: true });
    await page.getByRole('button', { name: 'Import 2 rows' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported 2, filled 0, skipped 0, failed 0.' }).waitFor();

    await page.getByRole('button', { name: 'Import another file' }).click();
    // Its two people share phones with the CSV's (84912345678 is 0912 345 678): duplicates, created anyway.
    await importFile(page, join(FIXTURES, 'xlsx-vietnamese-two-sheets.xlsx'), 'Create a new lead anyway');
    await page.getByRole('status').filter({ hasText: 'Imported 2, filled 0, skipped 0, failed 3.' }).waitFor();
    await page.getByRole('button', { name: 'Import another file' }).click();
    await importFile(page, join(FIXTURES, 'vcard-apple-3.0.vcf'));
    await page.getByRole('status').filter({ hasText: 'Imported 2, filled 0, skipped 0, failed 0.' }).waitFor();
    // Undo the vCard import: exactly its two leads go.
    await page.getByRole('button', { name: 'Undo this import' }).click();
    await page.getByRole('status').filter({ hasText: 'Import undone. Leads removed: 2;' }).waitFor();
    const names = await listedNames(page);
    assert.equal(names.length, 4, names.join(', '));
    assert.ok(names.includes('Trần Thị Thủy') && names.includes('Trần Thị Bích') && !names.includes('Trương Mỹ Linh'), names.join(', '));
    await context.close();
  });

  test('exports the list as CSV and a re-import into an empty database gives the same leads', async () => {
    const context = await newContext();
    const page = await openPane(context);
    await openImport(page);
    await importFile(page, join(FIXTURES, 'google-new.csv'));
    await page.getByRole('button', { name: 'Import another file' }).click();
    await importFile(page, join(FIXTURES, 'outlook-en.csv'));
    const before = await listedNames(page);
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByRole('radio', { name: 'CSV (UTF-8, opens in Excel)' }).check();
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = await downloaded;
    const path = join(SCREENSHOTS, 'export-roundtrip.csv');
    await download.saveAs(path);
    const bytes = await readFile(path);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    await page.getByRole('status').filter({ hasText: /^Exported 4 leads/ }).waitFor();

    const fresh = await newContext();
    const other = await openPane(fresh);
    await openImport(other);
    await importFile(other, path);
    await other.getByRole('status').filter({ hasText: 'Imported 4, filled 0, skipped 0, failed 0.' }).waitFor();
    assert.deepEqual((await listedNames(other)).sort(), [...before].sort());
    // Importing the same file again finds every row a duplicate.
    await other.getByRole('button', { name: 'Import…' }).click();
    await importFile(other, path);
    await other.getByRole('status').filter({ hasText: 'Imported 0, filled 0, skipped 4, failed 0.' }).waitFor();
    await context.close();
    await fresh.close();
  });

  for (const [locale, language] of [['en-US', 'en'], ['vi-VN', 'vi']] as const) {
    for (const width of [320, 450]) {
      test(`import panel at ${width} px in ${language}`, async () => {
        const context = await newContext(locale, width);
        const page = await openPane(context);
        const leadsTab = language === 'vi' ? /Khách hàng/ : /Leads/;
        await page.getByRole('tab', { name: leadsTab }).first().click();
        await page.getByRole('button', { name: language === 'vi' ? 'Nhập…' : 'Import…' }).click();
        await page.getByTestId('import-file').setInputFiles(join(FIXTURES, 'linkedin-connections.csv'));
        await page.getByTestId('import-summary').waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        await page.screenshot({ path: join(SCREENSHOTS, `import-${width}-${language}.png`), fullPage: true });
        assert.ok(overflow <= 0, `no sideways scrolling at ${width} px (overflow ${overflow})`);
        await context.close();
      });
    }
  }
});
