import { newId } from '../../domain/ids';
import type { LeadScore } from '../../domain/leadScore';
import {
  fieldRefOf, planMassEdit, planScoreUndo, planUndo, validateMassEdit,
  type DisqualifyChoice, type FieldRef, type MassEdit, type ScoreSetting, type UndoEntry,
} from '../../domain/bulk-edit/massEdit';
import { scoreChangeEvent, UNSCORED_SETTING, type ChangeContext } from '../../domain/leadChange';
import type { AssigneeRef, Lead, LeadId } from '../../domain/types';
import type { LeadPaneDb } from '../db';
import { BULK_CHUNK_SIZE, chunks } from '../leadRepository';
import { leadWriteTables, readChangeBasis, writeLeads, type LeadWrite } from '../leadWrites';
import { BulkJobRepository } from '../bulk-jobs/bulkJobRepository';
import type { SettingKey } from '../settingRegistry';
import type { EditBatchChunk } from './editBatch';
import type { PeopleRepository } from '../people/peopleRepository';
import { WorkflowError } from '../shared/workflowError';

export type Progress = (done: number, total: number) => void;

export type MassEditResult = {
  /** Pass to `undo`; null when nothing changed. */
  batchId: string | null;
  changed: number;
  unchanged: number;
  skipped: number;
};

export type UndoResult = { restored: number; conflicts: number; missing: number };

/**
 * Where mass edit kept its one marker before every bulk job had its own
 * (`bulk-jobs/bulkJobRepository.ts` still reads it, so a batch cut off then is reported).
 */
export const BATCH_IN_PROGRESS_KEY = 'workflow.massEditInProgress' satisfies SettingKey;
/** A mass edit that stopped part-way, as the pane reports it. */
export type BatchInProgress = {
  batchId: string;
  field: string;
  done: number;
  total: number;
  changed: number;
  /** The pane (repository instance) that ran it, and its last sign of life. */
  session: string;
  at: number;
};
type ChunkUndo = UndoResult & { writes: LeadWrite[] };


/**
 * Assign, mass edit, disqualify and reactivate: one engine, so every change to many leads is
 * chunked, recorded in history where it belongs, and undoable as a whole.
 */
export class MassEditRepository {
  constructor(
    private readonly db: LeadPaneDb,
    private readonly people: PeopleRepository,
    private readonly now: () => number = Date.now,
    /** Records per transaction; tests pass a small one to cross chunk boundaries cheaply. */
    private readonly chunkSize: number = BULK_CHUNK_SIZE,
    /** The pane's bulk job markers, shared with the other bulk jobs (one session per pane). */
    private readonly jobs: BulkJobRepository = new BulkJobRepository(db, now),
  ) {}

  async apply(ids: readonly LeadId[], edit: MassEdit, onProgress?: Progress): Promise<MassEditResult> {
    const errors = validateMassEdit(edit);
    if (errors[0]) {
      const { code, ...params } = errors[0];
      throw new WorkflowError(code, params as Record<string, string | number>);
    }
    if (edit.field === 'assignee' && edit.value) await this.checkAssigneeExists(edit.value);
    // Names and "me" once for the batch; the change path checks and describes every lead with them.
    const context = await readChangeBasis(this.db);
    const ref = edit.field === 'score' ? undefined : fieldRefOf(edit);
    const batchId = newId<string>();
    const result: MassEditResult = { batchId: null, changed: 0, unchanged: 0, skipped: 0 };
    let done = 0;
    // The batch's own marker, committed with each chunk: a pane closed or failing mid-way leaves
    // it behind, and the next open (of any pane) offers to undo what was written.
    const job = await this.jobs.begin({ kind: 'massEdit', total: ids.length, detail: { field: edit.field }, id: batchId });
    try {
      for (const chunk of chunks(ids, this.chunkSize)) {
        await this.db.transaction('rw', this.tables(), async () => {
          const now = this.now();
          const leads = (await this.db.leads.bulkGet(chunk)).filter((l): l is Lead => Boolean(l && !l.deletedAt));
          const scores = edit.field === 'score' ? await this.scoreSettings(leads.map((l) => l.id)) : undefined;
          const plan = planMassEdit(leads, edit, context.names, now, scores);
          await job.progress(done + chunk.length, result.changed + plan.changes.length);
          result.unchanged += plan.unchanged.length;
          result.skipped += plan.skipped.length;
          if (!plan.changes.length) return;
          // The one writer: leads (or scores), their history and rev, in this chunk's transaction.
          const writes: LeadWrite[] = plan.changes.map((c) => ({
            lead: c.lead, changed: !c.score, events: c.event ? [c.event] : [], ...(c.score ? { score: c.score.after } : {}),
          }));
          await writeLeads(this.db, writes, now, context.by);
          const entries: UndoEntry[] = plan.changes.map((c) =>
            c.score ? { id: c.id, before: {}, rev: c.lead.rev, score: c.score } : { id: c.id, before: c.before, after: c.after, rev: c.lead.rev },
          );
          const undo: EditBatchChunk = { id: newId<string>(), batchId, createdAt: now, field: edit.field, ...(ref ? { ref } : {}), entries };
          await this.db.editBatches.add(undo);
          result.changed += plan.changes.length;
        });
        done += chunk.length;
        onProgress?.(done, ids.length);
      }
      await job.complete();
    } finally {
      job.stop();
    }
    if (result.changed) result.batchId = batchId;
    return result;
  }

