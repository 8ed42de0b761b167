import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { BUILT_IN_REPORT_IDS } from '../../src/domain/reports/reportDefinition';
import { createTranslate, type Locale } from '../../src/i18n/translate';
import { routeOfficeJs } from '../browser/chromium';
import { expectCount } from '../browser/expectCount';
import { SCREENSHOTS, startPaneHarness } from '../browser/paneHarness';
import { seedReportLeads } from '../browser/seedReportLeads';

/** Errors the pane reported; each test ends by checking there were none. */
const pageErrors: string[] = [];
const harness = startPaneHarness();

async function openPane(locale: Locale, width: number): Promise<Page> {
  const context = await harness.browser.newContext({ locale: locale === 'vi' ? 'vi-VN' : 'en-US', viewport: { width, height: 900 }, reducedMotion: 'reduce' });
  await routeOfficeJs(context, 'serve');
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${harness.url}taskpane.html`, { waitUntil: 'domcontentloaded' });
  const t = createTranslate(locale);
  await page.getByText(t('preview.banner')).waitFor();
  await seedReportLeads(page);
  await page.reload();
  await page.getByText(t('preview.banner')).waitFor();
  return page;
}

const topTab = (page: Page, name: string) => page.getByRole('tablist').first().getByRole('tab', { name, exact: true });

/** The table's body rows as [group, ...figures] texts. */
async function tableRows(page: Page): Promise<string[][]> {
  return page.locator('[data-print-area] table tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())));
}

/** Waits until the table shows `expected` (live queries re-render a moment after a change), then asserts it. */
async function expectRows(page: Page, expected: string[][], timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let rows = await tableRows(page);
  while (JSON.stringify(rows) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 50));
    rows = await tableRows(page);
  }
  assert.deepEqual(rows, expected);
}

/** Waits until the first column of the table reads `expected`. */
async function expectGroups(page: Page, expected: string[], count = Infinity, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let groups = (await tableRows(page)).slice(0, count).map((r) => r[0]);
  while (JSON.stringify(groups) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 50));
    groups = (await tableRows(page)).slice(0, count).map((r) => r[0]);
  }
  assert.deepEqual(groups, expected);
}

async function pickReport(page: Page, t: ReturnType<typeof createTranslate>, label: string) {
  await page.getByRole('combobox', { name: t('reports.pick'), exact: true }).selectOption({ label });
  await page.getByRole('heading', { name: label, exact: true }).waitFor();
  await page.locator('[data-print-area] table tbody tr').first().waitFor();
}

describe('reports', () => {
  test('every built-in report opens with its groups, and a group opens its leads in the list', async () => {
    const t = createTranslate('en');
    const page = await openPane('en', 450);
    await topTab(page, t('reports.tab')).click();
    await page.getByRole('heading', { name: t('reports.name.byOwner') }).waitFor();
    await page.getByRole('button', { name: t('reports.showLeads', { count: 3, group: 'Lan Phạm' }) }).waitFor();
    // Vietnamese order ("Đ" after "D", before "L"); unassigned last.
    await expectRows(page, [
      ['Đức Minh', '2', '28.6%', '0'],
      ['Lan Phạm', '3', '42.9%', '0'],
      ['Unassigned', '2', '28.6%', '0'],
    ]);
    for (const id of BUILT_IN_REPORT_IDS) {
      await pickReport(page, t, t(`reports.name.${id}`));
      await page.locator('[data-print-area] table tbody tr').first().waitFor();
      await page.screenshot({ path: resolve(SCREENSHOTS, `reports-${id}-en-450.png`), fullPage: true });
    }
    await pickReport(page, t, t('reports.name.byRegion'));
    await expectGroups(page, ['Đà Nẵng', 'Hà Nội', 'Huế', t('reports.group.noRegion')]);
    await pickReport(page, t, t('reports.name.byOwnerRating'));
    await expectGroups(page, ['Đức Minh', 'Hot', 'Cold', 'Lan Phạm', 'Hot', 'Warm', 'Unassigned', 'Hot', 'Not rated']);

    // A second-level group opens the list filtered to owner and rating: Lan Phạm's warm leads.
    await page.getByRole('button', { name: t('reports.showLeads', { count: 2, group: 'Warm' }) }).click();
    await page.getByText(t('leads.matching', { count: 2 })).waitFor();
    await page.getByRole('button', { name: t('chips.remove', { label: 'Lan Phạm' }) }).waitFor();
    await page.getByRole('button', { name: t('chips.remove', { label: 'Warm' }) }).click();
    await page.getByText(t('leads.matching', { count: 3 })).waitFor();
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  test('a customised report is saved, survives a reload, and is renamed, duplicated and deleted', async () => {
    const t = createTranslate('en');
    const page = await openPane('en', 320);
    await topTab(page, t('reports.tab')).click();
    await pickReport(page, t, t('reports.name.byRegion'));
    await page.getByRole('button', { name: t('reports.customise') }).click();
    await page.getByRole('combobox', { name: t('reports.thenBy') }).selectOption({ label: t('reports.dim.rating') });
    await page.getByRole('checkbox', { name: t('reports.col.share'), exact: true }).uncheck();
    await page.getByRole('checkbox', { name: t('reports.col.qualified'), exact: true }).check();
    await page.getByRole('button', { name: t('reports.saveAs') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: t('reports.nameField') }).fill('Khách theo vùng');
    await dialog.getByRole('button', { name: t('reports.save') }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Khách theo vùng' }).waitFor();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'reports-customised-en-320.png'), fullPage: true });

    await page.reload();
    await topTab(page, t('reports.tab')).click();
    await pickReport(page, t, 'Khách theo vùng');
    await page.locator('[data-print-area] table tbody tr').first().waitFor();
    const header = await page.locator('[data-print-area] table thead th').allTextContents();
    assert.deepEqual(header, [`${t('reports.dim.region')} / ${t('reports.dim.rating')}`, t('reports.col.count'), t('reports.col.qualified'), t('reports.col.averageScore')]);
    await expectGroups(page, ['Đà Nẵng', 'Cold', t('reports.group.noRating')], 3);

    // Export through the shared writers: CSV with a BOM and the report's own columns, and Excel.
    const more = page.getByRole('button', { name: t('reports.actions'), exact: true });
    await more.click();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: t('reports.export.csv') }).click()]);
    assert.equal(csv.suggestedFilename(), 'Khách theo vùng.csv');
    const text = readFileSync(await csv.path(), 'utf8');
    assert.ok(text.startsWith('\uFEFF'), 'CSV starts with a BOM');
    const lines = text.slice(1).split('\r\n');
    assert.equal(lines[0], 'City / region,Rating,Leads,Qualified,Average score');
    assert.equal(lines[1], 'Đà Nẵng,Total,2,0,0');
    assert.equal(lines.at(-2), 'Total,,7,1,0');
    await more.click();
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: t('reports.export.xlsx') }).click()]);
    assert.equal(xlsx.suggestedFilename(), 'Khách theo vùng.xlsx');
    assert.equal(readFileSync(await xlsx.path()).subarray(0, 2).toString('latin1'), 'PK');

    // Printed, the report is the table alone: no tabs, toolbar or customise panel.
    await page.getByRole('button', { name: t('reports.customise') }).click();
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('navigation').isVisible(), false);
    assert.equal(await page.getByRole('toolbar', { name: t('reports.actions') }).isVisible(), false);
    assert.equal(await page.getByRole('combobox', { name: t('reports.groupBy') }).isVisible(), false);
    assert.equal(await page.locator('[data-print-area] table').isVisible(), true);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'reports-print-en-320.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // A name already taken (folded: same words without tone marks) is refused.
    await more.click();
    await page.getByRole('menuitem', { name: t('reports.duplicate') }).click();
    await page.getByRole('heading', { name: 'Khách theo vùng (2)' }).waitFor();
    await more.click();
    await page.getByRole('menuitem', { name: t('reports.rename') }).click();
    await dialog.getByRole('textbox', { name: t('reports.nameField') }).fill('khach theo vung');
    await dialog.getByRole('button', { name: t('reports.save') }).click();
    await dialog.getByText(t('reports.nameError.taken')).waitFor();
    await dialog.getByRole('textbox', { name: t('reports.nameField') }).fill('Vùng và mức độ');
    await dialog.getByRole('button', { name: t('reports.save') }).click();
    await page.getByRole('heading', { name: 'Vùng và mức độ' }).waitFor();
    await more.click();
    await page.getByRole('menuitem', { name: t('reports.delete') }).click();
    await dialog.getByRole('button', { name: t('reports.delete') }).click();
    await page.getByRole('heading', { name: t('reports.name.byRegion') }).waitFor();
    // The picker's options follow the saved reports a moment after the heading does: wait for the deleted one to go.
    const picker = page.getByRole('combobox', { name: t('reports.pick'), exact: true });
    await picker.locator('option', { hasText: 'Vùng và mức độ' }).waitFor({ state: 'detached' });
    await picker.locator('option', { hasText: 'Khách theo vùng' }).first().waitFor({ state: 'attached' });
    const options = await picker.locator('option').allTextContents();
    assert.ok(options.includes('Khách theo vùng') && !options.includes('Vùng và mức độ'), options.join(', '));
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  test('a chart bar filters the Leads list; chips combine and come off', async () => {
    const t = createTranslate('en');
    const page = await openPane('en', 450);
    await topTab(page, t('tabs.leads')).click();
    await page.getByText(t('leads.matching', { count: 6 })).waitFor();
    await page.getByRole('button', { name: t('charts.strip.show') }).click();
    // Each bar is a rect the chart labels "<group>. <legend>, <count>."
    const bar = (group: string) => page.locator(`[data-testid="chart-panel"] svg rect[aria-label^="${group}."]`);
    await bar('Hà Nội').waitFor();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'reports-chart-strip-en-450.png'), fullPage: true });
    // Largest on top: Hà Nội (3 leads).
    await bar('Hà Nội').click();
    await page.getByRole('button', { name: t('chips.remove', { label: 'Hà Nội' }) }).waitFor();
    await page.getByText(t('leads.matching', { count: 3 })).waitFor();
    await expectCount(page.getByRole('button', { name: /^Open / }), 3);

    // The table alternative does what a bar does; a rating chip combines with the region chip ("and").
    await page.getByRole('combobox', { name: t('charts.pick') }).selectOption({ label: t('charts.kind.region') });
    await page.getByRole('button', { name: t('charts.asTable.label') }).click();
    await page.getByRole('button', { name: t('charts.filterBy', { group: 'Hà Nội', count: 3 }) }).waitFor();
    await page.getByRole('combobox', { name: t('charts.pick') }).selectOption({ label: t('charts.kind.rating') });
    await page.getByRole('button', { name: t('charts.filterBy', { group: 'Hot', count: 2 }) }).click();
    await page.getByText(t('leads.matching', { count: 2 })).waitFor();
    await page.getByRole('button', { name: t('chips.remove', { label: 'Hà Nội' }) }).click();
    // Hot everywhere: Anh, Cường, Hải.
    await page.getByText(t('leads.matching', { count: 3 })).waitFor();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'reports-chips-en-450.png'), fullPage: true });
    assert.deepEqual(pageErrors, []);
    await page.context().close();
  });

  test('screenshots in Vietnamese at 320 and 450 px', async () => {
    const t = createTranslate('vi');
    for (const width of [320, 450]) {
      const page = await openPane('vi', width);
      await topTab(page, t('reports.tab')).click();
      await page.getByRole('button', { name: t('reports.showLeads', { count: 2, group: t('reports.group.unassigned') }) }).waitFor();
      await page.screenshot({ path: resolve(SCREENSHOTS, `reports-byOwner-vi-${width}.png`), fullPage: true });
      await page.getByRole('button', { name: t('reports.chart') }).click();
      await page.locator('[data-testid="chart-panel"] svg').first().waitFor();
      await page.getByRole('button', { name: t('reports.customise') }).click();
      await page.screenshot({ path: resolve(SCREENSHOTS, `reports-customise-vi-${width}.png`), fullPage: true });
      // Nothing widens the pane: the page does not scroll sideways (the table scrolls on its own).
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width);
      await topTab(page, t('tabs.leads')).click();
      await page.getByRole('button', { name: t('charts.strip.show') }).click();
      await page.locator('[data-testid="chart-panel"] svg').first().waitFor();
      await page.screenshot({ path: resolve(SCREENSHOTS, `reports-strip-vi-${width}.png`), fullPage: true });
      await page.context().close();
    }
    assert.deepEqual(pageErrors, []);
  });
});
