import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createTranslate, type Locale } from '../../src/i18n/translate';
import { routeOfficeJs } from '../browser/chromium';
import { SCREENSHOTS, startPaneHarness } from '../browser/paneHarness';
import { seedLeads, SEED_PEOPLE } from '../browser/seedLeads';
import { seedReportLeads } from '../browser/seedReportLeads';

/**
 * Outlook's narrowest pane (320 px): nothing scrolls sideways on any tab, the record of the lead
 * with a very long company name, or the new-lead form, and the tab bar stays on one line.
 * Screenshots of each go to test-results/ (narrow-<locale>-<state>.png).
 */
const harness = startPaneHarness();
const LANGUAGES: readonly { locale: Locale; tag: string }[] = [{ locale: 'en', tag: 'en-US' }, { locale: 'vi', tag: 'vi-VN' }];

async function openPane(tag: string, width: number, forcedColors: 'none' | 'active' = 'none', seed: (page: Page) => Promise<void> = seedLeads): Promise<Page> {
  const context = await harness.browser.newContext({ locale: tag, viewport: { width, height: 700 }, reducedMotion: 'reduce', forcedColors });
  await routeOfficeJs(context, 'serve');
  const page = await context.newPage();
  await page.goto(`${harness.url}taskpane.html`, { waitUntil: 'domcontentloaded' });
  await page.getByRole('tablist').first().waitFor();
  await seed(page);
  await page.reload();
  await page.getByRole('tablist').first().waitFor();
  return page;
}

/** How far the page is wider than the pane (0 when nothing scrolls sideways), and what sticks out. */
async function overflow(page: Page): Promise<{ excess: number; widest: string }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    let widest = '';
    let right = root.clientWidth;
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.right > right + 0.5 && box.width > 0) {
        right = box.right;
        widest = `<${element.tagName.toLowerCase()} class="${(element.getAttribute('class') ?? '').split(' ')[0]}"> ${(element.textContent ?? '').slice(0, 40)}`;
      }
    }
    return { excess: root.scrollWidth - root.clientWidth, widest };
  });
}

async function tabBarLines(page: Page): Promise<number> {
  return page.getByRole('tablist').first().evaluate((list) => new Set([...list.querySelectorAll('[role="tab"]')].map((tab) => Math.round(tab.getBoundingClientRect().top))).size);
}

describe('the pane at 320 px', () => {
  for (const { locale, tag } of LANGUAGES) {
    test(`no sideways scroll on any tab, and a one-line tab bar, in ${locale}`, async () => {
      const t = createTranslate(locale);
      const page = await openPane(tag, 320);
      const problems: string[] = [];
      const check = async (state: string) => {
        const { excess, widest } = await overflow(page);
        if (excess > 0) problems.push(`${state}: ${excess} px too wide (${widest})`);
        await page.screenshot({ path: resolve(SCREENSHOTS, `narrow-${locale}-${state}.png`) });
      };
      assert.equal(await tabBarLines(page), 1, 'the tab bar is one line');
      const tabs = page.getByRole('tablist').first().getByRole('tab');
      const count = await tabs.count();
      for (let i = 0; i < count; i += 1) {
        await tabs.nth(i).click();
        await page.getByRole('tab', { selected: true }).first().waitFor();
        await page.waitForLoadState('networkidle');
        await check(`tab-${i}`);
      }
      await page.getByRole('tablist').first().getByRole('tab', { name: t('tabs.leads'), exact: true }).click();
      const long = SEED_PEOPLE[2]!;
      await page.getByRole('button', { name: t('leads.open', { name: long.name }) }).click();
      await page.getByRole('heading', { name: long.name }).waitFor();
      await check('record-long-company');
      await page.getByRole('button', { name: t('lead.back') }).click();
      await page.getByRole('button', { name: t('record.newLead') }).click();
      await page.getByRole('textbox', { name: t('lead.field.fullName') }).waitFor();
      await page.getByRole('textbox', { name: t('lead.field.company') }).fill(long.company);
      await check('new-lead');
      assert.deepEqual(problems, []);
      await page.context().close();
    });
  }

  test('rows show who each lead is assigned to, at 320 px, without sideways scroll', async () => {
    const page = await openPane('vi-VN', 320, 'none', seedReportLeads);
    const t = createTranslate('vi');
    await page.getByRole('tablist').first().getByRole('tab', { name: t('tabs.leads'), exact: true }).click();
    const rowOf = (name: string) => page.getByRole('row').filter({ has: page.getByRole('button', { name: t('leads.open', { name }) }) });
    await rowOf('Anh Nguyễn').getByText('Lan Phạm').waitFor();
    await rowOf('Cường Lê').getByText('Đức Minh').waitFor();
    assert.equal(await rowOf('Giang Hồ').getByRole('gridcell').nth(2).innerText(), '', 'an unassigned lead shows no name');
    assert.deepEqual(await overflow(page), { excess: 0, widest: '' });
    await page.screenshot({ path: resolve(SCREENSHOTS, 'narrow-vi-assignees-320.png') });
    await page.context().close();
  });

  test('screenshots in forced colours at 320 and 450 px', async () => {
    for (const width of [320, 450]) {
      const page = await openPane('vi-VN', width, 'active');
      const t = createTranslate('vi');
      await page.getByRole('tablist').first().getByRole('tab', { name: t('tabs.leads'), exact: true }).click();
      await page.getByRole('button', { name: t('leads.open', { name: SEED_PEOPLE[0]!.name }) }).waitFor();
      // A selected row takes the system's selection colour (a tint alone vanishes in forced colours).
      const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: t('leads.open', { name: SEED_PEOPLE[0]!.name }) }) });
      await row.getByRole('checkbox').click();
      await page.waitForFunction((el) => el?.getAttribute('aria-selected') === 'true', await row.elementHandle());
      const [rowColour, highlight] = await row.evaluate((el) => {
        const probe = document.body.appendChild(document.createElement('div'));
        probe.style.backgroundColor = 'Highlight';
        const colours = [getComputedStyle(el).backgroundColor, getComputedStyle(probe).backgroundColor];
        probe.remove();
        return colours;
      });
      assert.equal(rowColour, highlight, 'a selected row is drawn in Highlight');
      await page.screenshot({ path: resolve(SCREENSHOTS, `narrow-forced-vi-${width}.png`) });
      await page.context().close();
    }
  });
});
