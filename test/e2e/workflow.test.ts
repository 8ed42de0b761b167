import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Lead } from '../../src/domain/types';
import { expectCount } from '../browser/expectCount';
import { routeOfficeJs } from '../browser/chromium';
import { readRows } from '../browser/paneDatabase';
import { SCREENSHOTS, startPaneHarness } from '../browser/paneHarness';
import { seedLeadRecords, seedLeads } from '../browser/seedLeads';


const harness = startPaneHarness();

const PEOPLE = [
  { name: 'An Nguyễn', company: 'Contoso', email: 'an@contoso.com', address: '45 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh' },
  { name: 'Bình Trần', company: 'Contoso', email: 'binh@contoso.com', address: '' },
  { name: 'Chi Lê', company: 'Fabrikam', email: 'chi@fabrikam.vn', address: '12 Trần Phú, Hải Châu, Da Nang' },
  { name: 'Dũng Phạm', company: 'Northwind', email: 'dung@northwind.vn', address: 'Tầng 3, toà nhà Sông Đà' },
  { name: 'Em Võ', company: 'Litware', email: 'em@litware.vn', address: '' },
];

async function openPane(width = 400, locale = 'en-US'): Promise<Page> {
  const context = await harness.browser.newContext({ locale, viewport: { width, height: 900 } });
  await routeOfficeJs(context, 'serve');
  const page = await context.newPage();
  await page.goto(`${harness.url}taskpane.html`, { waitUntil: 'domcontentloaded' });
  await page.getByText('Preview mode').waitFor();
  // The app has created the database; write the leads straight into IndexedDB, then reload.
  await seedLeads(page, seedLeadRecords(PEOPLE, 'lead'));
  await page.reload();
  await page.getByRole('tab', { name: 'Leads' }).click();
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Newest' });
  await page.getByRole('button', { name: 'Open An Nguyễn' }).waitFor();
  return page;
}

async function readLeads(page: Page): Promise<Lead[]> {
  return (await readRows<Lead>(page, 'leads')).sort((a, b) => a.id.localeCompare(b.id));
}

/** The list row of a lead (clicking it selects; its Open button opens the record). */
const row = (page: Page, name: string) => page.getByRole('row').filter({ has: page.getByRole('button', { name: `Open ${name}` }) });
const open = (page: Page, name: string) => page.getByRole('button', { name: `Open ${name}` }).click();
const pick = (page: Page, name: string, modifier: 'Control' | 'Shift') => row(page, name).click({ position: { x: 8, y: 8 }, modifiers: [modifier] });
const actions = (page: Page) => page.getByRole('group', { name: 'Actions for the selected leads' });
/** Ctrl+clicks a row until it is selected: a click landing while the list re-renders is lost. */
async function select(page: Page, name: string) {
  const target = row(page, name);
  for (let attempt = 0; attempt < 3 && (await target.getAttribute('aria-selected')) !== 'true'; attempt++) {
    await pick(page, name, 'Control');
    await page
      .waitForFunction((el) => el?.getAttribute('aria-selected') === 'true', await target.elementHandle(), { timeout: 5_000 })
      .catch(() => undefined);
  }
}

