import { newId } from '../../domain/ids';
import type { DuplicateProbe } from '../../domain/duplicates';
import { createLead, changeLead, type ChangeContext, type LeadChangeError, type LeadFields } from '../../domain/leadChange';
import { softDeleted, type LeadInput } from '../../domain/lead';
import type { Contact, Lead, LeadId, PersonId } from '../../domain/types';
import type { ImportRecord } from '../../import-export/importRecord';
import { duplicateProbe, EarlierRows, emptyFieldsFill, leadInputFromRecord, nameKeyCounts } from '../../import-export/leadFromRecord';
import type { LeadPaneDb } from '../db';
import { chunks } from '../leadRepository';
import { breathe, PACED_CHUNK_SIZE } from '../pacing';
import { leadWriteTables, readChangeContext, writeLeads, type LeadWrite } from '../leadWrites';
import { BulkJobRepository } from '../bulk-jobs/bulkJobRepository';
import { clearSetting, readSetting, writeSetting } from '../settingRegistry';
import type { FilledLead, ImportBatchChunk, ImportInProgress, SavedImportMapping } from './importBatch';

/** What to do with a row that matches a lead or contact already stored (or an earlier row). */
export type DuplicateChoice = 'skip' | 'fill' | 'create';

export type ImportReason =
  | { code: 'duplicateLead'; name: string }
  | { code: 'duplicateContact'; name: string }
  | { code: 'duplicateRow'; row: number }
  | { code: 'nothingToFill'; name: string }
  | { code: 'invalid'; errors: LeadChangeError[] }
  | { code: 'writeFailed' }
  | { code: 'cancelled' };

export type RowOutcome =
  | { row: number; status: 'imported'; leadId: LeadId }
  | { row: number; status: 'filled'; leadId: LeadId }
  | { row: number; status: 'skipped' | 'failed'; reason: ImportReason };

export type ImportResult = {
  /** Pass to `undo`; null when nothing was written. */
  batchId: string | null;
  imported: number;
  filled: number;
  skipped: number;
  failed: number;
  /** One per record, in file order. */
  outcomes: RowOutcome[];
  cancelled: boolean;
};

export type ImportUndoResult = { removed: number; restored: number; conflicts: number };

export type ImportOptions = {
  /** The file's name, recorded in each lead's history ("Imported from leads.csv"). */
  file: string;
  duplicates: DuplicateChoice;
  /** Checked between chunks: a cancelled import stops after the chunk in flight. */
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  by?: PersonId | null;
};

/** Where imports kept one shared marker before every bulk job had its own: still read (and cleared), never written. */
const LEGACY_IN_PROGRESS_KEY = 'import.inProgress';
/** The legacy marker of another pane counted as stopped after this long without a chunk. */
const LEGACY_STALE_AFTER_MS = 60_000;

/**
 * A row as it would be created: the lead built once through `createLead` (validation and derived
 * keys), its duplicate probe read from those keys, or the errors that keep it from being created.
 */
type Prepared = {
  record: ImportRecord;
  input: LeadInput;
  probe: DuplicateProbe;
  created: ReturnType<typeof createLead>;
};

/**
 * Import into the database through the one lead change path (`createLead` / `changeLead` +
 * `writeLeads`), `PACED_CHUNK_SIZE` rows per transaction with a turn for the pane between them. Each chunk's transaction also writes its undo record
 * (`importBatches`) and where the import got to (its own bulk-job marker, `BulkJobRepository`), so
 * a cancelled, closed or failed import leaves exactly what it wrote, is reported on the next open
 * whatever its age and whatever ran after it, and can be undone.
 */
export class ImportRepository {
  constructor(
    private readonly db: LeadPaneDb,
    private readonly now: () => number = Date.now,
    private readonly chunkSize: number = PACED_CHUNK_SIZE,
    /** The pane's job markers (shared with mass edit and lists, one session per pane). */
    private readonly jobs: BulkJobRepository = new BulkJobRepository(db, now),
  ) {}

  private tables() {
    const db = this.db;
    return [...leadWriteTables(db), db.contacts, db.importBatches];
  }

