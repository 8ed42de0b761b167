import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createTranslate, type Locale } from '../../src/i18n/translate';
import { routeOfficeJs } from '../browser/chromium';
import { SCREENSHOTS, startPaneHarness } from '../browser/paneHarness';
import { seedLeads, SEED_PEOPLE } from '../browser/seedLeads';

/**
 * axe-core on every tab, record page and dialog, in both languages, at Outlook's two pane widths,
 * in light, dark and forced colours. One page per language and width walks through the states;
 * each state is checked in the three colour modes without reloading (the pane follows the
 * colour scheme live), which keeps this file's run time small.
 */
const harness = startPaneHarness();
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const WIDTHS = [320, 450] as const;
const LANGUAGES: readonly { locale: Locale; tag: string }[] = [{ locale: 'en', tag: 'en-US' }, { locale: 'vi', tag: 'vi-VN' }];
const THEMES = {
  light: { colorScheme: 'light', forcedColors: 'none' },
  dark: { colorScheme: 'dark', forcedColors: 'none' },
  forced: { colorScheme: 'dark', forcedColors: 'active' },
} as const;

/**
 * Any violation fails the test: the pane had none when this became zero (from region 320,
 * aria-hidden-focus 120, page-has-heading-one 40, label 28 nodes over every state).
 */
const ALLOWED: Readonly<Record<string, number>> = {};

/**
 * Tabster (Fluent's focus manager) puts `<i data-tabster-dummy tabindex="0" aria-hidden="true">`
 * at the edges of tab lists, dialogs and focus groups: they are focusable on purpose, to catch
 * Tab and pass focus on to the real next element, and hidden on purpose, as they have nothing to
 * say. They are Fluent's own nodes, not the pane's, so aria-hidden-focus alone skips exactly them;
 * every other rule still checks them, and any other aria-hidden node is still checked by this one.
 */
const TABSTER_DUMMY_EXCLUSION = { id: 'aria-hidden-focus', selector: '[aria-hidden="true"]:not([data-tabster-dummy])' };

type Found = { rule: string; state: string; target: string; html: string };

