import { liveQuery } from 'dexie';
import IdbAdapter from 'pouchdb-adapter-idb';
import { ACTIVITY_DETAIL_DEFAULTS } from '../../src/domain/activity';
import { newId } from '../../src/domain/ids';
import { DEFAULT_LEAD_QUERY } from '../../src/domain/leadQuery';
import type { Activity, ActivityId, Lead, LeadId, PersonId } from '../../src/domain/types';
import { LeadPaneDb } from '../../src/storage/db';
import { LeadRepository } from '../../src/storage/leadRepository';
import { docIdOf, SYNCED_TABLES } from '../../src/storage/sync/syncOutbox';
import { createWorkflowRepositories } from '../../src/storage/workflowRepositories';
import { fieldsOfRecord, type SyncedRecord } from '../../src/sync/engine/documents';
import { localReplica, PouchDB, registerAdapter, remoteDatabase } from '../../src/sync/engine/replica';
import { SyncEngine } from '../../src/sync/engine/syncEngine';
import { teamDbName } from '../../src/sync/server/names';
import { openTeamSyncSession } from '../../src/sync/session/teamSyncSession';
import { generateLeads, putInChunks } from '../generateLeads';
import { BENCH_TEAM_FILE } from '../syncBenchTeam';
import { median, registerBench, registerRatio, timed } from '../registry';

registerAdapter(IdbAdapter);

/**
 * Team sync against a pouchdb-server on loopback that `scripts/bench.ts` starts and provisions
 * with BENCH_TEAM_FILE before the page runs (its address is handed to the page as
 * `window.leadpaneBenchSync`). The pane side runs here, on real IndexedDB.
 */
declare global {
  interface Window {
    leadpaneBenchSync?: { url: string };
  }
}

const UPLOAD_COUNT = 10_000;
const HISTORY_PER_LEAD = 2;
const ASSIGN_RUNS = 9;

function server(): string {
  const url = window.leadpaneBenchSync?.url;
  if (!url) throw new Error('sync benches need the server scripts/bench.ts starts (window.leadpaneBenchSync)');
  return url;
}

const password = (name: string): string => BENCH_TEAM_FILE.users.find((u) => u.name === name)?.password ?? '';
const credentials = (name: string) => ({ user: name, password: password(name) });

/** 10,000 leads with two history items each, as a salesperson's base before first connect. */
function baseWithHistory(): { leads: Lead[]; history: Activity[] } {
  const now = Date.now();
  const leads = generateLeads(UPLOAD_COUNT, 71, (i) => now - i * 1000);
  const history: Activity[] = leads.flatMap((lead) =>
    Array.from({ length: HISTORY_PER_LEAD }, (_, n) => ({
      id: newId<ActivityId>(), recordType: 'lead' as const, recordId: lead.id, kind: 'email' as const, occurredAt: now - n, subject: `Email ${n}`,
      body: 'Xin báo giá thép cuộn cán nóng, giao tại Bình Dương.', internetMessageId: `<${lead.id}.${n}@bench>`, conversationId: null, itemId: null,
      fromAddress: lead.emailKeys[0] ?? null, ...ACTIVITY_DETAIL_DEFAULTS, createdAt: now, updatedAt: now, rev: 1, deletedAt: null,
    })),
  );
  return { leads, history };
}

let uploaded: Array<{ _id: string } & Record<string, unknown>> = [];

/**
 * First connect: the whole local base (10,000 leads, 20,000 history items) from Dexie through the
 * outbox and the local replica to the team database: `start()` (queue every record) and one
 * sync round, as Settings > Team runs them.
 */
registerBench({
  name: 'sync.first_upload_10k_ms',
  unit: 'ms',
  async run(context) {
    const db = new LeadPaneDb(context.uniqueDbName('sync-upload'));
    const { leads, history } = baseWithHistory();
    await putInChunks(db.leads, leads);
    await putInChunks(db.activities, history);
    const local = localReplica(context.uniqueDbName('sync-upload-replica'), 'idb');
    const remote = remoteDatabase(server(), teamDbName('bench-upload'), credentials('bench-uploader'));
    const engine = new SyncEngine({ db, local, remote, userName: 'bench-uploader' });
    let pushed = 0;
    const elapsed = await timed(async () => {
      await engine.start();
      pushed = (await engine.syncOnce()).pushed;
    });
    const info = await remote.info();
    context.log(`first upload: ${pushed} documents pushed, ${info.doc_count} on the server, in ${elapsed.toFixed(0)} ms`);
    // The same documents, as they went up, for the raw replication below.
    uploaded = [
      ...leads.map((lead) => ({ _id: docIdOf('leads', lead.id), type: SYNCED_TABLES.leads, editedBy: 'bench-uploader', editedAt: Date.now(), ...fieldsOfRecord('leads', lead as unknown as SyncedRecord) })),
      ...history.map((item) => ({ _id: docIdOf('activities', item.id), type: SYNCED_TABLES.activities, editedBy: 'bench-uploader', editedAt: Date.now(), ...fieldsOfRecord('activities', item as unknown as SyncedRecord) })),
    ];
    await local.destroy();
    await db.delete();
    return { value: elapsed, runs: 1 };
  },
});

