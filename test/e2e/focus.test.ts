import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { createTranslate } from '../../src/i18n/translate';
import { routeOfficeJs } from '../browser/chromium';
import { startPaneHarness } from '../browser/paneHarness';
import { seedLeads, SEED_PEOPLE } from '../browser/seedLeads';

/**
 * Keyboard focus after every action that replaces or closes what had focus: it must land on
 * something that makes sense (the saved record's heading, the row a record was opened from, the
 * control that opened a dialog), never on <body>, where the next Tab starts over at the top.
 */
const harness = startPaneHarness();
const t = createTranslate('en');

/** The most Tab presses the keyboard-only new-lead flow may take to reach Save (27 before focus
 * moved into the form; it only goes down). */
export const MAX_TABS_TO_SAVE = 24;

async function openPane(width = 450): Promise<Page> {
  const context = await harness.browser.newContext({ locale: 'en-US', viewport: { width, height: 800 }, reducedMotion: 'reduce', acceptDownloads: true });
  await routeOfficeJs(context, 'serve');
  const page = await context.newPage();
  await page.goto(`${harness.url}taskpane.html`, { waitUntil: 'domcontentloaded' });
  await page.getByText(t('preview.banner')).waitFor();
  await seedLeads(page);
  await page.reload();
  await page.getByText(t('preview.banner')).waitFor();
  return page;
}

/** Waits until `target` holds keyboard focus (it may move there a frame after the action). */
async function expectFocused(page: Page, target: Locator, what: string) {
  try {
    await target.and(page.locator(':focus')).waitFor({ timeout: 5000 });
  } catch {
    const actual = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? `<${el.tagName.toLowerCase()} role=${el.getAttribute('role')} aria-label=${el.getAttribute('aria-label')}>${(el.textContent ?? '').slice(0, 60)}` : 'nothing';
    });
    assert.fail(`${what}: focus is on ${actual}`);
  }
}

const topTab = (page: Page, name: string) => page.getByRole('tablist').first().getByRole('tab', { name, exact: true });
const dialog = (page: Page) => page.getByRole('dialog');
/** A lead's row in the list (rows show the file-as name; the open button names the lead). */
const rowOf = (page: Page, name: string) => page.getByRole('row').filter({ has: page.getByRole('button', { name: t('leads.open', { name }) }) });

/** Opens a dialog from `opener` by keyboard, closes it with Escape, and checks focus went back. */
async function openAndCloseDialog(page: Page, opener: Locator, what: string) {
  await opener.focus();
  await page.keyboard.press('Enter');
  await dialog(page).waitFor();
  await page.keyboard.press('Escape');
  await dialog(page).waitFor({ state: 'detached' });
  await expectFocused(page, opener, `after closing the ${what} dialog`);
}

