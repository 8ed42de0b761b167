import { threeWayMerge, type FieldConflict, type MergeableFields } from '../../domain/sync/threeWayMerge';
import type { LeadPaneDb } from '../../storage/db';
import { docIdOf, SYNCED_TABLE_NAMES, SYNCED_TABLES, type SyncedTable } from '../../storage/sync/syncOutbox';
import { fieldsOfDoc, fieldsOfRecord, parseDocId, sameFields, type RecordFields, type SharedDoc, type SyncedRecord } from './documents';
import type PouchDB from 'pouchdb-core';
import { classifySyncError, SyncError } from './syncErrors';
import { writeBack, type IncomingRecord } from './writeBack';

/**
 * Team sync for one pane and one team database.
 *
 *   Dexie --(outbox)--> local PouchDB replica <--(CouchDB replication)--> team CouchDB
 *   Dexie <--(writeBack)-- local replica's changes feed, after conflicts are merged
 *
 * A local change is written to the replica as a child of the revision the pane last agreed with
 * the server (`syncBase`), with `new_edits: false`. When the server moved on meanwhile, that
 * makes the two edits sibling revisions (a CouchDB conflict) instead of one silently replacing
 * the other; every conflict, made here or replicated in, goes through the same resolver: a
 * three-way merge against the common ancestor revision, written on top of CouchDB's winner with
 * the losing branches deleted, so no `_conflicts` stay and no edit is dropped.
 */

export type RefusedChange = { docId: string; reason: string };

export type SyncRoundResult = {
  pushed: number;
  pulled: number;
  merged: number;
  /** Documents whose merge left a field conflict for a person to resolve. */
  conflicted: number;
  refused: RefusedChange[];
};

export type SyncEngineOptions = {
  db: LeadPaneDb;
  local: PouchDB.Database;
  remote: PouchDB.Database;
  /** The signed-in CouchDB user; written on every revision so conflicts can say who did what. */
  userName: string;
  /** Asks the server who the credentials belong to (`sessionUser`), to word a refusal right. */
  whoAmI?: () => Promise<string | null>;
  now?: () => number;
};

/**
 * Batch sizes of the engine's own steps (the upload itself, `replicate.to`, keeps PouchDB's
 * default). A first upload sends the whole base (30,000 documents for 10,000 leads with history)
 * through each step, and every batch is a Dexie transaction, a replica transaction or a request:
 * 2,000 is the size of the app's other bulk transactions.
 */
const CHANGES_BATCH = 2000;
const PUSH_BATCH = 2000;
/** Records read per page when `start()` looks for records never synced or changed since. */
const START_PAGE = 2000;
const SEQ_KEY = 'sync.localChangesSeq';
/** Changes read per request on the way down: after a first upload the feed lists every document just sent. */
const DOWN_BATCH = 2000;

function randomRevId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function revNumber(rev: string): number {
  return Number(rev.slice(0, rev.indexOf('-')));
}

function revisionList(doc: PouchDB.Doc): string[] {
  const revisions = doc._revisions;
  if (!revisions) return doc._rev ? [doc._rev] : [];
  return revisions.ids.map((id, i) => `${revisions.start - i}-${id}`);
}

/** The newest revision both branches descend from, if their histories still reach it. */
export function commonAncestor(a: PouchDB.Doc, b: PouchDB.Doc): string | null {
  const theirs = new Set(revisionList(b));
  return revisionList(a).find((rev) => theirs.has(rev)) ?? null;
}

export class SyncEngine {
  private readonly db: LeadPaneDb;
  private readonly local: PouchDB.Database;
  private readonly remote: PouchDB.Database;
  private readonly userName: string;
  private readonly now: () => number;
  private readonly whoAmI: (() => Promise<string | null>) | undefined;
  private running: Promise<SyncRoundResult> | null = null;