  async importRecords(records: readonly ImportRecord[], options: ImportOptions): Promise<ImportResult> {
    const { db } = this;
    const batchId = newId<string>();
    const result: ImportResult = { batchId: null, imported: 0, filled: 0, skipped: 0, failed: 0, outcomes: [], cancelled: false };
    const context = await readChangeContext(db, this.now(), options.by);
    const earlier = new EarlierRows();
    // Into a database with no leads or contacts (a first import), the only possible duplicates are
    // this file's own rows, which `earlier` catches in memory: the per-chunk index look-ups, whose
    // cost grows with every chunk written, are skipped.
    const checkStored = options.duplicates !== 'create' && (await db.leads.count()) + (await db.contacts.count()) > 0;
    let done = 0;
    let written = 0;
    const job = await this.jobs.begin({ kind: 'import', total: records.length, detail: { file: options.file }, id: batchId });
    try {
      for (const chunk of chunks(records, this.chunkSize)) {
        if (options.signal?.aborted) {
          result.cancelled = true;
          break;
        }
        // The chunk's time is taken before its leads are built, so they carry it as `createdAt`.
        const now = this.now();
        const prepared = chunk.map((record) => this.prepare(record, { ...context, now }, options.file));
        let chunkWritten = 0;
        try {
          await db.transaction('rw', this.tables(), async () => {
            const outcomes = await this.planChunk(prepared, options, earlier, { ...context, now }, checkStored);
            const writes: LeadWrite[] = [];
            const created: ImportBatchChunk['created'] = [];
            const filled: FilledLead[] = [];
            for (const planned of outcomes) {
              if (planned.write) writes.push(planned.write);
              if (planned.outcome.status === 'imported') created.push({ id: planned.outcome.leadId, rev: planned.write?.lead.rev ?? 1 });
              if (planned.outcome.status === 'filled' && planned.fill) filled.push(planned.fill);
            }
            await writeLeads(db, writes, now, context.by);
            if (created.length || filled.length) {
              await db.importBatches.add({ id: newId<string>(), batchId, file: options.file, createdAt: now, created, filled });
            }
            chunkWritten = created.length + filled.length;
            await job.progress(done + chunk.length, written + chunkWritten);
            for (const { outcome } of outcomes) this.count(result, outcome);
          });
          written += chunkWritten;
        } catch (error) {
          // The chunk's transaction wrote nothing: its rows failed, and the import stops here with
          // what earlier chunks wrote kept and reported (never a silent half-import).
          for (const { record } of prepared) this.count(result, { row: record.row, status: 'failed', reason: { code: 'writeFailed' } });
          for (const record of records.slice(done + chunk.length)) this.count(result, { row: record.row, status: 'failed', reason: { code: 'writeFailed' } });
          if (written) result.batchId = batchId;
          throw Object.assign(new ImportWriteError(error), { result });
        }
        done += chunk.length;
        options.onProgress?.(done, records.length);
        await breathe();
      }
      if (result.cancelled) {
        for (const record of records.slice(done)) this.count(result, { row: record.row, status: 'skipped', reason: { code: 'cancelled' } });
      }
      // A cancelled import that wrote something keeps its marker until the user keeps or undoes it.
      if (!result.cancelled || !written) await job.complete();
    } finally {
      job.stop();
    }
    if (written) result.batchId = batchId;
    return result;
  }

  private prepare(record: ImportRecord, context: ChangeContext, file: string): Prepared {
    const input = leadInputFromRecord(record, context.customFields);
    const created = createLead(newId<LeadId>(), input, context, { via: 'import', from: file });
    // A valid row's probe is the keys its lead stores (computed once, by `withDerivedKeys`); an
    // invalid one is still matched, so a duplicate is reported as such rather than as invalid.
    const probe = created.ok ? { emailKeys: created.lead.emailKeys, phoneKeys: created.lead.phoneKeys, nameKey: created.lead.dupKey ?? '' } : duplicateProbe(input);
    return { record, input, probe, created };
  }

  private count(result: ImportResult, outcome: RowOutcome): void {
    result.outcomes.push(outcome);
    if (outcome.status === 'imported') result.imported += 1;
    else if (outcome.status === 'filled') result.filled += 1;
    else if (outcome.status === 'skipped') result.skipped += 1;
    else result.failed += 1;
  }

