import { useSyncExternalStore } from 'react';
import type { BatchInProgress, MassEditRepository, MassEditResult, UndoResult } from '../../storage/bulk-edit/massEditRepository';
import type { BulkJobMarker } from '../../storage/bulk-jobs/bulkJobMarker';
import type { MarketingListRepository } from '../../storage/marketing-lists/marketingListRepository';
import type { WorkflowRepositories } from '../../storage/workflowRepositories';

/** What the last action on a selection is doing or did; texts are made when shown, in the reader's language. */
export type BulkJobState =
  | { kind: 'idle' }
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'edited'; result: MassEditResult }
  | { kind: 'undone'; result: UndoResult }
  | { kind: 'listAdded'; count: number; name: string }
  | { kind: 'listUndone'; count: number; name: string }
  | { kind: 'failed'; error: unknown }
  /** A batch that stopped part-way (this time, or before the pane was last closed); `error` when we saw why. */
  | { kind: 'interrupted'; batch: BatchInProgress; error: unknown }
  /** An "add to list" that stopped part-way: what it added can be taken out again. */
  | { kind: 'addInterrupted'; job: BulkJobMarker; error: unknown };

type Progress = (done: number, total: number) => void;

/**
 * The state of the last bulk action, kept outside the component that started it: opening a lead
 * or another tab unmounts the list's toolbar, and the running edit's progress, result and Undo
 * must still be there when the user comes back. One job per set of repositories.
 */
export class BulkJob {
  private state: BulkJobState = { kind: 'idle' };
  private readonly listeners = new Set<() => void>();

  getState = (): BulkJobState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get busy(): boolean {
    return this.state.kind === 'progress';
  }

  /** Runs `work` with progress; its outcome becomes the state, an error included. */
  async run<T>(work: (progress: Progress) => Promise<T>, done: (result: T) => BulkJobState): Promise<void> {
    const progress: Progress = (d, total) => this.set({ kind: 'progress', done: d, total });
    progress(0, 0);
    try {
      this.set(done(await work(progress)));
    } catch (error) {
      this.set({ kind: 'failed', error });
    }
  }

  undo(massEdit: MassEditRepository, batchId: string): Promise<void> {
    return this.run((progress) => massEdit.undo(batchId, progress), (result) => ({ kind: 'undone', result }));
  }

  /**
   * Shows a bulk job that stopped part-way, so what it wrote can be undone: after a failed run,
   * and when the list opens (the pane may have closed mid-way last time). Mass edits first.
   */
  async checkInterrupted(workflow: Pick<WorkflowRepositories, 'massEdit' | 'lists'>): Promise<void> {
    const before = this.state;
    if (before.kind !== 'idle' && before.kind !== 'failed') return;
    const error = before.kind === 'failed' ? before.error : null;
    const batch = await workflow.massEdit.interrupted();
    if (this.state !== before) return;
    if (batch) return this.set({ kind: 'interrupted', batch, error });
    const job = await workflow.lists.interruptedAdd();
    if (job && this.state === before) this.set({ kind: 'addInterrupted', job, error });
  }

  /** Keeps what an interrupted batch wrote and stops offering its undo. */
  async keepInterrupted(massEdit: MassEditRepository, batchId: string): Promise<void> {
    await massEdit.forgetInterrupted(batchId);
    this.set({ kind: 'idle' });
  }

  undoAdd(lists: MarketingListRepository, job: BulkJobMarker): Promise<void> {
    return this.run(() => lists.undoAdd(job.id), (count) => ({ kind: 'listUndone', count, name: job.detail.name ?? '' }));
  }

  async keepAdd(lists: MarketingListRepository, jobId: string): Promise<void> {
    await lists.keepAdd(jobId);
    this.set({ kind: 'idle' });
  }

  /** Hides a finished outcome (a running job keeps showing its progress). */
  dismiss = (): void => {
    if (!this.busy) this.set({ kind: 'idle' });
  };

  private set(state: BulkJobState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

const jobs = new WeakMap<WorkflowRepositories, BulkJob>();

export function bulkJobFor(workflow: WorkflowRepositories): BulkJob {
  let job = jobs.get(workflow);
  if (!job) {
    job = new BulkJob();
    jobs.set(workflow, job);
  }
  return job;
}

export function useBulkJob(workflow: WorkflowRepositories): [BulkJob, BulkJobState] {
  const job = bulkJobFor(workflow);
  return [job, useSyncExternalStore(job.subscribe, job.getState)];
}
