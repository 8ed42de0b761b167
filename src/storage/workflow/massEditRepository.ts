import { newId } from '../../domain/ids';
import {
  applyPatch, eventForRestore, planMassEdit, planUndo, validateMassEdit, type DisqualifyChoice, type MassEdit,
} from '../../domain/workflow/massEdit';
import type { AssigneeRef, Lead, LeadId } from '../../domain/types';
import type { LeadPaneDb } from '../db';
import { BULK_CHUNK_SIZE } from '../leadRepository';
import type { EditBatchChunk } from './editBatch';
import type { PeopleRepository } from './peopleRepository';
import { systemActivity } from './systemActivity';
import { WorkflowError } from './workflowError';

export type Progress = (done: number, total: number) => void;

export type MassEditResult = {
  /** Pass to `undo`; null when nothing changed. */
  batchId: string | null;
  changed: number;
  unchanged: number;
  skipped: number;
};

export type UndoResult = { restored: number; conflicts: number; missing: number };

function chunks<T>(items: readonly T[], size = BULK_CHUNK_SIZE): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

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
  ) {}

  async apply(ids: readonly LeadId[], edit: MassEdit, onProgress?: Progress): Promise<MassEditResult> {
    const errors = validateMassEdit(edit);
    if (errors[0]) {
      const { code, ...params } = errors[0];
      throw new WorkflowError(code, params as Record<string, string | number>);
    }
    if (edit.field === 'assignee' && edit.value) await this.checkAssigneeExists(edit.value);
    const names = await this.people.names();
    const batchId = newId<string>();
    const result: MassEditResult = { batchId: null, changed: 0, unchanged: 0, skipped: 0 };
    let done = 0;
    for (const chunk of chunks(ids, this.chunkSize)) {
      await this.db.transaction('rw', [this.db.leads, this.db.activities, this.db.editBatches], async () => {
        const now = this.now();
        const leads = (await this.db.leads.bulkGet(chunk)).filter((l): l is Lead => Boolean(l && !l.deletedAt));
        const byId = new Map(leads.map((l) => [l.id, l]));
        const plan = planMassEdit(leads, edit, names, now);
        const updated = plan.changes.map((c) => applyPatch(byId.get(c.id)!, c.after, now));
        if (!updated.length) return;
        await this.db.leads.bulkPut(updated);
        const events = plan.changes.flatMap((c) => (c.event ? [systemActivity('lead', c.id, c.event, now)] : []));
        if (events.length) await this.db.activities.bulkAdd(events);
        const undo: EditBatchChunk = {
          id: newId<string>(), batchId, createdAt: now, field: edit.field,
          entries: plan.changes.map((c, i) => ({ id: c.id, before: c.before, rev: updated[i]!.rev })),
        };
        await this.db.editBatches.add(undo);
        result.changed += plan.changes.length;
        result.unchanged += plan.unchanged.length;
        result.skipped += plan.skipped.length;
      });
      done += chunk.length;
      onProgress?.(done, ids.length);
    }
    if (result.changed) result.batchId = batchId;
    return result;
  }

  /** Restores the before-values of a whole batch; leads edited since are left alone and counted. */
  async undo(batchId: string, onProgress?: Progress): Promise<UndoResult> {
    const chunkIds = await this.db.editBatches.where('batchId').equals(batchId).primaryKeys();
    if (!chunkIds.length) throw new WorkflowError('undoGone');
    const names = await this.people.names();
    const result: UndoResult = { restored: 0, conflicts: 0, missing: 0 };
    let done = 0;
    for (const chunkId of chunkIds) {
      await this.db.transaction('rw', [this.db.leads, this.db.activities, this.db.editBatches], async () => {
        const chunk = await this.db.editBatches.get(chunkId);
        if (!chunk) return;
        const now = this.now();
        const current = await this.db.leads.bulkGet(chunk.entries.map((e) => e.id));
        const plan = planUndo(chunk.entries, current, now);
        const byId = new Map(current.filter((l): l is Lead => Boolean(l)).map((l) => [l.id, l]));
        await this.db.leads.bulkPut(plan.restore);
        const events = plan.restore.flatMap((restored) => {
          const event = eventForRestore(byId.get(restored.id)!, restored, names);
          return event ? [systemActivity('lead', restored.id, event, now)] : [];
        });
        if (events.length) await this.db.activities.bulkAdd(events);
        await this.db.editBatches.delete(chunkId);
        result.restored += plan.restore.length;
        result.conflicts += plan.conflicts.length;
        result.missing += plan.missing.length;
        done += chunk.entries.length;
      });
      onProgress?.(done, done);
    }
    return result;
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

  private async checkAssigneeExists(assignee: NonNullable<AssigneeRef>): Promise<void> {
    const record = assignee.type === 'person' ? await this.db.people.get(assignee.id) : await this.db.teams.get(assignee.id);
    if (!record || record.deletedAt) throw new WorkflowError(assignee.type === 'person' ? 'personGone' : 'teamGone', { name: assignee.name });
  }
}