  /** Decides every row of a chunk against the stored leads and contacts and the earlier rows (inside the chunk's transaction). */
  private async planChunk(
    prepared: readonly Prepared[],
    options: ImportOptions,
    earlier: EarlierRows,
    context: Awaited<ReturnType<typeof readChangeContext>>,
    checkStored: boolean,
  ): Promise<Array<{ record: ImportRecord; outcome: RowOutcome; write?: LeadWrite; fill?: FilledLead }>> {
    const { leadsByKey, contactsByKey } = checkStored ? await this.storedMatches(prepared) : { leadsByKey: new Map<string, Lead>(), contactsByKey: new Map<string, Contact>() };
    const touched = new Set<LeadId>();
    return prepared.map(({ record, input, probe, created }) => {
      const row = record.row;
      const storedLead = this.firstMatch(probe, leadsByKey);
      const storedContact = storedLead ? null : this.firstMatch(probe, contactsByKey);
      const earlierRow = earlier.match(probe);
      const skip = (reason: ImportReason) => ({ record, outcome: { row, status: 'skipped' as const, reason } });
      if (options.duplicates !== 'create') {
        if (storedLead && options.duplicates === 'fill' && !touched.has(storedLead.id)) {
          const fill = emptyFieldsFill(storedLead, input);
          if (Object.keys(fill).length === 0) return skip({ code: 'nothingToFill', name: storedLead.fullName });
          const applied = changeLead(storedLead, { fields: fill as Partial<LeadFields> }, context);
          if (!applied.ok) return { record, outcome: { row, status: 'failed' as const, reason: { code: 'invalid' as const, errors: applied.errors } } };
          touched.add(storedLead.id);
          earlier.add(probe, row);
          const before = Object.fromEntries(Object.keys(fill).map((key) => [key, beforeValue(storedLead, key as keyof LeadInput)])) as Partial<LeadInput>;
          return {
            record,
            outcome: { row, status: 'filled' as const, leadId: storedLead.id },
            write: { lead: applied.lead, changed: applied.changed, events: [...applied.events, { type: 'created', via: 'import', from: options.file }] },
            fill: { id: storedLead.id, before, rev: applied.lead.rev },
          };
        }
        if (storedLead) return skip({ code: 'duplicateLead', name: storedLead.fullName });
        if (storedContact) return skip({ code: 'duplicateContact', name: storedContact.fullName });
        if (earlierRow !== null) return skip({ code: 'duplicateRow', row: earlierRow });
      }
      if (!created.ok) return { record, outcome: { row, status: 'failed' as const, reason: { code: 'invalid' as const, errors: created.errors } } };
      earlier.add(probe, row);
      return { record, outcome: { row, status: 'imported' as const, leadId: created.lead.id }, write: { lead: created.lead, isNew: true, changed: true, events: [] } };
    });
  }

  private firstMatch<T>(probe: Prepared['probe'], byKey: Map<string, T>): T | null {
    for (const key of probe.emailKeys) {
      const match = byKey.get(`e:${key}`);
      if (match) return match;
    }
    for (const key of probe.phoneKeys) {
      const match = byKey.get(`p:${key}`);
      if (match) return match;
    }
    return nameKeyCounts(probe.nameKey) ? (byKey.get(`n:${probe.nameKey}`) ?? null) : null;
  }

  /** Live leads and contacts sharing an e-mail, a phone or (leads) the folded name and company with a row of the chunk: three index reads each. */
  private async storedMatches(prepared: readonly Prepared[]) {
    const emails = [...new Set(prepared.flatMap((p) => p.probe.emailKeys))];
    const phones = [...new Set(prepared.flatMap((p) => p.probe.phoneKeys))];
    const names = [...new Set(prepared.map((p) => p.probe.nameKey).filter(nameKeyCounts))];
    const leadsByKey = new Map<string, Lead>();
    const contactsByKey = new Map<string, Contact>();
    const index = <T extends { emailKeys: string[]; phoneKeys: string[]; deletedAt: number | null }>(map: Map<string, T>, items: T[], nameKey?: (item: T) => string | undefined) => {
      for (const item of items) {
        if (item.deletedAt) continue;
        for (const key of item.emailKeys) if (emails.includes(key) && !map.has(`e:${key}`)) map.set(`e:${key}`, item);
        for (const key of item.phoneKeys) if (phones.includes(key) && !map.has(`p:${key}`)) map.set(`p:${key}`, item);
        const name = nameKey?.(item);
        if (name && !map.has(`n:${name}`)) map.set(`n:${name}`, item);
      }
    };
    const db = this.db;
    if (emails.length) index(leadsByKey, await db.leads.where('emailKeys').anyOf(emails).toArray());
    if (phones.length) index(leadsByKey, await db.leads.where('phoneKeys').anyOf(phones).toArray());
    if (names.length) index(leadsByKey, await db.leads.where('dupKey').anyOf(names).toArray(), (lead) => lead.dupKey);
    if (emails.length) index(contactsByKey, await db.contacts.where('emailKeys').anyOf(emails).toArray());
    if (phones.length) index(contactsByKey, await db.contacts.where('phoneKeys').anyOf(phones).toArray());
    return { leadsByKey, contactsByKey };
  }

