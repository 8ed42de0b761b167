import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DEFAULT_CRITERIA } from '../../src/domain/defaultCriteria';
import { scoreLead, type ScoringCriterion } from '../../src/domain/scoring';
import type { CriterionId } from '../../src/domain/types';
import { expectCount } from '../browser/expectCount';
import { routeOfficeJs } from '../browser/chromium';
import { putRows } from '../browser/paneDatabase';
import { SCREENSHOTS, startPaneHarness } from '../browser/paneHarness';

/** Enough stored scores that a rescore takes long enough to watch and cancel. */
const EXTRA_SCORES = 40_000;

/** Errors the pane reported; each test ends by checking there were none. */
const pageErrors: string[] = [];

const harness = startPaneHarness();

async function openPane(locale = 'en-US', width = 360): Promise<Page> {
  const context = await harness.browser.newContext({ locale, viewport: { width, height: 900 } });
  await routeOfficeJs(context, 'serve');
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    void Promise.all(message.args().map((a) => a.evaluate((e: unknown) => (e instanceof Error ? `${e.name}: ${e.message} ${e.stack ?? ''}` : String(e))).catch(() => '?'))).then((parts) => pageErrors.push(parts.join(' ') || message.text()));
  });
  await page.goto(`${harness.url}taskpane.html`, { waitUntil: 'domcontentloaded' });
  return page;
}

async function saveSampleLead(page: Page): Promise<void> {
  await page.getByLabel('Sample email').selectOption('enquiry');
  await page.getByRole('textbox', { name: 'Full name' }).waitFor();
  await page.getByRole('button', { name: 'Save lead' }).click();
  await page.getByText('Lead saved with this email in its history.').waitFor();
}

type ImportanceOf = (key: string, importance: ScoringCriterion['importance']) => ScoringCriterion['importance'];

/** A score from the domain's own formula over the default criteria (ids stand in for the keys). */
/** Saves the sample lead and opens the Score page of its record; returns the score section. */
async function openSampleLeadScore(page: Page) {
  await saveSampleLead(page);
  await page.getByRole('tab', { name: 'Leads' }).click();
  await page.getByRole('button', { name: /^Open Sarah/ }).click();
  await page.getByRole('tab', { name: 'Score', exact: true }).click();
  return page.getByRole('region', { name: 'Score' });
}

function expectedScore(tickedKeys: string[], importanceOf: ImportanceOf = (_, i) => i) {
  const criteria = DEFAULT_CRITERIA.map(({ key, importance }) => ({ id: key as CriterionId, importance: importanceOf(key, importance) }));
  const { effective } = scoreLead({ criteria, ticks: tickedKeys as CriterionId[], mode: 'automatic', manualStars: null });
  assert.ok(effective);
  return effective;
}

/** The label LeadStars gives that score. */
function expectedLabel(tickedKeys: string[], importanceOf?: ImportanceOf): string {
  const { stars, score } = expectedScore(tickedKeys, importanceOf);
  return `${stars} of 5 stars, score ${score}`;
}

/** Writes many score rows straight into IndexedDB, as a big book of leads would have. */
async function addStoredScores(page: Page, count: number): Promise<void> {
  const rows = Array.from({ length: count }, (_, i) => ({
    leadId: `bulk-${i}`, ticks: [], mode: 'automatic', manualStars: null, computedScore: 0, computedStars: 0, score: 0, stars: 0, criteriaVersion: 0, updatedAt: 0,
  }));
  await putRows(page, 'leadScores', rows);
}