  constructor(options: SyncEngineOptions) {
    this.db = options.db;
    this.local = options.local;
    this.remote = options.remote;
    this.userName = options.userName;
    this.now = options.now ?? Date.now;
    this.whoAmI = options.whoAmI;
  }

  /**
   * Turns the outbox on and queues every record whose rev moved past its last synced one (or was
   * never synced): changes made while no server was configured, and the whole base on first connect.
   */
  async start(): Promise<number> {
    this.db.syncTracking.enabled = true;
    let queued = 0;
    for (const table of SYNCED_TABLE_NAMES) {
      const store = this.db.table<SyncedRecord, string>(table);
      const bases = new Map((await this.db.syncBase.where('key').startsWith(`${SYNCED_TABLES[table]}:`).toArray()).map((b) => [b.key, b.localRev]));
      const rows: Array<{ key: string }> = [];
      if (bases.size === 0) {
        // Nothing of this table synced yet (a first connect): every record goes, and its keys say which.
        for (const id of await store.toCollection().primaryKeys()) rows.push({ key: docIdOf(table, id) });
      } else {
        // Pages by primary key (one getAll each) instead of a cursor step per record.
        let after: string | null = null;
        for (;;) {
          const page: SyncedRecord[] = await (after === null ? store.toCollection() : store.where(':id').above(after)).limit(START_PAGE).toArray();
          for (const record of page) {
            const key = docIdOf(table, record.id);
            if (bases.get(key) !== record.rev) rows.push({ key });
          }
          if (page.length < START_PAGE) break;
          after = page[page.length - 1]!.id;
        }
      }
      for (let i = 0; i < rows.length; i += PUSH_BATCH) await this.db.syncOutbox.bulkAdd(rows.slice(i, i + PUSH_BATCH));
      queued += rows.length;
    }
    return queued;
  }

  stop(): void {
    this.db.syncTracking.enabled = false;
  }

  /** Changes waiting to go up (distinct documents). */
  async pendingCount(): Promise<number> {
    return (await this.db.syncOutbox.orderBy('key').uniqueKeys()).length;
  }

