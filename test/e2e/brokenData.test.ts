import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import type { BrowserContext } from 'playwright-core';
import { routeOfficeJs } from '../browser/chromium';
import { putRows } from '../browser/paneDatabase';
import { SCREENSHOTS, startPaneHarness } from '../browser/paneHarness';

const harness = startPaneHarness();

async function newContext(): Promise<BrowserContext> {
  const context = await harness.browser.newContext({ locale: 'en-US', viewport: { width: 400, height: 900 } });
  await routeOfficeJs(context, 'serve');
  return context;
}

const meta = { createdAt: 1, updatedAt: 1, rev: 1, deletedAt: null };

describe('a damaged database never blanks the pane', () => {
  test('a bad record breaks only the tab that shows it; Settings and safe mode still open', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${harness.url}taskpane.html`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('tab', { name: 'Leads' }).waitFor();

    // A language the pane has no catalogue for, and a lead whose name is an object.
    await putRows(page, 'settings', [{ key: 'language', value: 'de' }]);
    await putRows(page, 'leads', [{
      ...meta, id: 'bad-lead', fullName: { text: 'not a name' }, fileAs: { text: 'x' }, jobTitle: '', company: '', fileAsStyle: 'asWritten',
      accountId: null, emails: [], phones: [], addresses: [], website: '', source: '', notes: '', status: 'open', rating: null, ownerId: null,
      initiatedBy: null, customValues: {}, searchWords: ['bad'], emailKeys: [], phoneKeys: [], sortName: 'bad', sortCompany: '\uffff', sortCreated: 1, dupKey: 'bad|',
    }]);
    await page.reload({ waitUntil: 'domcontentloaded' });

    // "de" reads as automatic: the pane is in the browser's English.
    await page.getByRole('tab', { name: 'Leads' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'This part of LeadPane failed to show' });
    await alert.waitFor();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'broken-data-leads.png'), fullPage: true });

    // Another tab resets the boundary and works; Settings and its backup are there.
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Back up all data' }).waitFor();
    assert.equal(await alert.count(), 0);

    await page.getByRole('tab', { name: 'Leads' }).click();
    await alert.getByRole('button', { name: 'Open in safe mode' }).click();
    await page.waitForURL(/\?safe$/);
    await page.getByRole('heading', { name: 'Safe mode' }).waitFor();
    await page.getByRole('button', { name: 'Back up all data' }).waitFor();
    await page.getByRole('button', { name: 'Restore from backup…' }).waitFor();
    assert.equal(await page.getByRole('tab').count(), 0);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'safe-mode.png'), fullPage: true });
    await page.getByRole('button', { name: 'Leave safe mode' }).click();
    await page.getByRole('tab', { name: 'Leads' }).waitFor();
    assert.ok(!page.url().includes('safe'));
    await context.close();
  });
});
