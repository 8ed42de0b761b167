import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { routeOfficeJs } from '../browser/chromium';
import { readRows } from '../browser/paneDatabase';
import { SCREENSHOTS, startPaneHarness } from '../browser/paneHarness';

/**
 * Nothing typed is lost (issue #14): a new lead's and a stored lead's unsaved input survive
 * switching tabs, General -> History -> General, Back to list and a reload, under "Unsaved
 * changes"; Discard and Save end it. Screenshots of the bar at 320 and 450 px in both languages.
 */
const harness = startPaneHarness();

async function openPane(width = 400, locale = 'en-US'): Promise<Page> {
  const context = await harness.browser.newContext({ locale, viewport: { width, height: 800 }, reducedMotion: 'reduce' });
  await routeOfficeJs(context, 'serve');
  const page = await context.newPage();
  await page.goto(`${harness.url}taskpane.html`, { waitUntil: 'domcontentloaded' });
  await page.getByRole('tablist').first().waitFor();
  return page;
}

/** Waits until the debounced writer has stored a draft holding `text`. */
async function draftStored(page: Page, text: string) {
  for (;;) {
    const rows = await readRows<{ input: { fullName: string; jobTitle: string } }>(page, 'formDrafts');
    if (rows.some((r) => r.input.fullName === text || r.input.jobTitle === text)) return;
    await page.waitForTimeout(100);
  }
}

const leadsTab = (page: Page) => page.getByRole('tab', { name: 'Leads' }).click();

describe('unsaved lead forms', () => {
  test('a new lead and a stored lead keep what was typed until saved or discarded', async () => {
    const page = await openPane();
    const unsaved = page.getByRole('status').filter({ hasText: 'Unsaved changes' });

    // A new lead: leave by switching tabs, come back.
    await leadsTab(page);
    await page.getByRole('button', { name: 'New lead' }).click();
    await page.getByRole('textbox', { name: 'Full name' }).fill('Đỗ Minh Khoa');
    await unsaved.waitFor();
    await page.getByRole('tab', { name: 'Settings' }).click();
    await leadsTab(page);
    const back = page.getByRole('button', { name: 'Back to list' });
    if (await back.isVisible()) await back.click();
    await page.getByRole('button', { name: 'New lead' }).click();
    assert.equal(await page.getByRole('textbox', { name: 'Full name' }).inputValue(), 'Đỗ Minh Khoa');
    await page.getByText(/Restored your unsaved changes from/).waitFor();
    await unsaved.waitFor();
    // Discard empties the form and puts focus in it, not on <body>.
    await page.getByRole('button', { name: 'Discard' }).last().click();
    assert.equal(await page.getByRole('textbox', { name: 'Full name' }).inputValue(), '');
    assert.equal(await unsaved.count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type') ?? document.activeElement?.tagName), 'text');

    // A stored lead.
    await page.getByRole('textbox', { name: 'Full name' }).fill('Lê Thu Hà');
    await page.getByRole('button', { name: 'Save lead' }).click();
    await page.getByRole('heading', { name: 'Lê Thu Hà' }).waitFor();
    assert.equal(await unsaved.count(), 0);
    const jobTitle = page.getByRole('textbox', { name: 'Job title' });
    await jobTitle.fill('Trưởng phòng mua hàng');
    await unsaved.waitFor();
    await page.getByRole('tab', { name: /^History/ }).click();
    await page.getByRole('tab', { name: 'General' }).click();
    assert.equal(await jobTitle.inputValue(), 'Trưởng phòng mua hàng');
    await page.getByRole('button', { name: 'Back to list' }).click();
    await page.getByRole('button', { name: 'Open Lê Thu Hà' }).click();
    assert.equal(await jobTitle.inputValue(), 'Trưởng phòng mua hàng');
    await unsaved.waitFor();

    // The pane closes and opens again.
    await draftStored(page, 'Trưởng phòng mua hàng');
    await page.reload();
    await page.getByRole('tablist').first().waitFor();
    await leadsTab(page);
    await page.getByRole('button', { name: 'Open Lê Thu Hà' }).click();
    assert.equal(await jobTitle.inputValue(), 'Trưởng phòng mua hàng');
    await page.getByText(/Restored your unsaved changes from/).waitFor();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'drafts-en-400-record.png') });

    // Save ends it: no bar, no draft left.
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes saved.').waitFor();
    assert.equal(await unsaved.count(), 0);
    assert.deepEqual(await readRows(page, 'formDrafts'), []);
    await page.context().close();
  });

  for (const [locale, tag, newLead, fullName] of [['en', 'en-US', 'New lead', 'Full name'], ['vi', 'vi-VN', 'Khách hàng tiềm năng mới', 'Họ và tên']] as const) {
    for (const width of [320, 450]) {
      test(`the bar fits at ${width} px in ${locale}`, async () => {
        const page = await openPane(width, tag);
        await page.getByRole('tab').nth(1).click();
        await page.getByRole('button', { name: newLead }).click();
        await page.getByRole('textbox', { name: fullName }).fill('Nguyễn Hoàng Phương Thảo');
        await page.getByRole('status').last().waitFor();
        const excess = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        await page.screenshot({ path: resolve(SCREENSHOTS, `drafts-${locale}-${width}.png`) });
        assert.equal(excess, 0);
        await page.context().close();
      });
    }
  }
});