describe('focus', () => {
  test('the keyboard-only new-lead flow: Tab presses to Save, then focus on the saved record and back on its row', async () => {
    const page = await openPane();
    await topTab(page, t('tabs.leads')).click();
    const newLead = page.getByRole('button', { name: t('record.newLead') });
    await newLead.focus();
    await page.keyboard.press('Enter');
    const fullName = page.getByRole('textbox', { name: t('lead.field.fullName') });
    await fullName.waitFor();
    // Text fields show a focus ring, not only Fluent's thin underline.
    assert.equal(await fullName.evaluate((el) => getComputedStyle(el.closest('.fui-Input')!).outlineStyle), 'solid', 'focus ring on a text field');
    const save = page.getByRole('button', { name: t('lead.save'), exact: true });
    let tabs = 0;
    while (!(await save.evaluate((el) => el === document.activeElement)) && tabs < 100) {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    console.log(`keyboard-only new lead: ${tabs} Tab presses from "New lead" to Save`);
    assert.ok(tabs <= MAX_TABS_TO_SAVE, `${tabs} Tab presses to reach Save`);

    await fullName.fill('Dương Quốc Khánh');
    await save.focus();
    await page.keyboard.press('Enter');
    await expectFocused(page, page.getByRole('heading', { name: 'Dương Quốc Khánh' }), 'after saving a new lead');

    // Saving changes keeps focus on the Save button (it is never disabled out from under it).
    const saveChanges = page.getByRole('button', { name: t('record.save'), exact: true });
    await page.getByRole('textbox', { name: t('lead.field.jobTitle') }).fill('Giám đốc');
    await saveChanges.focus();
    await page.keyboard.press('Enter');
    await page.getByText(t('record.saved')).waitFor();
    await expectFocused(page, saveChanges, 'after saving changes');

    await page.getByRole('button', { name: t('lead.back') }).focus();
    await page.keyboard.press('Enter');
    await expectFocused(page, rowOf(page, 'Dương Quốc Khánh'), 'after Back to list');
    await page.context().close();
  });

  test('opening a record focuses its heading; Back to list focuses the row it came from', async () => {
    const page = await openPane();
    await topTab(page, t('tabs.leads')).click();
    const [, second] = SEED_PEOPLE;
    const row = rowOf(page, second!.name);
    await row.focus();
    await page.keyboard.press('Enter');
    await expectFocused(page, page.getByRole('heading', { name: second!.name }), 'after opening a record');
    await page.getByRole('button', { name: t('lead.back') }).click();
    await expectFocused(page, row, 'after Back to list');

    await page.getByRole('button', { name: t('record.newLead') }).click();
    await page.getByRole('button', { name: t('lead.back') }).click();
    await expectFocused(page, page.getByRole('button', { name: t('record.newLead') }), 'after Back from the new-lead form');

    // Save & New starts the form over with focus in the name; Cancel goes back to "New lead".
    await page.getByRole('button', { name: t('record.newLead') }).click();
    await page.getByRole('textbox', { name: t('lead.field.fullName') }).fill('Phạm Thu');
    await page.getByRole('button', { name: t('lead.saveAndNew') }).click();
    await page.getByText(t('lead.savedNext', { name: 'Phạm Thu' })).waitFor();
    await expectFocused(page, page.getByRole('textbox', { name: t('lead.field.fullName') }), 'after Save & New');
    await page.getByRole('button', { name: t('lead.cancel') }).click();
    await expectFocused(page, page.getByRole('button', { name: t('record.newLead') }), 'after Cancel');
    await page.context().close();
  });

  test('closing any dialog puts focus back on the control that opened it', async () => {
    const page = await openPane();
    await topTab(page, t('tabs.leads')).click();
    const [first, second] = SEED_PEOPLE;
    await rowOf(page, second!.name).click({ position: { x: 8, y: 8 }, modifiers: ['Control'] });
    const selectionActions = page.getByRole('group', { name: t('workflow.selectionActions') });
    await selectionActions.waitFor();
    for (const key of ['workflow.assign', 'workflow.massEdit', 'workflow.lists.addTo', 'workflow.disqualify'] as const) {
      await openAndCloseDialog(page, selectionActions.getByRole('button', { name: t(key), exact: true }), t(key));
    }

    await page.getByRole('button', { name: t('leads.open', { name: first!.name }) }).click();
    await page.getByRole('heading', { name: first!.name }).waitFor();
    await openAndCloseDialog(page, page.getByRole('button', { name: t('workflow.qualify') }), 'qualify');
    await openAndCloseDialog(page, page.getByRole('button', { name: t('workflow.disqualify'), exact: true }), 'disqualify');

    await topTab(page, t('tabs.settings')).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('backup.export'), exact: true }).click()]);
    const restore = page.getByRole('button', { name: t('backup.restore') });
    await restore.focus();
    await page.getByTestId('restore-input').setInputFiles(await download.path());
    await dialog(page).waitFor();
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });
    await expectFocused(page, restore, 'after closing the restore confirmation');
    await page.context().close();
  });

  test('saving a lead from an email focuses the saved lead’s heading', async () => {
    const page = await openPane();
    await page.getByLabel(t('preview.sampleLabel')).selectOption('enquiry');
    const fullName = page.getByRole('textbox', { name: t('lead.field.fullName') });
    await fullName.waitFor();
    const name = await fullName.inputValue();
    await page.getByRole('button', { name: t('lead.save'), exact: true }).focus();
    await page.keyboard.press('Enter');
    await expectFocused(page, page.getByRole('heading', { name }), 'after saving a lead from an email');
    await page.context().close();
  });
});
