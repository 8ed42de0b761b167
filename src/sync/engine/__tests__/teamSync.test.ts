/**
 * The team story on loopback: pouchdb-server started here, provisioned like a real CouchDB;
 * Alice and Bob (Sales North) each with their own LeadPaneDb on fake-indexeddb and a PouchDB
 * replica; Carol in Sales South. "Offline" is simply not syncing: each pane keeps working on
 * its own database, and `syncOnce` is the reconnect.
 */
import MemoryAdapter from 'pouchdb-adapter-memory';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startDevServer, type DevServer } from '../../../../scripts/syncServer';
import { emptyLeadInput, leadInputOf } from '../../../domain/lead';
import type { Lead, LeadId, PersonId } from '../../../domain/types';
import { LeadPaneDb } from '../../../storage/db';
import { createRepositories, type Repositories } from '../../../storage/repositories';
import { basicAuthHeader, checkTeamFile, provision } from '../../server/provision';
import { teamDbName } from '../../server/names';
import { localReplica, registerAdapter, remoteDatabase, sessionUser } from '../replica';
import { SyncEngine } from '../syncEngine';
import { SyncError } from '../syncErrors';

registerAdapter(MemoryAdapter);

const teamFile = checkTeamFile(JSON.parse(readFileSync(resolve(__dirname, '../../../../deploy/couchdb/team.example.json'), 'utf8')));
const password = (name: string): string => teamFile.users.find((u) => u.name === name)?.password ?? '';
const NORTH = teamDbName('sales-north');

type Pane = { name: string; db: LeadPaneDb; repos: Repositories; engine: SyncEngine };

let server: DevServer;
const panes: Pane[] = [];

async function openPane(name: string, team = NORTH): Promise<Pane> {
  const tag = `${name}-${Math.random().toString(36).slice(2)}`;
  const db = new LeadPaneDb(`leadpane-${tag}`);
  await db.open();
  const local = localReplica(`replica-${tag}`, 'memory');
  const engine = new SyncEngine({
    db,
    local,
    remote: remoteDatabase(server.url, team, { user: name, password: password(name) }),
    userName: name,
    whoAmI: () => sessionUser(server.url, { user: name, password: password(name) }),
  });
  const pane = { name, db, repos: createRepositories(db), engine };
  panes.push(pane);
  return pane;
}