  /** One full round: push local changes, replicate both ways, merge conflicts, update Dexie. One at a time. */
  syncOnce(): Promise<SyncRoundResult> {
    if (!this.running) {
      this.running = this.round().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  private async round(): Promise<SyncRoundResult> {
    try {
      return await this.roundSteps();
    } catch (error) {
      const failure = classifySyncError(error);
      if (failure.code === 'wrongPassword' && this.whoAmI && (await this.whoAmI().catch(() => null)) === this.userName) {
        throw new SyncError('notInTeam', failure.message, failure.status);
      }
      throw failure;
    }
  }

  private async roundSteps(): Promise<SyncRoundResult> {
    const result: SyncRoundResult = { pushed: 0, pulled: 0, merged: 0, conflicted: 0, refused: [] };
    result.pushed = await this.pushLocal();
    try {
      await this.replicateUp(result);
      const down = await this.local.replicate.from(this.remote, { batch_size: DOWN_BATCH });
      result.pulled = down.docs_written;
    } catch (error) {
      throw classifySyncError(error);
    }
    const resolved = await this.processLocalChanges(result);
    if (resolved > 0) {
      try {
        await this.replicateUp(result);
      } catch (error) {
        throw classifySyncError(error);
      }
      await this.processLocalChanges(result);
    }
    return result;
  }

  private async replicateUp(result: SyncRoundResult): Promise<void> {
    const up = await this.local.replicate.to(this.remote);
    const refused = (up.errors as Array<{ id?: string; name?: string; status?: number; message?: string; reason?: string }>).filter((e) => e.status === 403 || e.name === 'forbidden');
    if (up.doc_write_failures > 0 && refused.length === 0) {
      const first = up.errors[0];
      throw classifySyncError(first ?? new SyncError('unknown', 'The server refused some changes.'));
    }
    for (const error of refused) {
      const docId = error.id ?? '';
      result.refused.push({ docId, reason: String(error.message ?? error.reason ?? 'forbidden') });
      await this.restoreServerVersion(docId);
    }
  }

  /**
   * The server refused our revision (a validation rule): put the server's version back on top of
   * ours, so the replica, the server and then Dexie agree again and the refusal is reported.
   */
  private async restoreServerVersion(docId: string): Promise<void> {
    if (!docId) return;
    const [server, mine] = await Promise.all([this.remote.get(docId).catch(() => null), this.local.get(docId)]);
    if (!server) return;
    await this.local.put({ ...fieldsOfDoc(server), _id: docId, _rev: mine._rev, type: server.type, editedBy: server.editedBy, editedAt: server.editedAt });
  }

  /** Writes every outbox entry to the local replica as a child of its last agreed revision. */
  private async pushLocal(): Promise<number> {
    const rows = await this.db.syncOutbox.orderBy('seq').toArray();
    if (rows.length === 0) return 0;
    const lastSeq = rows[rows.length - 1]!.seq!;
    const keys = [...new Set(rows.map((r) => r.key))];
    let pushed = 0;
    for (let i = 0; i < keys.length; i += PUSH_BATCH) {
      const batch = keys.slice(i, i + PUSH_BATCH);
      const bases = await this.db.syncBase.bulkGet(batch);
      const records = await this.readRecords(batch);
      const docs: PouchDB.Doc[] = [];
      const agreed: Array<{ key: string; couchRev: string; localRev: number }> = [];
      for (const [index, key] of batch.entries()) {
        const parsed = parseDocId(key);
        if (!parsed) continue;
        const record = records.get(key);
        const base = bases[index];
        if (!record || (base && base.localRev === record.rev)) continue;
        const fields = fieldsOfRecord(parsed.table, record);
        let parentRevisions: { start: number; ids: string[] } = { start: 0, ids: [] };
        if (base) {
          const parent = await this.local.get(key, { rev: base.couchRev, revs: true }).catch(() => null);
          if (parent && sameFields(fieldsOfDoc(parent), fields)) {
            agreed.push({ key, couchRev: base.couchRev, localRev: record.rev });
            continue;
          }
          if (parent?._revisions) parentRevisions = parent._revisions;
        }
        const hash = randomRevId();
        const start = parentRevisions.start + 1;
        docs.push({
          ...fields,
          _id: key,
          _rev: `${start}-${hash}`,
          _revisions: { start, ids: [hash, ...parentRevisions.ids] },
          type: parsed.type,
          editedBy: this.userName,
          editedAt: this.now(),
        });
        agreed.push({ key, couchRev: `${start}-${hash}`, localRev: record.rev });
      }
      if (docs.length > 0) {
        const results = await this.local.bulkDocs(docs, { new_edits: false });
        const failed = results.find((r) => r.error);
        if (failed) throw classifySyncError(failed);
      }
      await this.db.syncBase.bulkPut(agreed);
      pushed += docs.length;
    }
    await this.db.syncOutbox.where('seq').belowOrEqual(lastSeq).delete();
    return pushed;
  }

  /** The records behind document ids, one bulk read per table (a get per key made a first upload of 10,000 leads crawl). */
  private async readRecords(keys: readonly string[]): Promise<Map<string, SyncedRecord>> {
    const byTable = new Map<SyncedTable, string[]>();
    for (const key of keys) {
      const parsed = parseDocId(key);
      if (parsed) byTable.set(parsed.table, [...(byTable.get(parsed.table) ?? []), parsed.id]);
    }
    const records = new Map<string, SyncedRecord>();
    for (const [table, ids] of byTable) {
      const rows = await this.db.table<SyncedRecord, string>(table).bulkGet(ids);
      rows.forEach((row, i) => {
        if (row) records.set(docIdOf(table, ids[i]!), row);
      });
    }
    return records;
  }

  /** Reads the replica's changes since last time: conflicts are merged, the rest written to Dexie. */
  private async processLocalChanges(result: SyncRoundResult): Promise<number> {
    let since = ((await this.db.syncMeta.get(SEQ_KEY))?.value as number | string | undefined) ?? 0;
    let resolved = 0;
    for (;;) {
      const page = await this.local.changes({ since, limit: CHANGES_BATCH, include_docs: true, conflicts: true });
      if (page.results.length === 0) break;
      const incoming: IncomingRecord[] = [];
      for (const change of page.results) {
        const doc = change.doc;
        const parsed = parseDocId(change.id);
        if (!doc || !parsed) continue;
        if (doc._conflicts && doc._conflicts.length > 0) {
          const conflicts = await this.resolve(doc);
          resolved += 1;
          result.merged += 1;
          if (conflicts.length > 0) result.conflicted += 1;
          continue; // the merged revision comes round again in this feed
        }
        incoming.push({ table: parsed.table, id: parsed.id, couchRev: doc._rev!, fields: doc._deleted ? null : fieldsOfDoc(doc) });
      }
      if (incoming.length > 0) await writeBack(this.db, incoming);
      since = page.last_seq;
      await this.db.syncMeta.put({ key: SEQ_KEY, value: since });
    }
    return resolved;
  }

  private async write(doc: PouchDB.Doc): Promise<void> {
    try {
      await this.local.put(doc);
    } catch (error) {
      throw classifySyncError(error);
    }
  }

  /**
   * Merges every conflicting leaf into CouchDB's winner, field by field against their common
   * ancestor, writes the result on the winner's branch and deletes the other branches.
   * Deterministic, so two panes resolving the same conflict write the same fields.
   */
  private async resolve(doc: PouchDB.Doc): Promise<FieldConflict[]> {
    const leafRevs = [doc._rev!, ...(doc._conflicts ?? [])];
    const leaves = (await this.local.get(doc._id, { open_revs: leafRevs, revs: true }))
      .map((leaf) => leaf.ok)
      .filter((leaf): leaf is PouchDB.Doc => Boolean(leaf && !leaf._deleted));
    const winner = leaves.find((leaf) => leaf._rev === doc._rev) ?? leaves[0];
    if (!winner) return [];
    const author = (leaf: PouchDB.Doc) => ({ by: String((leaf as SharedDoc).editedBy ?? ''), at: Number((leaf as SharedDoc).editedAt ?? 0) });
    let merged = fieldsOfDoc(winner) as MergeableFields;
    let latest = author(winner);
    const raised: FieldConflict[] = [];
    const losers = leaves.filter((leaf) => leaf !== winner).sort((a, b) => revNumber(b._rev!) - revNumber(a._rev!) || (a._rev! < b._rev! ? 1 : -1));
    for (const loser of losers) {
      const ancestorRev = commonAncestor(winner, loser);
      const ancestor = ancestorRev ? await this.local.get(doc._id, { rev: ancestorRev }).catch(() => null) : null;
      const other = author(loser);
      const outcome = threeWayMerge<MergeableFields>(ancestor ? (fieldsOfDoc(ancestor) as MergeableFields) : null, { fields: merged, ...author(winner) }, { fields: fieldsOfDoc(loser) as MergeableFields, ...other });
      merged = outcome.fields;
      raised.push(...outcome.conflicts);
      if (other.at > latest.at) latest = other;
    }
    // One write per revision: PouchDB's bulkDocs does not reliably apply two writes to one
    // document id in a single batch (a loser left undeleted would come back as a conflict).
    for (const loser of losers) await this.write({ _id: doc._id, _rev: loser._rev!, _deleted: true, mergedInto: winner._rev! });
    if (!sameFields(merged as RecordFields, fieldsOfDoc(winner))) {
      await this.write({ ...merged, _id: doc._id, _rev: winner._rev!, type: (winner as SharedDoc).type, editedBy: latest.by, editedAt: latest.at });
    }
    return raised;
  }
}
