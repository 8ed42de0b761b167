import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { expectCount } from '../browser/expectCount';
import { routeOfficeJs, type OfficeRouting } from '../browser/chromium';
import { SCREENSHOTS, startPaneHarness } from '../browser/paneHarness';

const FIXTURE = resolve(__dirname, 'fixtures/vietnamese-windows-1258.eml');

const harness = startPaneHarness();

async function openPane(routing: OfficeRouting = 'serve', locale = 'en-US'): Promise<Page> {
  const context = await harness.browser.newContext({ locale, viewport: { width: 420, height: 900 } });
  await routeOfficeJs(context, routing);
  const page = await context.newPage();
  await page.goto(`${harness.url}taskpane.html`, { waitUntil: 'domcontentloaded' });
  return page;
}

describe('preview mode: an .eml becomes a saved lead', () => {
  test('opens a windows-1258 .eml, saves the lead, and finds it and its history after a reload', async () => {
    const page = await openPane();
    await page.getByText('Preview mode').waitFor();
    await page.getByTestId('eml-input').setInputFiles(FIXTURE);

    const fullName = page.getByRole('textbox', { name: 'Full name' });
    await fullName.waitFor();
    assert.equal(await fullName.inputValue(), 'Trần Thị Mai');
    assert.equal(await page.getByRole('textbox', { name: 'Email' }).inputValue(), 'mai.tran@saigonsteel.com.vn');
    // From the signature, read in windows-1258 and understood by src/mail.
    assert.equal(await page.getByRole('textbox', { name: 'Company' }).inputValue(), 'Công ty Cổ phần Thép Sài Gòn');
    assert.equal(await page.getByRole('textbox', { name: 'Job title' }).inputValue(), 'Trưởng phòng Mua hàng');
    assert.equal(await page.getByRole('textbox', { name: 'Phone' }).inputValue(), '0912 345 678');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'pane-prefilled.png'), fullPage: true });

    await page.getByRole('button', { name: 'Save lead' }).click();
    await page.getByText('Lead saved with this email in its history.').waitFor();

    await page.reload();
    await page.getByRole('tab', { name: 'Leads' }).click();
    await page.getByRole('button', { name: 'Open Trần Thị Mai' }).click();
    await page.getByRole('heading', { name: 'Trần Thị Mai' }).waitFor();
    await page.getByRole('tab', { name: /^History/ }).click();
    const history = page.getByRole('list', { name: 'History' });
    await history.getByText('Hỏi giá thiết bị').waitFor();
    await history.getByText('Lead created from an email').waitFor();
    await expectCount(history.getByRole('listitem'), 2);

    // The same email again: the sender is now a known lead and the email is already logged.
    await page.getByRole('tab', { name: 'This email' }).click();
    await page.getByTestId('eml-input').setInputFiles(FIXTURE);
    await page.getByText('This email is in the lead’s history.').waitFor();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'pane-known-lead.png'), fullPage: true });
    // The full record (to edit any field) is one click away, in the Leads tab.
    await page.getByRole('button', { name: 'Open the full record' }).click();
    await page.getByRole('button', { name: 'Back to list' }).waitFor();
    assert.equal(await page.getByRole('tab', { name: 'Leads' }).getAttribute('aria-selected'), 'true');
    assert.equal(await page.getByRole('textbox', { name: 'Full name' }).inputValue(), 'Trần Thị Mai');
    await page.context().close();
  });

  test('refuses a lead without a name and explains why', async () => {
    const page = await openPane();
    await page.getByLabel('Sample email').selectOption('enquiry');
    const fullName = page.getByRole('textbox', { name: 'Full name' });
    await fullName.waitFor();
    await fullName.fill('');
    await page.getByRole('textbox', { name: 'Email' }).fill('sarah@@northwind');
    await page.getByRole('button', { name: 'Save lead' }).click();
    await page.getByText('Enter the full name: it is the one required field.').waitFor();
    await page.getByText('“sarah@@northwind” is not an email address. Use the form name@company.com.').waitFor();
    await page.context().close();
  });

  test('shows the pane in Vietnamese for a Vietnamese browser', async () => {
    const page = await openPane('serve', 'vi-VN');
    await page.getByText('Chế độ xem trước').waitFor();
    await page.getByRole('tab', { name: 'Khách hàng tiềm năng' }).waitFor();
    await page.context().close();
  });
});

describe('office.js cannot load', () => {
  test('a blocked CDN is reported and preview still works', async () => {
    const page = await openPane('block');
    await page.getByText('Office could not be loaded').waitFor({ timeout: 10_000 });
    await page.getByText('Preview mode').waitFor();
    await page.context().close();
  });

  test('a hanging CDN is reported within 10 seconds', async () => {
    const page = await openPane('hang');
    const started = Date.now();
    await page.getByText('Office could not be loaded').waitFor({ timeout: 12_000 });
    assert.ok(Date.now() - started < 11_500, 'the message came after the 10 s promise');
    await page.context().close();
  });
});