async function serverDoc(id: string, query = ''): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.url}${NORTH}/${encodeURIComponent(id)}${query}`, { headers: { Authorization: basicAuthHeader(server.admin.user, server.admin.password) } });
  return (await response.json()) as Record<string, unknown>;
}

const leadOf = (pane: Pane, id: LeadId): Promise<Lead | undefined> => pane.db.leads.get(id);

beforeAll(async () => {
  server = await startDevServer();
  await provision({ url: server.url, user: server.admin.user, password: server.admin.password }, teamFile);
});

afterAll(async () => {
  for (const pane of panes) await pane.db.delete();
  await server?.stop();
});

describe('a team shares one lead base', () => {
  let alice: Pane;
  let bob: Pane;
  let shared: Lead;
  let other: Lead;

  it("Alice creates and assigns; Bob sees his lead, with the history item of the assignment", async () => {
    alice = await openPane('alice');
    bob = await openPane('bob');
    await alice.db.settings.put({ key: 'workflow.me', value: 'user:alice' });
    await bob.db.settings.put({ key: 'workflow.me', value: 'user:bob' });
    await alice.engine.start();
    await bob.engine.start();
    // The team's people come from the server's team database.
    await alice.engine.syncOnce();
    expect((await alice.db.people.get('user:bob' as PersonId))?.name).toBe('Bob Lê');

    shared = await alice.repos.leads.create({ ...emptyLeadInput(), fullName: 'Trần Văn Minh', company: 'Sen Vàng', ownerId: 'user:alice' as PersonId });
    other = await alice.repos.leads.create({ ...emptyLeadInput(), fullName: 'Ngô Thị Lan', company: 'Contoso', ownerId: 'user:alice' as PersonId });
    const assigned = await alice.repos.workflow.massEdit.apply([shared.id], { field: 'assignee', value: { type: 'person', id: 'user:bob' as PersonId, name: 'Bob Lê' } });
    expect(assigned.changed).toBe(1);
    const round = await alice.engine.syncOnce();
    expect(round.refused).toEqual([]);

    await bob.engine.syncOnce();
    const mine = await bob.db.leads.where('ownerId').equals('user:bob').toArray();
    expect(mine.map((l) => l.fullName)).toEqual(['Trần Văn Minh']);
    // Derived keys are rebuilt on Bob's side (search and sort work), never sent.
    expect(mine[0]!.searchWords).toEqual(expect.arrayContaining(['tran', 'minh', 'sen', 'vang']));
    expect(mine[0]!.sortName).toBeTruthy();
    const history = await bob.db.activities.where('[recordType+recordId]').equals(['lead', shared.id]).toArray();
    expect(history.some((item) => item.event?.type === 'assigned')).toBe(true);
    const onServer = await serverDoc(`lead:${shared.id}`);
    expect(onServer).toMatchObject({ ownerId: 'user:bob', editedBy: 'alice' });
    for (const derived of ['searchWords', 'emailKeys', 'phoneKeys', 'sortName', 'sortCompany', 'sortCreated', 'dupKey', 'rev']) expect(onServer).not.toHaveProperty(derived);
    const assignment = history.find((item) => item.event?.type === 'assigned')!;
    expect(await serverDoc(`activity:${assignment.id}`)).toMatchObject({ editedBy: 'alice' });
    // Undo batches and mass-edit progress stay in the pane.
    expect((await serverDoc('editBatches')).error).toBe('not_found');
  });

  it('both offline: different fields of one lead merge, the same field of another is a visible conflict on both', async () => {
    const bobsShared = (await leadOf(bob, shared.id))!;
    const bobsOther = (await leadOf(bob, other.id))!;
    // Offline edits, each pane on its own database.
    await alice.repos.leads.update(shared.id, { ...leadInputOf((await leadOf(alice, shared.id))!), jobTitle: 'Giám đốc kinh doanh' }, (await leadOf(alice, shared.id))!.rev);
    await bob.repos.leads.update(shared.id, { ...leadInputOf(bobsShared), website: 'https://senvang.vn' }, bobsShared.rev);
    await alice.repos.leads.update(other.id, { ...leadInputOf((await leadOf(alice, other.id))!), notes: 'Gọi lại thứ Hai' }, (await leadOf(alice, other.id))!.rev);
    await bob.repos.leads.update(other.id, { ...leadInputOf(bobsOther), notes: 'Đã gửi báo giá' }, bobsOther.rev);

    // Reconnect: Alice first, then Bob (who meets the conflicts and merges), then Alice again.
    await alice.engine.syncOnce();
    const bobRound = await bob.engine.syncOnce();
    expect(bobRound.merged).toBe(2);
    expect(bobRound.conflicted).toBe(1);
    await alice.engine.syncOnce();

    for (const pane of [alice, bob]) {
      const merged = (await leadOf(pane, shared.id))!;
      expect(merged).toMatchObject({ jobTitle: 'Giám đốc kinh doanh', website: 'https://senvang.vn', ownerId: 'user:bob' });
      expect(merged.fieldConflicts).toBeUndefined();

      const conflicted = (await leadOf(pane, other.id))!;
      expect(conflicted.fieldConflicts).toHaveLength(1);
      const conflict = conflicted.fieldConflicts![0]!;
      expect(conflict.field).toBe('notes');
      expect(conflict.values.map((v) => [v.by, v.value]).sort()).toEqual([
        ['alice', 'Gọi lại thứ Hai'],
        ['bob', 'Đã gửi báo giá'],
      ]);
      // Meanwhile the lead shows one of the two values, never a third.
      expect(['Gọi lại thứ Hai', 'Đã gửi báo giá']).toContain(conflicted.notes);
      expect(await pane.engine.pendingCount()).toBe(0);
    }

    const onServer = await serverDoc(`lead:${shared.id}`, '?conflicts=true');
    expect(onServer).toMatchObject({ jobTitle: 'Giám đốc kinh doanh', website: 'https://senvang.vn' });
    expect(onServer._conflicts).toBeUndefined();
    const otherOnServer = await serverDoc(`lead:${other.id}`, '?conflicts=true');
    expect(otherOnServer._conflicts).toBeUndefined();
    expect(otherOnServer.fieldConflicts).toHaveLength(1);
  });

  it('a reassignment by someone who is neither the owner nor a manager is refused by the server and undone locally', async () => {
    // The shared lead is Bob's now; Alice (not a manager) tries to take it back.
    const current = (await leadOf(alice, shared.id))!;
    await alice.repos.leads.update(shared.id, { ...leadInputOf(current), ownerId: 'user:alice' as PersonId }, current.rev);
    const round = await alice.engine.syncOnce();
    expect(round.refused).toHaveLength(1);
    expect(round.refused[0]).toMatchObject({ docId: `lead:${shared.id}` });
    expect(round.refused[0]!.reason).toMatch(/owner or a team manager/);
    expect((await serverDoc(`lead:${shared.id}`)).ownerId).toBe('user:bob');
    await alice.engine.syncOnce();
    expect((await leadOf(alice, shared.id))!.ownerId).toBe('user:bob');
    expect((await serverDoc(`lead:${shared.id}`, '?conflicts=true'))._conflicts).toBeUndefined();
  });

  it("Carol, in another team, is refused the team's database", async () => {
    const carol = await openPane('carol');
    await carol.engine.start();
    const error = await carol.engine.syncOnce().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SyncError);
    expect([401, 403]).toContain((error as SyncError).status);
    expect((error as SyncError).code).toBe('notInTeam');
  });
});