/** The same documents replicated from a PouchDB that already holds them to the server, nothing else. */
registerBench({
  name: 'sync.raw_pouch_replicate_10k_ms',
  unit: 'ms',
  async run(context) {
    if (uploaded.length === 0) throw new Error('run sync.first_upload_10k_ms first, in the same page');
    const local = new PouchDB(context.uniqueDbName('sync-raw'), { adapter: 'idb' });
    for (let i = 0; i < uploaded.length; i += 1000) await local.bulkDocs(uploaded.slice(i, i + 1000));
    const remote = remoteDatabase(server(), teamDbName('bench-raw'), credentials('bench-uploader'));
    const elapsed = await timed(() => local.replicate.to(remote));
    context.log(`raw replication: ${(await remote.info()).doc_count} documents in ${elapsed.toFixed(0)} ms`);
    await local.destroy();
    uploaded = [];
    return { value: elapsed, runs: 1 };
  },
});

registerRatio('sync.first_upload_vs_raw_ratio', 'sync.first_upload_10k_ms', 'sync.raw_pouch_replicate_10k_ms');

/** Resolves once the session says it is up to date. */
function upToDate(session: ReturnType<typeof openTeamSyncSession>): Promise<void> {
  return new Promise((done, fail) => {
    const check = () => {
      const status = session.status();
      if (status.phase === 'upToDate' && status.pending === 0) {
        stop();
        done();
      } else if (status.phase === 'stopped' || (status.phase === 'signedOut' && status.problem)) {
        stop();
        fail(new Error(`sync stopped: ${status.problem ?? 'unknown'}`));
      }
    };
    const stop = session.subscribe(check);
    check();
  });
}

/**
 * Alice assigns a lead to Bob, both panes online and live (the Settings > Team session: outbox
 * watch, the server's changes feed): the time until the lead is in Bob's "Assigned to me" list,
 * read by a live query as the list reads it. Median of several assignments.
 */
registerBench({
  name: 'sync.assign_visible_ms',
  unit: 'ms',
  async run(context) {
    const aliceDb = new LeadPaneDb(context.uniqueDbName('sync-alice'));
    const bobDb = new LeadPaneDb(context.uniqueDbName('sync-bob'));
    const leads = generateLeads(ASSIGN_RUNS, 81);
    await putInChunks(aliceDb.leads, leads);
    const alice = openTeamSyncSession(aliceDb);
    const bob = openTeamSyncSession(bobDb);
    await alice.signIn(server(), 'bench-alice', password('bench-alice'));
    await upToDate(alice);
    await bob.signIn(server(), 'bench-bob', password('bench-bob'));
    await upToDate(bob);
    const aliceWorkflow = createWorkflowRepositories(aliceDb);
    const bobLeads = new LeadRepository(bobDb);
    const mine = { ...DEFAULT_LEAD_QUERY, filters: { assignee: { type: 'me' as const } } };
    const times: number[] = [];
    for (const lead of leads) {
      const seen = new Promise<number>((done) => {
        const watch = liveQuery(() => bobLeads.firstPage(mine, 50)).subscribe((page) => {
          if (page.leads.some((l) => l.id === (lead.id as LeadId))) {
            watch.unsubscribe();
            done(performance.now());
          }
        });
      });
      const started = performance.now();
      await aliceWorkflow.massEdit.assign([lead.id], { type: 'person', id: 'user:bench-bob' as PersonId, name: 'Bob' });
      times.push((await seen) - started);
    }
    context.log(`assign → visible to Bob: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
    await alice.signOut();
    await bob.signOut();
    await aliceDb.delete();
    await bobDb.delete();
    return { value: median(times), runs: times.length };
  },
});
