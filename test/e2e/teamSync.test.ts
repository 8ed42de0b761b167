/**
 * Team sync through the pane, in Chromium: a pouchdb-server started here on loopback and
 * provisioned like a real CouchDB, Alice and Bob in two browser contexts (two computers), Bob
 * set offline with `context.setOffline`. Before that, a pane with no server configured loads no
 * sync code and sends no request.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { startDevServer, type DevServer } from '../../scripts/syncServer';
import { buildLead, emptyLeadInput } from '../../src/domain/lead';
import type { Lead, LeadId } from '../../src/domain/types';
import { en } from '../../src/i18n/en';
import { vi } from '../../src/i18n/vi';
import { basicAuthHeader, checkTeamFile, provision } from '../../src/sync/server/provision';
import { teamDbName } from '../../src/sync/server/names';
import { expectCount } from '../browser/expectCount';
import { OFFICE_CDN, routeOfficeJs } from '../browser/chromium';
import { SCREENSHOTS, startPaneHarness } from '../browser/paneHarness';

const harness = startPaneHarness();
const DIST = resolve(__dirname, '../../dist');
const teamFile = checkTeamFile(JSON.parse(readFileSync(resolve(__dirname, '../../deploy/couchdb/team.example.json'), 'utf8')));
const password = (name: string) => teamFile.users.find((u) => u.name === name)?.password ?? '';

let server: DevServer | undefined;
before(async () => {
  server = await startDevServer();
  await provision({ url: server.url, user: server.admin.user, password: server.admin.password }, teamFile);
});
after(async () => {
  await server?.stop();
});

async function newPane(width = 400, locale = 'en-US'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await harness.browser.newContext({ locale, viewport: { width, height: 900 } });
  await routeOfficeJs(context, 'serve');
  const page = await context.newPage();
  await page.goto(`${harness.url}taskpane.html`, { waitUntil: 'domcontentloaded' });
  await page.getByRole('tablist').waitFor();
  return { context, page };
}

async function seed(page: Page, leads: Lead[]): Promise<void> {
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('leadpane');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    await new Promise<void>((done, fail) => {
      const tx = db.transaction('leads', 'readwrite');
      for (const lead of rows) tx.objectStore('leads').put(lead);
      tx.oncomplete = () => done();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, leads);
  await page.reload();
  await page.getByText('Preview mode').waitFor();
}

async function readLeads(page: Page): Promise<Lead[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('leadpane');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const rows = await new Promise<Lead[]>((done, fail) => {
      const request = db.transaction('leads').objectStore('leads').getAll();
      request.onsuccess = () => done(request.result as Lead[]);
      request.onerror = () => fail(request.error);
    });
    db.close();
    return rows;
  });
}

/** Reads the pane's leads until `check` holds (sync lands a moment after the server has it). */
async function waitForLeads(page: Page, check: (leads: Lead[]) => boolean, what: string, timeoutMs = 20_000): Promise<Lead[]> {
  const deadline = Date.now() + timeoutMs;
  let leads = await readLeads(page);
  while (!check(leads) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    leads = await readLeads(page);
  }
  assert.ok(check(leads), `${what}: not reached`);
  return leads;
}

const byName = (leads: Lead[], name: string) => leads.find((l) => l.fullName === name);

async function signIn(page: Page, user: string): Promise<void> {
  await page.getByRole('tab', { name: 'Settings' }).click();
  const team = page.getByRole('region', { name: 'Team' });
  await team.getByRole('textbox', { name: 'Server address' }).fill(server!.url);
  await team.getByRole('textbox', { name: 'Name' }).fill(user);
  await team.getByLabel('Password').fill(password(user));
  await team.getByRole('button', { name: 'Sign in' }).click();
  await team.getByText('Up to date').waitFor({ timeout: 20_000 });
}

async function openLead(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: 'Leads' }).click();
  const back = page.getByRole('button', { name: 'Back to list' });
  if (await back.isVisible()) await back.click();
  await page.getByRole('button', { name: `Open ${name}` }).click();
  await page.getByRole('heading', { name }).waitFor();
}

async function editField(page: Page, lead: string, label: string, value: string): Promise<void> {
  await openLead(page, lead);
  await page.getByRole('textbox', { name: label, exact: true }).fill(value);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('button', { name: 'Save changes' }).waitFor();
}