async function applyMassEdit(page: Page, button: 'Mass edit' | 'Assign', setValue: (dialog: ReturnType<Page['getByRole']>) => Promise<void>, count: number) {
  await actions(page).getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog');
  await setValue(dialog);
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByRole('button', { name: count === 1 ? 'Apply to 1 lead' : `Apply to ${count} leads` }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('working leads', () => {
  test('selects with Ctrl+click, Shift+click and Ctrl+A, showing the count', async () => {
    const page = await openPane();
    await pick(page, 'Em Võ', 'Control');
    await page.getByRole('toolbar', { name: '1 selected' }).waitFor();
    await pick(page, 'Bình Trần', 'Shift');
    await page.getByRole('toolbar', { name: '4 selected' }).waitFor();
    await pick(page, 'Dũng Phạm', 'Control');
    await page.getByRole('toolbar', { name: '3 selected' }).waitFor();
    assert.equal(await row(page, 'Dũng Phạm').getAttribute('aria-selected'), 'false');
    await row(page, 'An Nguyễn').focus();
    await page.keyboard.press('Control+a');
    await page.getByRole('toolbar', { name: '5 selected' }).waitFor();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'workflow-selection.png'), fullPage: true });
    // The checkbox selects and a plain click opens.
    await row(page, 'Chi Lê').getByRole('checkbox', { name: 'Select Chi Lê' }).click();
    await page.getByRole('toolbar', { name: '4 selected' }).waitFor();
    assert.equal(await row(page, 'Chi Lê').getAttribute('aria-selected'), 'false');
    await row(page, 'Chi Lê').click();
    await page.getByRole('heading', { name: 'Chi Lê' }).waitFor();
    await page.context().close();
  });

  test('mass edit sets and clears a value on all matching leads, and undo restores them', async () => {
    const page = await openPane();
    await row(page, 'An Nguyễn').focus();
    await page.keyboard.press('Control+a');
    await page.getByRole('toolbar', { name: '5 selected' }).waitFor();
    await applyMassEdit(page, 'Mass edit', async (dialog) => {
      await dialog.getByRole('textbox', { name: 'New value' }).fill('Trade fair');
    }, 5);
    await page.getByText('5 leads changed (0 already had this value, 0 skipped).').waitFor();
    assert.deepEqual((await readLeads(page)).map((l) => l.source), Array(5).fill('Trade fair'));
    await page.screenshot({ path: resolve(SCREENSHOTS, 'workflow-mass-edit-done.png'), fullPage: true });
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Undone: 5 leads restored.').waitFor();
    assert.deepEqual((await readLeads(page)).map((l) => l.source), Array(5).fill('Web'));

    await applyMassEdit(page, 'Mass edit', async (dialog) => {
      await dialog.getByRole('checkbox', { name: 'Clear value' }).check();
    }, 5);
    await page.getByText('5 leads changed (0 already had this value, 0 skipped).').waitFor();
    assert.deepEqual((await readLeads(page)).map((l) => l.source), Array(5).fill(''));
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Undone: 5 leads restored.').waitFor();
    assert.deepEqual((await readLeads(page)).map((l) => l.source), Array(5).fill('Web'));
    await page.context().close();
  });

  test('mass edit sets manual stars that "leads by score" shows; Undo survives a trip to another tab and writes history', async () => {
    const page = await openPane();
    await row(page, 'An Nguyễn').focus();
    await page.keyboard.press('Control+a');
    await applyMassEdit(page, 'Mass edit', async (dialog) => {
      await dialog.getByRole('combobox', { name: 'Field' }).selectOption({ label: 'Score (stars)' });
      await dialog.getByRole('combobox', { name: 'New value' }).selectOption({ label: '4 of 5 stars (set by hand)' });
      await page.screenshot({ path: resolve(SCREENSHOTS, 'workflow-mass-edit-score.png') });
    }, 5);
    await page.getByText('5 leads changed (0 already had this value, 0 skipped).').waitFor();

    await page.getByRole('tab', { name: 'Scores' }).click();
    await expectCount(page.getByRole('list', { name: 'Leads by score' }).getByRole('img', { name: '4 of 5 stars, score 80' }), 5);
    await page.getByRole('tab', { name: 'Leads' }).click();
    await open(page, 'Chi Lê');
    await page.getByRole('tab', { name: /^History/ }).click();
    await page.getByRole('list', { name: 'History' }).getByText('Score (stars): automatic → 4 ★ (manual)').waitFor();
    await page.getByRole('button', { name: 'Back to list' }).click();

    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Undone: 5 leads restored.').waitFor();
    await open(page, 'Chi Lê');
    await page.getByRole('tab', { name: /^History/ }).click();
    await page.getByRole('list', { name: 'History' }).getByText('Score (stars): 4 ★ (manual) → automatic').waitFor();
    await page.context().close();
  });

  test('sorts the list by score, highest first, the rest newest first, and follows score changes', async () => {
    const page = await openPane();
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Score' });
    await pick(page, 'Chi Lê', 'Control');
    await applyMassEdit(page, 'Mass edit', async (dialog) => {
      await dialog.getByRole('combobox', { name: 'Field' }).selectOption({ label: 'Score (stars)' });
      await dialog.getByRole('combobox', { name: 'New value' }).selectOption({ label: '5 of 5 stars (set by hand)' });
    }, 1);
    await page.getByText('1 lead changed (0 already had this value, 0 skipped).').waitFor();
    // The list is live: the lead that just got five stars moves to the top, the rest newest first.
    // (Filed under the family name: the seeded names are written given name first.)
    const expected = ['Lê, Chi', 'Võ, Em', 'Phạm, Dũng', 'Trần, Bình', 'Nguyễn, An'];
    const shown = () =>
      page.evaluate(() => [...document.querySelectorAll('[role="grid"] [role="row"]')].map((row) => (row as HTMLElement).innerText.split('\n')[0]));
    await page.waitForFunction((want) => {
      const names = [...document.querySelectorAll('[role="grid"] [role="row"]')].map((row) => (row as HTMLElement).innerText.split('\n')[0]);
      return JSON.stringify(names) === JSON.stringify(want);
    }, expected).catch(async (error: unknown) => {
      throw new Error(`rows stayed ${JSON.stringify(await shown())}: ${String(error)}`);
    });
    await page.context().close();
  });

  test('mass edit reads the city / region from each lead\'s mailing address at 320 px, and writes it in history', async () => {
    const page = await openPane(320);
    await row(page, 'An Nguyễn').focus();
    await page.keyboard.press('Control+a');
    await applyMassEdit(page, 'Mass edit', async (dialog) => {
      await dialog.getByRole('combobox', { name: 'Field' }).selectOption({ label: 'City / region' });
      await dialog.getByRole('checkbox', { name: 'Read from each lead’s mailing address' }).check();
      await page.screenshot({ path: resolve(SCREENSHOTS, 'workflow-mass-edit-region-320.png') });
    }, 5);
    await page.getByText('2 leads changed (0 already had this value, 3 skipped).').waitFor();
    assert.deepEqual((await readLeads(page)).map((l) => l.region ?? null), ['Hồ Chí Minh', null, 'Đà Nẵng', null, null]);
    await open(page, 'Chi Lê');
    await page.getByRole('tab', { name: /^History/ }).click();
    await page.getByRole('list', { name: 'History' }).getByText('City / region: (empty) → Đà Nẵng').waitFor();
    await page.context().close();
  });

  test('assigns leads to a team from the list, filters by team and records it in history', async () => {
    const page = await openPane();
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('textbox', { name: 'Your name (not running in Outlook)' }).fill('Hoa Đặng');
    await page.getByRole('button', { name: 'Set as me' }).click();
    await page.getByText('You: Hoa Đặng').waitFor();
    await page.getByRole('textbox', { name: 'Team name' }).fill('Miền Nam');
    await page.getByRole('button', { name: 'Add team' }).click();
    // The box is controlled by the stored team, so it turns checked once the write lands.
    const member = page.getByRole('group', { name: 'Members of Miền Nam' }).getByRole('checkbox', { name: 'Hoa Đặng' });
    await member.click();
    await page.waitForFunction((el) => (el as HTMLInputElement).checked, await member.elementHandle());
    await page.screenshot({ path: resolve(SCREENSHOTS, 'workflow-settings.png'), fullPage: true });

    await page.getByRole('tab', { name: 'Leads' }).click();
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Newest' });
    await pick(page, 'An Nguyễn', 'Control');
    await pick(page, 'Chi Lê', 'Control');
    await applyMassEdit(page, 'Assign', async (dialog) => {
      await dialog.getByRole('combobox', { name: 'New value' }).selectOption({ label: 'Miền Nam' });
    }, 2);
    await page.getByText('2 leads changed (0 already had this value, 0 skipped).').waitFor();
    await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Team: Miền Nam' });
    await row(page, 'Bình Trần').waitFor({ state: 'detached' });
    await expectCount(page.getByRole('grid', { name: 'Leads' }).getByRole('row'), 2);
    // Hoa is in Miền Nam, so the team's leads are hers too.
    await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Assigned to me or my teams' });
    await expectCount(page.getByRole('grid', { name: 'Leads' }).getByRole('row'), 2);
    await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Team: Miền Nam' });
    await open(page, 'Chi Lê');
    await page.getByRole('tab', { name: /^History/ }).click();
    await page.getByRole('list', { name: 'History' }).getByText('Assigned to Miền Nam').waitFor();
    assert.equal(await page.getByRole('combobox', { name: 'Assign to', exact: true }).inputValue(), await page.getByRole('combobox', { name: 'Assign to', exact: true }).locator('option', { hasText: 'Miền Nam' }).getAttribute('value'));
    await page.context().close();
  });

  test('qualifies a lead into contact, account and opportunity, then links a second lead to the existing account', async () => {
    const page = await openPane();
    await open(page, 'An Nguyễn');
    await page.getByRole('button', { name: 'Qualify (convert to business contact)' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Create a new account “Contoso”' }).waitFor();
    assert.equal(await dialog.getByRole('radio', { name: 'Create a new account “Contoso”' }).isChecked(), true);
    await dialog.getByRole('textbox', { name: 'Topic' }).fill('Steel coils');
    await dialog.getByRole('textbox', { name: 'Estimated value' }).fill('120.000.000');
    await dialog.getByRole('button', { name: 'Qualify' }).click();
    await page.getByText('An Nguyễn is qualified.').waitFor();
    await page.getByText('Account: Contoso').waitFor();
    await page.getByText('Opportunity: Steel coils').waitFor();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'workflow-qualified.png'), fullPage: true });

    await page.getByRole('button', { name: 'Back to list' }).click();
    await open(page, 'Bình Trần');
    await page.getByRole('button', { name: 'Qualify (convert to business contact)' }).click();
    const link = dialog.getByRole('radio', { name: 'Link to “Contoso” (same company name, domain)' });
    await link.waitFor();
    assert.equal(await link.isChecked(), true);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'workflow-qualify-duplicates.png'), fullPage: true });
    await dialog.getByRole('checkbox', { name: 'Create an opportunity' }).uncheck();
    await dialog.getByRole('button', { name: 'Qualify' }).click();
    await page.getByText('Bình Trần is qualified.').waitFor();

    await page.getByRole('tab', { name: 'Customers' }).click();
    await page.getByRole('tab', { name: 'Accounts' }).click();
    // The tab loads on first use and the list is a live query: wait for it before counting.
    const accounts = page.getByRole('list', { name: 'Accounts' }).getByRole('listitem');
    await accounts.first().waitFor();
    await expectCount(accounts, 1);
    await page.getByRole('button', { name: 'Open Contoso' }).click();
    const contacts = page.getByRole('list', { name: 'Contacts at this account' });
    await contacts.getByText('Bình Trần').waitFor();
    await contacts.getByText('An Nguyễn').waitFor();
    await page.getByRole('button', { name: 'Open An Nguyễn' }).click();
    await page.getByRole('list', { name: 'History' }).getByText('Qualified: became a contact').waitFor();
    // The contact keeps its own history: a call logged after the sale.
    await page.getByRole('button', { name: 'Add to history' }).click();
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('phone');
    await page.getByRole('textbox', { name: 'Subject' }).fill('Gọi xác nhận đơn hàng');
    await page.getByRole('button', { name: 'Save item' }).click();
    await page.getByRole('list', { name: 'History' }).getByText('Gọi xác nhận đơn hàng', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Open the original lead' }).click();
    await page.getByRole('heading', { name: 'An Nguyễn' }).waitFor();
    await page.getByText('Qualified', { exact: true }).first().waitFor();
    await page.context().close();
  });

  test('disqualifies with a reason, hides the lead from the default view, and reactivates it', async () => {
    const page = await openPane();
    await open(page, 'Dũng Phạm');
    await page.getByRole('button', { name: 'Disqualify' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Reason' }).selectOption({ label: 'No budget' });
    await dialog.getByRole('button', { name: 'Disqualify' }).click();
    await page.getByText('Disqualified: No budget').first().waitFor();
    await page.getByRole('button', { name: 'Back to list' }).click();
    await row(page, 'An Nguyễn').waitFor();
    await expectCount(row(page, 'Dũng Phạm'), 0);
    // Disqualified leads stay searchable.
    await page.getByRole('searchbox', { name: 'Search leads' }).fill('dung');
    await row(page, 'Dũng Phạm').waitFor();
    await page.getByRole('searchbox', { name: 'Search leads' }).fill('');
    await row(page, 'Dũng Phạm').waitFor({ state: 'detached' });
    await page.getByRole('checkbox', { name: 'Include disqualified' }).check();
    await open(page, 'Dũng Phạm');
    await page.getByRole('button', { name: 'Reactivate' }).click();
    await page.getByRole('tab', { name: /^History/ }).click();
    await page.getByRole('list', { name: 'History' }).getByText('Reactivated').waitFor();
    await page.getByRole('list', { name: 'History' }).getByText('Disqualified: No budget').waitFor();
    await page.getByRole('button', { name: 'Back to list' }).click();
    await page.getByRole('checkbox', { name: 'Include disqualified' }).uncheck();
    await row(page, 'Dũng Phạm').waitFor();
    await page.context().close();
  });

  test('adds selected leads to a new marketing list and shows the membership on the lead and the list', async () => {
    const page = await openPane(360);
    await select(page, 'Chi Lê');
    await select(page, 'Em Võ');
    await page.getByRole('toolbar', { name: '2 selected' }).waitFor();
    await actions(page).getByRole('button', { name: 'Add to list' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'New list name' }).fill('Hội chợ 2026');
    await dialog.getByRole('button', { name: 'Add to list' }).click();
    await page.getByText('Added 2 to “Hội chợ 2026”.').waitFor();
    await open(page, 'Em Võ');
    await page.getByRole('list', { name: 'In lists' }).getByText('Hội chợ 2026').waitFor();
    await page.getByRole('tab', { name: 'Customers' }).click();
    await page.getByRole('tab', { name: 'Marketing lists' }).click();
    await page.getByRole('button', { name: 'Open list Hội chợ 2026' }).click();
    const members = page.getByRole('list', { name: 'Members of Hội chợ 2026' });
    await members.getByText('Chi Lê').waitFor();
    await page.getByRole('button', { name: 'Remove Chi Lê from the list' }).click();
    await members.getByText('Chi Lê').waitFor({ state: 'detached' });
    await expectCount(members.getByRole('listitem'), 1);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'workflow-lists-360.png'), fullPage: true });

    await page.getByRole('button', { name: 'Rename list Hội chợ 2026' }).click();
    await page.getByRole('textbox', { name: 'Rename' }).fill('Fair 2026');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Delete list Fair 2026' }).click();
    await page.getByText('List “Fair 2026” deleted.').waitFor();
    await page.getByRole('button', { name: 'Open list Fair 2026' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Open list Fair 2026' }).click();
    await page.getByRole('list', { name: 'Members of Fair 2026' }).getByText('Em Võ').waitFor();
    await page.context().close();
  });

  test('shows the workflow screens in Vietnamese at 320 px', async () => {
    const context = await harness.browser.newContext({ locale: 'vi-VN', viewport: { width: 320, height: 900 } });
    await routeOfficeJs(context, 'serve');
    const vi = await context.newPage();
    await vi.goto(`${harness.url}taskpane.html`, { waitUntil: 'domcontentloaded' });
    await vi.getByRole('tab', { name: 'Cài đặt' }).click();
    await vi.getByText('Lý do loại bỏ').waitFor();
    await vi.screenshot({ path: resolve(SCREENSHOTS, 'workflow-settings-vi-320.png'), fullPage: true });
    await vi.getByRole('tab', { name: 'Khách hàng', exact: true }).click();
    await vi.getByText('Chưa có liên hệ nào. Hãy chuyển đổi một khách hàng tiềm năng để tạo.').waitFor();
    await context.close();
  });
});