/**
 * Rules whose result depends on colours. The other rules read only the DOM, which is the same in
 * every colour mode, so dark and forced colours run just these (a third of the time per state).
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

type AxeResult = { violations: { id: string; nodes: { target: string[]; html: string }[] }[] };

async function runAxe(page: Page, state: string): Promise<Found[]> {
  const found: Found[] = [];
  for (const [theme, media] of Object.entries(THEMES)) {
    await page.emulateMedia(media);
    // Let React apply the theme that the media change asked for, and dialogs finish fading in
    // (Fluent's motion runs on the Web Animations API), before axe reads colours.
    await page.evaluate(async () => {
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      await Promise.all(document.getAnimations().map((animation) => animation.finished));
    });
    const options = theme === 'light'
      // label-content-name-mismatch is experimental in axe 4; a visible label that differs from
      // the spoken name trips up voice-control users, so it is checked too.
      ? { resultTypes: ['violations'], rules: { 'label-content-name-mismatch': { enabled: true } } }
      : { resultTypes: ['violations'], runOnly: { type: 'rule', values: COLOUR_RULES } };
    const violations = await page.evaluate(async (opts) => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
      const result = await axe.run(document, opts);
      return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html.slice(0, 160) })) }));
    }, options);
    for (const v of violations) for (const node of v.nodes) found.push({ rule: v.id, state: `${state} (${theme})`, ...node });
  }
  await page.emulateMedia(THEMES.light);
  return found;
}

async function openPane(locale: Locale, tag: string, width: number): Promise<Page> {
  // bypassCSP: the pane's Content-Security-Policy refuses inline scripts, and axe is injected as one.
  const context = await harness.browser.newContext({ locale: tag, viewport: { width, height: 800 }, reducedMotion: 'reduce', bypassCSP: true });
  await routeOfficeJs(context, 'serve');
  const page = await context.newPage();
  await page.goto(`${harness.url}taskpane.html`, { waitUntil: 'domcontentloaded' });
  const t = createTranslate(locale);
  await page.getByText(t('preview.banner')).waitFor();
  await seedLeads(page);
  await page.reload();
  await page.getByText(t('preview.banner')).waitFor();
  await page.addScriptTag({ content: AXE_SOURCE });
  await page.evaluate((rule) => {
    (window as unknown as { axe: { configure(spec: object): void } }).axe.configure({ rules: [rule] });
  }, TABSTER_DUMMY_EXCLUSION);
  // Colours are checked at rest: a button's colour transition caught half-way is not what users read.
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });
  return page;
}

/** Walks the pane through every state a user can reach, checking each one. */
async function checkEveryState(page: Page, locale: Locale): Promise<Found[]> {
  const t = createTranslate(locale);
  const found: Found[] = [];
  const check = async (state: string) => {
    // Dialogs render in portals under <body>: only <html lang> gives them the pane's language.
    assert.equal(await page.evaluate(() => document.documentElement.lang), locale, `<html lang> in ${state}`);
    assert.deepEqual(await duplicateNames(page), [], `tabs or fields that share a name in ${state}`);
    found.push(...(await runAxe(page, state)));
  };
  const topTab = (name: string) => page.getByRole('tablist').first().getByRole('tab', { name, exact: true });
  const dialog = page.getByRole('dialog');
  const closeDialog = async () => {
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  };
  const [first, second] = SEED_PEOPLE;

  await check('this email, no message');
  await page.getByLabel(t('preview.sampleLabel')).selectOption('enquiry');
  await page.getByRole('textbox', { name: t('lead.field.fullName') }).waitFor();
  await check('this email, sample');

  await topTab(t('tabs.leads')).click();
  const openButton = (name: string) => page.getByRole('button', { name: t('leads.open', { name }) });
  await openButton(first!.name).waitFor();
  await check('leads list');
  await page.getByRole('row').filter({ has: openButton(second!.name) }).click({ position: { x: 8, y: 8 }, modifiers: ['Control'] });
  const selectionActions = page.getByRole('group', { name: t('workflow.selectionActions') });
  await selectionActions.waitFor();
  await check('leads list, one selected');
  for (const [label, name] of [['assign', t('workflow.assign')], ['mass edit', t('workflow.massEdit')], ['add to list', t('workflow.lists.addTo')], ['disqualify', t('workflow.disqualify')]] as const) {
    await selectionActions.getByRole('button', { name, exact: true }).click();
    await dialog.waitFor();
    await check(`${label} dialog`);
    await closeDialog();
  }

  await openButton(first!.name).click();
  await page.getByRole('heading', { name: first!.name }).waitFor();
  await check('record, General');
  await page.getByRole('button', { name: t('workflow.qualify') }).click();
  await dialog.waitFor();
  await check('qualify dialog');
  await closeDialog();
  const recordTabs = page.getByRole('tablist').nth(1);
  await recordTabs.getByRole('tab', { name: t('scoring.section.title'), exact: true }).click();
  await page.getByRole('tab', { name: t('scoring.section.title'), exact: true, selected: true }).waitFor();
  await check('record, Score');
  await recordTabs.getByRole('tab', { name: new RegExp(`^${t('lead.history')}`) }).click();
  await page.getByRole('tab', { name: new RegExp(`^${t('lead.history')}`), selected: true }).waitFor();
  await check('record, History');

  await topTab(t('scoring.tab')).click();
  await page.getByRole('heading', { name: t('scoring.byScore.title') }).waitFor();
  await check('scores');

  // Reports: the table, a bar chart, the customise panel, the donut and line charts, the chart's
  // table view, the actions menu and the save-as dialog.
  await topTab(t('reports.tab')).click();
  await page.getByRole('heading', { name: t('reports.name.byOwner') }).waitFor();
  await page.locator('[data-print-area] table tbody tr').first().waitFor();
  await check('reports');
  await page.getByRole('button', { name: t('reports.chart') }).click();
  await page.getByRole('button', { name: t('reports.customise') }).click();
  await page.locator('[data-testid="chart-panel"] svg').first().waitFor();
  await check('reports, bar chart and customise');
  const groupBy = page.getByRole('combobox', { name: t('reports.groupBy') });
  await groupBy.selectOption({ label: t('reports.dim.rating') });
  await page.getByRole('heading', { name: t('reports.name.byOwner') }).waitFor();
  await page.locator('[data-testid="chart-panel"] svg').first().waitFor();
  await check('reports, donut chart');
  await groupBy.selectOption({ label: t('reports.dim.createdMonth') });
  await page.locator('[data-testid="chart-panel"] svg').first().waitFor();
  await check('reports, line chart');
  await page.getByRole('button', { name: t('charts.asTable.label') }).click();
  await page.locator('[data-testid="chart-panel"] table').waitFor();
  await check('reports, chart as a table');
  await page.getByRole('button', { name: t('reports.actions'), exact: true }).click();
  await page.getByRole('menu').waitFor();
  await check('reports, actions menu');
  await page.keyboard.press('Escape');
  await page.getByRole('menu').waitFor({ state: 'detached' });
  await page.getByRole('button', { name: t('reports.saveAs') }).click();
  await dialog.waitFor();
  await check('reports, save as dialog');
  await closeDialog();

  // The Leads list's chart strip, its filters, and a chip from a bar.
  await topTab(t('tabs.leads')).click();
  await openButton(first!.name).waitFor();
  await page.getByRole('button', { name: t('filters.more') }).click();
  await page.getByRole('button', { name: t('charts.strip.show') }).click();
  await page.locator('[data-testid="chart-panel"] svg').first().waitFor();
  await check('leads list, filters and chart strip');
  await page.locator('[data-testid="chart-panel"] svg g rect').first().click();
  await page.getByRole('list', { name: t('chips.label') }).waitFor();
  await check('leads list, a chip');
  await topTab(t('workflow.tab')).click();
  await page.getByRole('tab', { name: t('workflow.crm.contacts'), selected: true }).waitFor();
  await check('customers');
  await topTab(t('tabs.settings')).click();
  await page.getByRole('combobox', { name: t('settings.language') }).waitFor();
  await check('settings');
  // The restore confirmation needs a real backup: make one from this pane's own data.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('backup.export'), exact: true }).click()]);
  await page.getByTestId('restore-input').setInputFiles(await download.path());
  await dialog.waitFor();
  await check('restore confirmation');
  await closeDialog();
  return found;
}

