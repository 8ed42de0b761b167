import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { expectCount } from '../browser/expectCount';
import { routeOfficeJs } from '../browser/chromium';
import { putRows } from '../browser/paneDatabase';
import { SCREENSHOTS, startPaneHarness } from '../browser/paneHarness';

const PHOTO = resolve(__dirname, '../../assets/icon-128.png');

const harness = startPaneHarness();

async function newContext(locale = 'en-US'): Promise<BrowserContext> {
  const context = await harness.browser.newContext({ locale, viewport: { width: 400, height: 900 }, acceptDownloads: true });
  await routeOfficeJs(context, 'serve');
  return context;
}

async function openPane(context: BrowserContext, search = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${harness.url}taskpane.html${search}`, { waitUntil: 'domcontentloaded' });
  await page.getByRole('tab', { name: 'Leads' }).waitFor();
  return page;
}

async function leadsTab(page: Page) {
  await page.getByRole('tab', { name: 'Leads' }).click();
}

/** Creates a lead through the Leads tab's "New lead" form and waits for its record. */
async function createLead(page: Page, name: string, email = '') {
  await leadsTab(page);
  await page.getByRole('button', { name: 'New lead' }).click();
  await page.getByRole('textbox', { name: 'Full name' }).fill(name);
  if (email) await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await page.getByRole('button', { name: 'Save lead' }).click();
  await page.getByRole('heading', { name }).waitFor();
}

async function openLead(page: Page, name: string) {
  await leadsTab(page);
  const back = page.getByRole('button', { name: 'Back to list' });
  if (await back.isVisible()) await back.click();
  await page.getByRole('button', { name: `Open ${name}` }).click();
  await page.getByRole('heading', { name }).waitFor();
}

/** The people list belongs to the workflow feature; the test seeds one person straight into IndexedDB. */
async function seedPerson(page: Page, id: string, name: string) {
  await putRows(page, 'people', [{ id, name, email: 'sales@x.vn', createdAt: 1, updatedAt: 1, rev: 1, deletedAt: null }]);
}

describe('the full lead record', () => {
  test('creates a lead with every field and finds all of it after a reload', async () => {
    const context = await newContext();
    const page = await openPane(context);
    await seedPerson(page, 'p-mai', 'Mai Người Bán');
    await createLead(page, 'Referrer Person');

    // A custom field, defined once in settings.
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('textbox', { name: 'Field name' }).fill('Ngành');
    await page.getByRole('combobox', { name: 'Field type' }).selectOption('choice');
    await page.getByRole('textbox', { name: 'Choices (one per line)' }).fill('Thép\nGỗ');
    await page.getByRole('button', { name: 'Add field' }).click();
    await page.getByText('Ngành · Choice list').waitFor();

    await leadsTab(page);
    await page.getByRole('button', { name: 'New lead' }).click();
    const note = `${'Ghi chú rất dài. '.repeat(600)}e\u0301 👩‍👩‍👧 שלום مرحبا`;
    await page.getByTestId('photo-input').setInputFiles(PHOTO);
    await page.getByRole('textbox', { name: 'Full name' }).fill('Nguyễn Thị Hoa');
    await page.getByRole('textbox', { name: 'Job title' }).fill('Kế toán trưởng');
    await page.getByRole('textbox', { name: 'Company', exact: true }).fill('Công ty Sen Vàng');
    await page.getByRole('combobox', { name: 'File as' }).selectOption('familyGiven');
    await page.getByRole('combobox', { name: 'Account' }).pressSequentially('Sen Vàng');
    await page.getByRole('option', { name: 'Create account “Sen Vàng”' }).click();
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill('hoa@senvang.vn');
    await page.getByRole('button', { name: 'Add email' }).click();
    await page.getByRole('textbox', { name: 'Email 2' }).fill('hoa.nguyen@gmail.com');
    await page.getByRole('combobox', { name: 'Label for Email 2' }).selectOption('home');
    await page.getByRole('textbox', { name: 'Phone', exact: true }).fill('0903 123 456');
    await page.getByRole('button', { name: 'Add phone' }).click();
    await page.getByRole('textbox', { name: 'Phone 2' }).fill('028 3822 0000');
    await page.getByRole('combobox', { name: 'Label for Phone 2' }).selectOption('fax');
    await page.getByRole('button', { name: 'Add address' }).click();
    // The region follows the mailing address while it is only a suggestion.
    // Seen at the narrowest pane Outlook gives (320 px).
    await page.setViewportSize({ width: 320, height: 900 });
    const region = page.getByRole('combobox', { name: 'City / region' });
    await page.getByRole('textbox', { name: 'Address', exact: true }).fill('12 Lê Lợi, Quận 1, TP. Hồ Chí Minh');
    await page.getByText('Read from the mailing address').waitFor();
    assert.equal(await region.inputValue(), 'Hồ Chí Minh');
    await region.scrollIntoViewIfNeeded();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'record-region-suggested-320.png') });
    await page.getByRole('button', { name: 'Add address' }).click();
    await page.getByRole('textbox', { name: 'Address 2' }).fill('45 Nguyễn Huệ, Quận 1');
    await page.getByRole('checkbox', { name: 'Use for mail (2)' }).check();
    assert.equal(await region.inputValue(), '', 'the new mailing address names no province');
    // Picked with the keyboard from the list, typed without diacritics.
    await region.pressSequentially('ho chi');
    await page.getByRole('option', { name: 'Hồ Chí Minh' }).waitFor();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'record-region-list-320.png') });
    await region.press('ArrowDown');
    await region.press('Enter');
    assert.equal(await region.inputValue(), 'Hồ Chí Minh');
    await region.scrollIntoViewIfNeeded();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'record-region-320.png') });
    await page.setViewportSize({ width: 400, height: 900 });
    await page.getByRole('textbox', { name: 'Website' }).fill('senvang.vn');
    await page.getByRole('textbox', { name: 'New source' }).fill('Hội thảo');
    await page.getByRole('button', { name: 'Add source' }).click();
    await page.getByRole('combobox', { name: 'Initiated by' }).pressSequentially('Referrer');
    await page.getByRole('option', { name: 'Lead: Referrer Person' }).click();
    await page.getByRole('combobox', { name: 'Assigned to' }).selectOption({ label: 'Mai Người Bán' });
    await page.getByRole('combobox', { name: 'Rating' }).selectOption('hot');
    // Status is read-only on the form: qualify/disqualify change it (test/e2e/workflow.test.ts).
    assert.equal(await page.getByRole('combobox', { name: 'Status' }).isDisabled(), true);
    await page.getByRole('textbox', { name: 'Notes' }).fill(note);
    await page.getByRole('button', { name: 'Add timestamp' }).click();
    await page.getByRole('combobox', { name: 'Ngành' }).selectOption('Gỗ');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'record-new-filled.png'), fullPage: true });
    await page.getByRole('button', { name: 'Save lead' }).click();
    await page.getByRole('heading', { name: 'Nguyễn Thị Hoa' }).waitFor();

    await page.reload();
    await openLead(page, 'Nguyễn Thị Hoa');
    const value = (role: 'textbox' | 'combobox', name: string) => page.getByRole(role, { name, exact: true }).inputValue();
    assert.equal(await value('textbox', 'Job title'), 'Kế toán trưởng');
    assert.equal(await value('combobox', 'File as'), 'familyGiven');
    // The account's name shows once the accounts list has loaded: wait for it, then compare.
    const account = page.getByRole('combobox', { name: 'Account', exact: true });
    await page.waitForFunction((el) => (el as HTMLInputElement | null)?.value !== '', await account.elementHandle(), { timeout: 10_000 }).catch(() => undefined);
    assert.equal(await account.inputValue(), 'Sen Vàng');
    assert.equal(await value('textbox', 'Email 2'), 'hoa.nguyen@gmail.com');
    assert.equal(await value('combobox', 'Label for Email 2'), 'home');
    assert.equal(await value('textbox', 'Phone 2'), '028 3822 0000');
    assert.equal(await value('combobox', 'Label for Phone 2'), 'fax');
    assert.equal(await value('textbox', 'Address 2'), '45 Nguyễn Huệ, Quận 1');
    assert.equal(await value('combobox', 'City / region'), 'Hồ Chí Minh');
    await page.getByText('City / region: Hồ Chí Minh').waitFor();
    assert.equal(await page.getByRole('checkbox', { name: 'Use for mail (2)' }).isChecked(), true);
    assert.equal(await page.getByRole('checkbox', { name: 'Use for mail (1)' }).isChecked(), false);
    assert.equal(await value('textbox', 'Website'), 'senvang.vn');
    assert.equal(await value('combobox', 'Source'), 'Hội thảo');
    assert.equal(await value('combobox', 'Initiated by'), 'Lead: Referrer Person');
    // A stored lead has one assignment control, the workflow section's "Assign to" (person or team).
    assert.equal(await page.getByRole('combobox', { name: 'Assigned to', exact: true }).count(), 0);
    assert.equal(await page.getByRole('combobox', { name: 'Assign to', exact: true }).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent), 'Mai Người Bán');
    assert.equal(await value('combobox', 'Rating'), 'hot');
    assert.equal(await value('combobox', 'Status'), 'open');
    assert.equal(await value('combobox', 'Ngành'), 'Gỗ');
    const storedNote = await value('textbox', 'Notes');
    assert.ok(storedNote.startsWith(note), 'the long note with odd Unicode is stored intact');
    assert.match(storedNote.slice(note.length), /\d/, 'the timestamp follows the note');
    // Fluent's Avatar hides its inner <img> from the accessibility tree; the stored photo is a blob: URL.
    const photo = page.locator('img[src^="blob:"]');
    await photo.waitFor();
    await photo.evaluate((img: HTMLImageElement) => img.decode());
    const photoSize = await photo.evaluate((img: HTMLImageElement) => Math.max(img.naturalWidth, img.naturalHeight));
    assert.ok(photoSize > 0 && photoSize <= 256, `photo stored at most 256 px (got ${photoSize})`);

    // File-as sorts the list and search folds diacritics.
    await page.getByRole('button', { name: 'Back to list' }).click();
    await page.getByRole('searchbox', { name: 'Search leads' }).fill('nguyen hoa');
    await page.getByText('1 lead', { exact: true }).waitFor();
    await page.getByText('Nguyễn, Hoa Thị').waitFor();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'record-list-search.png'), fullPage: true });
    // Found by what is in hand: digits from the caller ID (with or without the country code),
    // the city, the job title, the email domain; and not by digits it does not have.
    const search = page.getByRole('searchbox', { name: 'Search leads' });
    for (const text of ['0903', '123 456', '+84 903 123', '3822', 'Hồ Chí Minh', 'le loi', 'ke toan', 'senvang']) {
      await search.fill(text);
      await page.getByText('Nguyễn, Hoa Thị').waitFor();
      await page.getByText('1 lead', { exact: true }).waitFor();
    }
    await search.fill('0904');
    await page.getByText('Nguyễn, Hoa Thị').waitFor({ state: 'detached' });
    await search.fill('7946');
    await page.getByText('No lead matches “7946”.').waitFor();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'record-list-search-none.png'), fullPage: true });
    await context.close();
  });

  test('keeps history items of each kind: add, edit, delete with undo, filter with counts', async () => {
    const context = await newContext();
    const page = await openPane(context, '?sample=enquiry');
    const name = await page.getByRole('textbox', { name: 'Full name' }).inputValue();
    await page.getByRole('button', { name: 'Save lead' }).click();
    await page.getByText('Lead saved with this email in its history.').waitFor();
    await openLead(page, name);
    await page.getByRole('tab', { name: /^History/ }).click();

    const add = async (kind: string, subject: string, extra?: () => Promise<void>) => {
      await page.getByRole('button', { name: 'Add to history' }).click();
      await page.getByRole('combobox', { name: 'Kind' }).selectOption(kind);
      await page.getByRole('textbox', { name: 'Subject' }).fill(subject);
      await extra?.();
      await page.getByRole('button', { name: 'Save item' }).click();
      await page.getByRole('list', { name: 'History' }).getByText(subject, { exact: true }).waitFor();
    };
    await add('note', 'Ghi chú họp');
    await add('phone', 'Gọi báo giá', async () => {
      await page.getByRole('spinbutton', { name: 'Duration (minutes)' }).fill('12');
      await page.getByRole('textbox', { name: 'Outcome' }).fill('Hẹn gặp');
    });
    await add('appointment', 'Gặp tại văn phòng', async () => {
      await page.getByRole('textbox', { name: 'Location' }).fill('Quận 1');
    });
    await add('task', 'Gửi báo giá', async () => {
      await page.getByLabel('Due').fill('2026-12-01T09:00');
    });
    const history = page.getByRole('list', { name: 'History' });
    // Four items added, the email, and the "Lead created" item the change path writes.
    await expectCount(history.getByRole('listitem'), 6);
    await page.getByRole('tab', { name: 'History (6)' }).waitFor();
    await history.getByText('Hẹn gặp', { exact: false }).waitFor();

    await page.getByRole('combobox', { name: 'Show' }).selectOption('phone');
    await expectCount(history.getByRole('listitem'), 1);
    const options = await page.getByRole('combobox', { name: 'Show' }).locator('option').allTextContents();
    assert.deepEqual(options, ['All (6)', 'Email (1)', 'Business note (1)', 'Phone log (1)', 'Appointment (1)', 'Task (1)']);
    await page.getByRole('combobox', { name: 'Show' }).selectOption('all');

    await page.getByRole('button', { name: 'Edit Ghi chú họp' }).click();
    await page.getByRole('textbox', { name: 'Subject' }).fill('Ghi chú họp (đã sửa)');
    await page.getByRole('button', { name: 'Save item' }).click();
    await history.getByText('Ghi chú họp (đã sửa)').waitFor();

    await page.getByRole('button', { name: 'Delete Gửi báo giá' }).click();
    await page.getByText('History item deleted.').waitFor();
    await expectCount(history.getByRole('listitem'), 5);
    await page.getByRole('button', { name: 'Undo' }).click();
    await history.getByText('Gửi báo giá', { exact: true }).waitFor();
    await expectCount(history.getByRole('listitem'), 6);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'record-history.png'), fullPage: true });
    await context.close();
  });

  test('deletes with undo, and restores and purges from the recycle bin', async () => {
    const context = await newContext();
    const page = await openPane(context);
    await createLead(page, 'Xóa Thử');
    await page.getByRole('button', { name: 'Delete lead' }).click();
    await page.getByText('Xóa Thử was moved to the recycle bin.').waitFor();
    await expectCount(page.getByRole('button', { name: 'Open Xóa Thử' }), 0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Open Xóa Thử' }).waitFor();

    await openLead(page, 'Xóa Thử');
    await page.getByRole('button', { name: 'Delete lead' }).click();
    await page.getByRole('button', { name: 'Recycle bin' }).click();
    await page.getByRole('button', { name: 'Restore Xóa Thử' }).click();
    await page.getByText('The recycle bin is empty.').waitFor();
    await page.getByRole('button', { name: 'Back to list' }).click();
    await page.getByRole('button', { name: 'Open Xóa Thử' }).waitFor();

    await openLead(page, 'Xóa Thử');
    await page.getByRole('button', { name: 'Delete lead' }).click();
    await page.getByRole('button', { name: 'Recycle bin' }).click();
    await page.getByRole('button', { name: 'Delete Xóa Thử for good' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete for good' }).click();
    await page.getByText('The recycle bin is empty.').waitFor();
    await context.close();
  });

  test('warns of a duplicate on create, opens the existing lead or creates anyway', async () => {
    const context = await newContext();
    const page = await openPane(context);
    await createLead(page, 'Trần Văn Bình', 'binh@dongA.vn');
    await page.getByRole('button', { name: 'Back to list' }).click();
    await page.getByRole('button', { name: 'New lead' }).click();
    await page.getByRole('textbox', { name: 'Full name' }).fill('Bình Trần');
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill('BINH@donga.vn');
    await page.getByRole('button', { name: 'Save lead' }).click();
    await page.getByText('This may be a lead or contact you already have').waitFor();
    await page.getByText('same email', { exact: false }).waitFor();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'record-duplicate.png'), fullPage: true });
    await page.getByRole('button', { name: 'Open existing Trần Văn Bình' }).click();
    await page.getByRole('heading', { name: 'Trần Văn Bình' }).waitFor();

    await page.getByRole('button', { name: 'Back to list' }).click();
    await page.getByRole('button', { name: 'New lead' }).click();
    await page.getByRole('textbox', { name: 'Full name' }).fill('Bình Trần');
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill('binh@donga.vn');
    await page.getByRole('button', { name: 'Save lead' }).click();
    await page.getByRole('button', { name: 'Create anyway' }).click();
    await page.getByRole('heading', { name: 'Bình Trần' }).waitFor();
    await context.close();
  });

  test('two panes editing one lead: the later save is a conflict, offered reload or overwrite', async () => {
    const context = await newContext();
    const paneA = await openPane(context);
    await createLead(paneA, 'Lê Xung Đột');
    const paneB = await openPane(context);
    await openLead(paneB, 'Lê Xung Đột');

    await paneA.getByRole('textbox', { name: 'Job title' }).fill('From pane A');
    await paneA.getByRole('button', { name: 'Save changes' }).click();
    await paneA.getByText('Changes saved.').waitFor();

    await paneB.getByRole('textbox', { name: 'Job title' }).fill('From pane B');
    await paneB.getByRole('button', { name: 'Save changes' }).click();
    await paneB.getByText('Someone changed this lead in another window').waitFor();
    await paneB.screenshot({ path: resolve(SCREENSHOTS, 'record-conflict.png'), fullPage: true });
    await paneB.getByRole('button', { name: 'Reload their version' }).click();
    assert.equal(await paneB.getByRole('textbox', { name: 'Job title' }).inputValue(), 'From pane A');

    await paneB.getByRole('textbox', { name: 'Job title' }).fill('From pane B');
    await paneB.getByRole('button', { name: 'Save changes' }).click();
    await paneB.getByText('Changes saved.').waitFor();

    // Pane A still edits the older version: its save is caught, and it overwrites knowingly.
    await paneA.getByRole('textbox', { name: 'Job title' }).fill('From pane A again');
    await paneA.getByRole('button', { name: 'Save changes' }).click();
    await paneA.getByRole('button', { name: 'Overwrite with mine' }).click();
    await paneA.getByText('Changes saved.').waitFor();
    await paneB.reload();
    await openLead(paneB, 'Lê Xung Đột');
    assert.equal(await paneB.getByRole('textbox', { name: 'Job title' }).inputValue(), 'From pane A again');
    await context.close();
  });

  test('backs up the whole database and restores it with matching counts', async () => {
    const context = await newContext();
    const page = await openPane(context);
    await createLead(page, 'Phạm Sao Lưu', 'saoluu@x.vn');
    await page.getByRole('tab', { name: 'Settings' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up all data' }).click()]);
    const file = resolve(SCREENSHOTS, 'backup.json');
    await download.saveAs(file);
    await page.getByText(/Backup saved: \d+ records\./).waitFor();

    await createLead(page, 'Sau Sao Lưu');
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByTestId('restore-input').setInputFiles(file);
    // The confirmation says what it will do and starts on the safe choice: Enter keeps the data.
    await page.getByText('Replace 2 leads with the 1 in this file?', { exact: false }).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Keep my data');
    await page.getByRole('button', { name: 'Replace my data' }).click();
    await page.getByText(/Restored \d+ records; every table’s count matches the backup\./).waitFor();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'record-settings.png'), fullPage: true });

    await leadsTab(page);
    const back = page.getByRole('button', { name: 'Back to list' });
    if (await back.isVisible()) await back.click();
    await page.getByRole('button', { name: 'Open Phạm Sao Lưu' }).waitFor();
    await expectCount(page.getByRole('button', { name: 'Open Sau Sao Lưu' }), 0);
    await context.close();
  });
});