  /** The oldest batch that stopped part-way (pane closed, a write failed) and wrote something, in this pane or one whose heartbeat stopped; else null. */
  async interrupted(): Promise<BatchInProgress | null> {
    const job = await this.jobs.stoppedJob('massEdit');
    return job && { batchId: job.id, field: job.detail.field ?? '', done: job.done, total: job.total, changed: job.changed, session: job.session, at: job.heartbeatAt };
  }

  /** The user has seen the interrupted batch and keeps what it wrote. */
  async forgetInterrupted(batchId: string): Promise<void> {
    await this.jobs.forget(batchId);
  }

  /** Restores the before-values of a whole batch; leads edited since are left alone and counted. */
  async undo(batchId: string, onProgress?: Progress): Promise<UndoResult> {
    const chunkIds = await this.db.editBatches.where('batchId').equals(batchId).primaryKeys();
    // Undoing a batch that stopped part-way settles it, whichever pane ran it.
    await this.jobs.forget(batchId);
    if (!chunkIds.length) throw new WorkflowError('undoGone');
    const context = await readChangeBasis(this.db);
    const result: UndoResult = { restored: 0, conflicts: 0, missing: 0 };
    let done = 0;
    for (const chunkId of chunkIds) {
      await this.db.transaction('rw', this.tables(), async () => {
        const chunk = await this.db.editBatches.get(chunkId);
        if (!chunk) return;
        const now = this.now();
        const plan = chunk.field === 'score' ? await this.undoScores(chunk) : await this.undoLeadFields(chunk, context, now);
        await writeLeads(this.db, plan.writes, now, context.by);
        await this.db.editBatches.delete(chunkId);
        result.restored += plan.restored;
        result.conflicts += plan.conflicts;
        result.missing += plan.missing;
        done += chunk.entries.length;
      });
      onProgress?.(done, done);
    }
    return result;
  }

  /** Plans one undo chunk of a lead-field edit through the change path (inside the chunk's transaction). */
  private async undoLeadFields(chunk: EditBatchChunk, context: Omit<ChangeContext, 'now'>, now: number): Promise<ChunkUndo> {
    const current = await this.db.leads.bulkGet(chunk.entries.map((e) => e.id));
    // Chunks written before field history carry only the field's name.
    const ref: FieldRef | null = chunk.ref ?? (chunk.field === 'custom' ? null : ({ field: chunk.field } as FieldRef));
    const plan = planUndo(chunk.entries, current, now, ref, context.names);
    const writes = plan.restore.map(({ lead, events }) => ({ lead, changed: true, events }));
    return { restored: plan.restore.length, conflicts: plan.conflicts.length, missing: plan.missing.length, writes };
  }

  private async undoScores(chunk: EditBatchChunk): Promise<ChunkUndo> {
    const ids = chunk.entries.map((e) => e.id);
    const leads = await this.db.leads.bulkGet(ids);
    const settings = await this.scoreSettings(ids);
    const plan = planScoreUndo(chunk.entries, leads, settings);
    const byId = new Map(leads.filter((l): l is Lead => Boolean(l)).map((l) => [l.id, l]));
    const writes = plan.restore.map(({ id, setting }): LeadWrite => {
      const event = scoreChangeEvent(settings.get(id) ?? UNSCORED_SETTING, setting);
      return { lead: byId.get(id)!, changed: false, events: event ? [event] : [], score: setting };
    });
    return { restored: plan.restore.length, conflicts: plan.conflicts.length, missing: plan.missing.length, writes };
  }

  assign(ids: readonly LeadId[], assignee: AssigneeRef, onProgress?: Progress): Promise<MassEditResult> {
    return this.apply(ids, { field: 'assignee', value: assignee }, onProgress);
  }

  disqualify(ids: readonly LeadId[], choice: DisqualifyChoice, onProgress?: Progress): Promise<MassEditResult> {
    return this.apply(ids, { field: 'status', value: 'disqualified', disqualification: choice }, onProgress);
  }

  reactivate(ids: readonly LeadId[], onProgress?: Progress): Promise<MassEditResult> {
    return this.apply(ids, { field: 'status', value: 'open' }, onProgress);
  }

  /** Every table a mass edit or its undo may write, so each chunk is one transaction. */
  private tables() {
    const db = this.db;
    return [...leadWriteTables(db), db.editBatches];
  }

  /** The leads' score settings; a lead nobody scored has none (read as unscored). */
  private async scoreSettings(ids: readonly LeadId[]): Promise<Map<LeadId, ScoreSetting>> {
    const rows = await this.db.leadScores.bulkGet([...ids]);
    return new Map(rows.filter((r): r is LeadScore => Boolean(r)).map((r) => [r.leadId, { mode: r.mode, manualStars: r.manualStars }]));
  }

  private async checkAssigneeExists(assignee: NonNullable<AssigneeRef>): Promise<void> {
    const record = assignee.type === 'person' ? await this.db.people.get(assignee.id) : await this.db.teams.get(assignee.id);
    if (!record || record.deletedAt) throw new WorkflowError(assignee.type === 'person' ? 'personGone' : 'teamGone', { name: assignee.name });
  }
}