/**
 * Tabs and form fields on screen that share an accessible name:
 * two "Điểm" tabs or two "Giao cho" fields cannot be told apart by a screen-reader user.
 */
async function duplicateNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const element of document.querySelectorAll('[role="tab"], input:not([type="hidden"]):not([hidden]), select, textarea')) {
      if (!(element as HTMLElement).offsetParent || element.closest('[aria-hidden="true"]')) continue;
      // The name sources these controls use: aria-label, aria-labelledby, a <label>, their text.
      // (Inline: a named helper would be compiled to code that needs a helper page scripts lack.)
      const labelledBy = element.getAttribute('aria-labelledby');
      const fromIds = labelledBy?.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
      const label = (element as HTMLInputElement).labels?.[0]?.textContent ?? '';
      const name = (element.getAttribute('aria-label') || fromIds || label || (element.textContent ?? '')).trim().replace(/\s+/g, ' ');
      const key = `${element.getAttribute('role') === 'tab' ? 'tab' : 'field'} “${name}”`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    return [...seen].filter(([, count]) => count > 1).map(([key, count]) => `${count} × ${key}`);
  });
}

function perRule(found: readonly Found[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of found) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([, a], [, b]) => b - a));
}

describe('accessibility (axe-core)', () => {
  test('every tab, record page and dialog, in English and Vietnamese, at 320 and 450 px, in light, dark and forced colours', async () => {
    const found: Found[] = [];
    for (const { locale, tag } of LANGUAGES) {
      for (const width of WIDTHS) {
        const page = await openPane(locale, tag, width);
        const here = await checkEveryState(page, locale);
        found.push(...here.map((f) => ({ ...f, state: `${locale} ${width}px ${f.state}` })));
        await page.context().close();
      }
    }
    writeFileSync(resolve(SCREENSHOTS, 'axe-violations.json'), JSON.stringify(found, null, 1));
    const counts = perRule(found);
    console.log(`axe violations per rule (nodes over every state): ${JSON.stringify(counts)}`);
    const over = Object.entries(counts).filter(([rule, count]) => count > (ALLOWED[rule] ?? 0));
    const detail = found.filter((f) => over.some(([rule]) => rule === f.rule)).slice(0, 40).map((f) => `${f.rule}: ${f.state}: ${f.target}`);
    assert.deepEqual(over, [], `new accessibility violations:\n${detail.join('\n')}`);
  });
});