  /**
   * The oldest import that stopped part-way (cancelled, pane closed, a write failed) and wrote
   * something, whatever its age, unless its pane is still running it; else null.
   */
  async interrupted(): Promise<ImportInProgress | null> {
    const job = await this.jobs.stoppedJob('import');
    if (job) return { batchId: job.id, file: job.detail.file ?? '', done: job.done, total: job.total, written: job.changed, session: job.session, at: job.heartbeatAt };
    const legacy = await readSetting(this.db.settings, LEGACY_IN_PROGRESS_KEY);
    if (!legacy || !legacy.written || this.now() - legacy.at < LEGACY_STALE_AFTER_MS) return null;
    return legacy;
  }

  /** Mappings the user saved, newest first. */
  async savedMappings(): Promise<SavedImportMapping[]> {
    return readSetting(this.db.settings, 'import.savedMappings');
  }

  /** Saves (or replaces, by name) a column mapping. */
  async saveMapping(mapping: SavedImportMapping): Promise<void> {
    await this.db.transaction('rw', this.db.settings, async () => {
      const saved = (await readSetting(this.db.settings, 'import.savedMappings')).filter((m) => m.name !== mapping.name);
      await writeSetting(this.db.settings, 'import.savedMappings', [mapping, ...saved]);
    });
  }

  /** The user keeps what the cut-off import `batchId` wrote: its marker goes, its leads stay. */
  async forgetInterrupted(batchId: string): Promise<void> {
    await this.jobs.forget(batchId);
    await this.db.transaction('rw', this.db.settings, async () => {
      const legacy = await readSetting(this.db.settings, LEGACY_IN_PROGRESS_KEY);
      if (legacy?.batchId === batchId) await clearSetting(this.db.settings, LEGACY_IN_PROGRESS_KEY);
    });
  }

  /**
   * Removes the leads the import created and restores the fields it filled. A created lead edited
   * since goes to the recycle bin instead of being removed for good; a filled lead edited since is
   * left as it is and counted as a conflict.
   */
  async undo(batchId: string, onProgress?: (done: number, total: number) => void): Promise<ImportUndoResult> {
    const { db } = this;
    const chunkIds = await db.importBatches.where('batchId').equals(batchId).primaryKeys();
    await this.forgetInterrupted(batchId);
    const result: ImportUndoResult = { removed: 0, restored: 0, conflicts: 0 };
    const context = await readChangeContext(db, this.now());
    let done = 0;
    for (const chunkId of chunkIds) {
      await db.transaction('rw', [...this.tables(), db.leadPhotos], async () => {
        const chunk = await db.importBatches.get(chunkId);
        if (!chunk) return;
        const now = this.now();
        const createdIds = chunk.created.map((c) => c.id);
        const current = await db.leads.bulkGet(createdIds);
        const untouched: LeadId[] = [];
        const edited: Lead[] = [];
        chunk.created.forEach((entry, i) => {
          const lead = current[i];
          if (!lead || lead.deletedAt) return;
          if (lead.rev === entry.rev) untouched.push(lead.id);
          else edited.push(lead);
        });
        await db.leads.bulkDelete(untouched);
        await db.leadScores.bulkDelete(untouched);
        await db.leadPhotos.bulkDelete(untouched);
        await db.activities.where('[recordType+recordId]').anyOf(untouched.map((id) => ['lead', id])).delete();
        await writeLeads(db, edited.map((lead) => ({ lead: softDeleted(lead, now), changed: true, events: [] })), now, context.by);
        result.removed += untouched.length + edited.length;
        const filledNow = await db.leads.bulkGet(chunk.filled.map((f) => f.id));
        const restores: LeadWrite[] = [];
        chunk.filled.forEach((entry, i) => {
          const lead = filledNow[i];
          if (!lead || lead.deletedAt || lead.rev !== entry.rev) {
            result.conflicts += 1;
            return;
          }
          const applied = changeLead(lead, { fields: entry.before as Partial<LeadFields> }, { ...context, now });
          if (!applied.ok) {
            result.conflicts += 1;
            return;
          }
          restores.push({ lead: applied.lead, changed: applied.changed, events: applied.events });
          result.restored += 1;
        });
        await writeLeads(db, restores, now, context.by);
        await db.importBatches.delete(chunkId);
        done += chunk.created.length + chunk.filled.length;
      });
      onProgress?.(done, done);
    }
    return result;
  }
}

/** A write failed part-way; `result` holds the outcomes so far (earlier chunks stay written). */
export class ImportWriteError extends Error {
  result?: ImportResult;
  constructor(override readonly cause: unknown) {
    super('The import stopped: a write failed');
    this.name = 'ImportWriteError';
  }
}

function beforeValue(lead: Lead, key: keyof LeadInput): unknown {
  if (key === 'region') return lead.region ?? '';
  if (key === 'customValues') return { ...(lead.customValues ?? {}) };
  return lead[key as keyof Lead] ?? '';
}