describe('lead scoring in the pane', () => {
  test('ticking criteria changes the stars, and "Why this score" explains them', async () => {
    const page = await openPane();
    const section = await openSampleLeadScore(page);
    await section.getByRole('img', { name: expectedLabel([]) }).waitFor();

    await section.getByRole('checkbox', { name: 'Need identified' }).click();
    await section.getByRole('img', { name: expectedLabel(['needIdentified']) }).waitFor();
    await section.getByRole('checkbox', { name: 'Budget confirmed' }).click();
    await section.getByRole('img', { name: expectedLabel(['needIdentified', 'budgetConfirmed']) }).waitFor();

    await section.getByRole('button', { name: 'Why this score' }).click();
    const why = section.getByRole('list', { name: 'Why this score' });
    await why.getByText(/^Need identified: met, \+/).waitFor();
    await why.getByText(/^Referred by a customer: not met/).waitFor();

    // Manual stars override the computed score; switching back restores it.
    await section.getByRole('radio', { name: 'Manual stars' }).click();
    await section.getByLabel('Your stars').selectOption('5');
    await section.getByRole('img', { name: '5 of 5 stars, score 100' }).waitFor();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'scoring-lead-section.png'), fullPage: true });
    await section.getByRole('radio', { name: 'Automatic' }).click();
    await section.getByRole('img', { name: expectedLabel(['needIdentified', 'budgetConfirmed']) }).waitFor();

    // The by-score view lists the lead with its stars.
    await page.getByRole('tab', { name: 'Scores' }).click();
    const list = page.getByRole('list', { name: 'Leads by score' });
    await list.getByRole('img', { name: expectedLabel(['needIdentified', 'budgetConfirmed']) }).waitFor();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'scoring-by-score.png'), fullPage: true });

    // And the leads list shows the score in its column.
    await page.getByRole('tab', { name: 'Leads' }).click();
    await page.getByLabel(`Score ${expectedScore(['needIdentified', 'budgetConfirmed']).score}`, { exact: true }).waitFor();
    assert.deepEqual(pageErrors.splice(0), []);
    await page.context().close();
  });

  test('editing a criterion rescores every lead with progress; a cancel is finished on the next open', async () => {
    const page = await openPane();
    const section = await openSampleLeadScore(page);
    await section.getByRole('checkbox', { name: 'Need identified' }).click();
    await section.getByRole('img', { name: expectedLabel(['needIdentified']) }).waitFor();
    await addStoredScores(page, EXTRA_SCORES);

    // Lower the importance of "Need identified": every score is recomputed in the background.
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Edit Need identified' }).click();
    await page.getByLabel('Importance', { exact: true }).selectOption('low');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('progressbar').waitFor();
    await page.getByText(/Updating scores to the new criteria/).waitFor();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'scoring-rescore-progress.png'), fullPage: true });
    await page.getByText(`Scores updated: every lead (${(EXTRA_SCORES + 1).toLocaleString('en-US')}) follows the current criteria.`).waitFor({ timeout: 60_000 });
    await expectCount(page.getByRole('progressbar'), 0);

    await page.getByRole('tab', { name: 'Leads' }).click();
    await page.getByRole('button', { name: /^Open Sarah/ }).click();
    await page.getByRole('tab', { name: 'Score', exact: true }).click();
    const lowered = (key: string, importance: ScoringCriterion['importance']) => (key === 'needIdentified' ? 'low' : importance);
    await section.getByRole('img', { name: expectedLabel(['needIdentified'], lowered) }).waitFor();

    // Change it again and cancel: the pane says so, and the next open rolls the rest forward.
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Edit Need identified' }).click();
    await page.getByLabel('Importance', { exact: true }).selectOption('high');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Cancel rescoring' }).click();
    await page.getByText(/Rescoring stopped at/).waitFor();
    await page.reload();
    await page.getByText(`Scores updated: every lead (${(EXTRA_SCORES + 1).toLocaleString('en-US')}) follows the current criteria.`).waitFor({ timeout: 60_000 });
    assert.deepEqual(pageErrors.splice(0), []);
    await page.context().close();
  });

  test('the criteria editor and the score section in Vietnamese at 320 px', async () => {
    const page = await openPane('vi-VN', 320);
    await page.getByRole('tab', { name: 'Cài đặt' }).click();
    await page.getByRole('list', { name: 'Danh sách tiêu chí' }).getByText('Đã xác định nhu cầu').waitFor();
    await page.getByRole('textbox', { name: 'Tiêu chí mới' }).fill('Đã gặp trực tiếp');
    await page.getByRole('button', { name: 'Thêm tiêu chí' }).click();
    await page.getByRole('list', { name: 'Danh sách tiêu chí' }).getByText('Đã gặp trực tiếp').waitFor();
    await page.getByRole('button', { name: 'Xóa Đã gặp trực tiếp' }).click();
    await page.getByRole('button', { name: 'Hoàn tác' }).waitFor();
    await page.screenshot({ path: resolve(SCREENSHOTS, 'scoring-criteria-vi-320.png'), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    assert.equal(overflow, false, 'the settings page scrolls sideways at 320 px');
    assert.deepEqual(pageErrors.splice(0), []);
    await page.context().close();
  });
});