async function serverDoc(id: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${server!.url}${teamDbName('sales-north')}/${encodeURIComponent(id)}?conflicts=true`, {
    headers: { Authorization: basicAuthHeader(server!.admin.user, server!.admin.password) },
  });
  return (await response.json()) as Record<string, unknown>;
}

/**
 * Reads the server's document until `check` holds: when both panes merge the same conflict at
 * once, their two (equal) merges meet once more and are closed on the next round.
 */
async function waitForServerDoc(id: string, check: (doc: Record<string, unknown>) => boolean, what: string, timeoutMs = 20_000): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  let doc = await serverDoc(id);
  while (!check(doc) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 100));
    doc = await serverDoc(id);
  }
  assert.ok(check(doc), `${what}: not reached (${JSON.stringify(doc._conflicts ?? null)})`);
  return doc;
}

describe('team sync in the pane', () => {
  test('with no server configured, no sync code loads and no request leaves the pane', async () => {
    const syncChunks = readdirSync(DIST).filter((f) => f.endsWith('.js') && (f.startsWith('team-sync.') || readFileSync(resolve(DIST, f), 'utf8').includes('_revs_diff')));
    assert.ok(syncChunks.length >= 1, 'the build has a team sync chunk');
    const { context, page } = await newPane();
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    await page.reload();
    for (const tab of ['Leads', 'Customers', 'Scores', 'Settings', 'This email']) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
    }
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('region', { name: 'Team' }).getByRole('textbox', { name: 'Server address' }).waitFor();
    const outside = requests.filter((url) => !url.startsWith(harness.url) && !url.startsWith(OFFICE_CDN));
    assert.deepEqual(outside, []);
    const loaded = requests.map((url) => url.slice(url.lastIndexOf('/') + 1));
    assert.deepEqual(loaded.filter((file) => syncChunks.includes(file)), [], 'no sync chunk is fetched');
    await context.close();
  });

  test('Alice assigns to Bob, offline edits merge, a same-field conflict is shown and resolved', async () => {
    const alice = await newPane();
    await seed(alice.page, [
      buildLead('lead-minh' as LeadId, { ...emptyLeadInput(), fullName: 'Trần Văn Minh', company: 'Sen Vàng' }, Date.UTC(2026, 10, 2)),
      buildLead('lead-lan' as LeadId, { ...emptyLeadInput(), fullName: 'Ngô Thị Lan', company: 'Contoso' }, Date.UTC(2026, 10, 1)),
    ]);
    await signIn(alice.page, 'alice');
    const bob = await newPane();
    await signIn(bob.page, 'bob');
    // Alice's first connect uploaded her base: Bob has both leads.
    await waitForLeads(bob.page, (leads) => leads.length === 2, "Alice's leads on Bob's pane");

    // Assignment is real: Alice assigns, the lead appears in Bob's "Assigned to me".
    await openLead(alice.page, 'Trần Văn Minh');
    await alice.page.getByRole('combobox', { name: 'Assign to' }).selectOption({ label: 'Bob Lê' });
    await alice.page.getByText('Assigned.').waitFor();
    await bob.page.getByRole('tab', { name: 'Leads' }).click();
    await bob.page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Assigned to me or my teams' });
    await bob.page.getByRole('button', { name: 'Open Trần Văn Minh' }).waitFor({ timeout: 20_000 });
    await expectCount(bob.page.getByRole('button', { name: 'Open Ngô Thị Lan' }), 0);
    await bob.page.screenshot({ path: resolve(SCREENSHOTS, 'team-bob-assigned-to-me.png'), fullPage: true });
    await bob.page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'All leads' });

    // Bob goes offline; both edit: different fields of Minh, the same field of Lan.
    await bob.context.setOffline(true);
    await editField(alice.page, 'Trần Văn Minh', 'Job title', 'Giám đốc kinh doanh');
    await editField(alice.page, 'Ngô Thị Lan', 'Notes', 'Gọi lại thứ Hai');
    await editField(bob.page, 'Trần Văn Minh', 'Website', 'https://senvang.vn');
    await editField(bob.page, 'Ngô Thị Lan', 'Notes', 'Đã gửi báo giá');
    await bob.page.getByRole('tab', { name: 'Settings' }).click();
    const bobTeam = bob.page.getByRole('region', { name: 'Team' });
    await bobTeam.getByText(/^Offline/).waitFor();
    await bobTeam.getByText('Changes waiting to go up: 2').waitFor();
    await bob.page.screenshot({ path: resolve(SCREENSHOTS, 'team-bob-offline.png'), fullPage: true });

    // Reconnect: the different fields merge on both panes and on the server.
    await bob.context.setOffline(false);
    await bobTeam.getByText('Changes waiting to go up: 0').waitFor({ timeout: 20_000 });
    for (const pane of [alice, bob]) {
      const leads = await waitForLeads(pane.page, (all) => {
        const minh = byName(all, 'Trần Văn Minh');
        const lan = byName(all, 'Ngô Thị Lan');
        return minh?.jobTitle === 'Giám đốc kinh doanh' && minh.website === 'https://senvang.vn' && lan?.fieldConflicts?.length === 1;
      }, 'merged edits and the conflict');
      assert.equal(byName(leads, 'Trần Văn Minh')?.ownerId, 'user:bob');
      assert.equal(byName(leads, 'Trần Văn Minh')?.fieldConflicts, undefined);
    }
    const minhOnServer = await waitForServerDoc('lead:lead-minh', (doc) => doc._conflicts === undefined, 'no conflict left on the server');
    assert.equal(minhOnServer.jobTitle, 'Giám đốc kinh doanh');
    assert.equal(minhOnServer.website, 'https://senvang.vn');

    // The same field changed on both sides: Alice sees both values and who made them, and chooses.
    await openLead(alice.page, 'Ngô Thị Lan');
    const conflict = alice.page.getByRole('region', { name: 'Two people changed this lead at the same time' });
    await conflict.getByText(/^Alice Nguyễn, .*: Gọi lại thứ Hai$/).waitFor();
    await conflict.getByText(/^Bob Lê, .*: Đã gửi báo giá$/).waitFor();
    await alice.page.screenshot({ path: resolve(SCREENSHOTS, 'team-conflict-shown.png'), fullPage: true });
    await conflict.getByRole('button', { name: 'Keep “Đã gửi báo giá” for Notes' }).click();
    await conflict.waitFor({ state: 'detached' });
    assert.equal(await alice.page.getByRole('textbox', { name: 'Notes', exact: true }).inputValue(), 'Đã gửi báo giá');

    // The answer reaches Bob and the server; nothing is left in conflict.
    await waitForLeads(bob.page, (all) => {
      const lan = byName(all, 'Ngô Thị Lan');
      return lan?.notes === 'Đã gửi báo giá' && lan.fieldConflicts === undefined;
    }, "the answer on Bob's pane");
    await openLead(bob.page, 'Ngô Thị Lan');
    await expectCount(bob.page.getByRole('region', { name: 'Two people changed this lead at the same time' }), 0);
    await bob.page.screenshot({ path: resolve(SCREENSHOTS, 'team-conflict-resolved-bob.png'), fullPage: true });
    const lanOnServer = await waitForServerDoc('lead:lead-lan', (doc) => doc._conflicts === undefined && doc.fieldConflicts === undefined, 'the answer on the server');
    assert.equal(lanOnServer.fieldConflicts, undefined);
    assert.equal(lanOnServer.notes, 'Đã gửi báo giá');

    await alice.context.close();
    await bob.context.close();
  });

  for (const [locale, text] of [['en-US', en], ['vi-VN', vi]] as const) {
    for (const width of [320, 450]) {
      test(`Settings > Team fits ${width} px in ${locale} and signs in with the keyboard alone`, async () => {
        const { context, page } = await newPane(width, locale);
        await page.getByRole('tab', { name: text['tabs.settings'] }).click();
        const team = page.getByRole('region', { name: text['team.title'] });
        const address = team.getByRole('textbox', { name: text['team.server'] });
        await address.waitFor();
        await team.screenshot({ path: resolve(SCREENSHOTS, `team-settings-${width}-${locale}.png`) });
        // Wrong password first: the error says what to do, in this language.
        await address.focus();
        await page.keyboard.type(server!.url);
        await page.keyboard.press('Tab');
        await page.keyboard.type('mai');
        await page.keyboard.press('Tab');
        await page.keyboard.type('not-her-password');
        await page.keyboard.press('Enter');
        await team.getByText(text['team.problem.wrongPassword']).waitFor();
        await team.screenshot({ path: resolve(SCREENSHOTS, `team-settings-${width}-${locale}-wrong-password.png`) });
        await team.getByLabel(text['team.password']).focus();
        await page.keyboard.type(password('mai'));
        await page.keyboard.press('Enter');
        await team.getByText(text['team.phase.upToDate']).waitFor({ timeout: 20_000 });
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling');
        await team.screenshot({ path: resolve(SCREENSHOTS, `team-settings-${width}-${locale}-signed-in.png`) });
        // Pause and resume from the keyboard.
        await team.getByRole('button', { name: text['team.pause'] }).focus();
        await page.keyboard.press('Enter');
        await team.getByText(text['team.phase.paused']).waitFor();
        await team.getByRole('button', { name: text['team.resume'] }).press('Enter');
        await team.getByText(text['team.phase.upToDate']).waitFor({ timeout: 20_000 });
        // Sign out asks once more, then the pane is back to one person with no server.
        await team.getByRole('button', { name: text['team.signOut'] }).press('Enter');
        await team.getByText(text['team.signOutConfirm']).waitFor();
        await team.screenshot({ path: resolve(SCREENSHOTS, `team-settings-${width}-${locale}-sign-out.png`) });
        await team.getByRole('group', { name: text['team.signOut'] }).getByRole('button', { name: text['team.signOut'] }).press('Enter');
        await team.getByRole('textbox', { name: text['team.server'] }).waitFor();
        await context.close();
      });
    }
  }
});
