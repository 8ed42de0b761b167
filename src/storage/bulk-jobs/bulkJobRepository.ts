import { newId } from '../../domain/ids';
import type { LeadPaneDb } from '../db';
import { clearSetting, readSetting, writeSetting } from '../settingRegistry';
import type { BulkJobKind, BulkJobMarker } from './bulkJobMarker';

/** A running job writes a heartbeat this often, besides one with every chunk it commits. */
export const BULK_JOB_HEARTBEAT_MS = 5_000;
/** A job whose last heartbeat is older than this is not running anywhere: it is reported. */
export const BULK_JOB_DEAD_AFTER_MS = 3 * BULK_JOB_HEARTBEAT_MS;

const MARKERS = 'bulkJobs.markers';
/** Where mass edit kept its single marker before every job had its own; read once, then moved. */
const LEGACY_MASS_EDIT = 'workflow.massEditInProgress';

export type BulkJobStart = { kind: BulkJobKind; total: number; detail?: Record<string, string>; /** Defaults to a new id. */ id?: string };

/**
 * One running bulk job, as its code sees it. Call `progress` INSIDE each chunk's transaction
 * (which must include `db.settings`), so the marker commits or rolls back with the chunk; call
 * `complete` when the last chunk is in, and `stop` in a `finally` (it only ends the heartbeat).
 */
export type BulkJobHandle = {
  readonly id: string;
  progress(done: number, changed: number): Promise<void>;
  complete(): Promise<void>;
  stop(): void;
};

/** Unfinished jobs on open: dead ones are reported (with their undo); live ones run in another pane. */
export type UnfinishedJobs = { stopped: BulkJobMarker[]; runningElsewhere: BulkJobMarker[] };

/**
 * Markers of bulk jobs (mass edit, add to list, import). Each job keeps its own marker until it
 * completes or is undone; whatever its age, a job found unfinished is reported unless a heartbeat
 * younger than `BULK_JOB_DEAD_AFTER_MS` shows it still running in another pane.
 */
export class BulkJobRepository {
  /** Tells this pane's jobs from another pane's. */
  readonly session = newId<string>();
  private readonly running = new Set<string>();

  constructor(
    private readonly db: LeadPaneDb,
    private readonly now: () => number = Date.now,
    /** 0 turns the timer off (tests): then chunks alone beat. */
    private readonly heartbeatMs: number = BULK_JOB_HEARTBEAT_MS,
  ) {}

  /** Writes the job's marker (0 done) and starts its heartbeat. */
  async begin({ kind, total, detail = {}, id = newId<string>() }: BulkJobStart): Promise<BulkJobHandle> {
    const now = this.now();
    const marker: BulkJobMarker = { id, kind, done: 0, total, changed: 0, session: this.session, startedAt: now, heartbeatAt: now, detail };
    await this.db.transaction('rw', this.db.settings, () => this.update(id, () => marker));
    this.running.add(id);
    const timer = this.heartbeatMs > 0
      ? setInterval(() => {
        // A missed beat only makes the job look stopped sooner; the chunks keep their own.
        this.db.transaction('rw', this.db.settings, () => this.update(id, (m) => m && { ...m, heartbeatAt: this.now() })).catch(() => undefined);
      }, this.heartbeatMs)
      : null;
    const stop = () => {
      if (timer) clearInterval(timer);
      this.running.delete(id);
    };
    return {
      id,
      progress: (done, changed) => this.update(id, (m) => m && { ...m, done, changed, heartbeatAt: this.now() }),
      complete: async () => {
        stop();
        await this.forget(id);
      },
      stop,
    };
  }

  /** Jobs left unfinished: by this pane (no longer running) or by a pane whose heartbeat stopped. */
  async unfinished(): Promise<UnfinishedJobs> {
    const markers = Object.values(await this.markers());
    const now = this.now();
    const alive = (m: BulkJobMarker) => (m.session === this.session ? this.running.has(m.id) : now - m.heartbeatAt < BULK_JOB_DEAD_AFTER_MS);
    const byStart = (a: BulkJobMarker, b: BulkJobMarker) => a.startedAt - b.startedAt;
    return { stopped: markers.filter((m) => !alive(m)).sort(byStart), runningElsewhere: markers.filter((m) => alive(m) && m.session !== this.session).sort(byStart) };
  }

  /**
   * The oldest job of `kind` that stopped part-way after changing something, or null; stopped
   * jobs of that kind that changed nothing are settled on the way.
   */
  async stoppedJob(kind: BulkJobKind): Promise<BulkJobMarker | null> {
    const { stopped } = await this.unfinished();
    for (const job of stopped.filter((j) => j.kind === kind)) {
      if (job.done < job.total && job.changed) return job;
      await this.forget(job.id);
    }
    return null;
  }

  async marker(id: string): Promise<BulkJobMarker | undefined> {
    return (await this.markers())[id];
  }

  /** The job is settled (completed, undone, or kept as it is): its marker goes. */
  async forget(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.settings, async () => {
      await this.update(id, () => undefined);
      const legacy = await readSetting(this.db.settings, LEGACY_MASS_EDIT);
      if (legacy?.batchId === id) await clearSetting(this.db.settings, LEGACY_MASS_EDIT);
    });
  }

  private async markers(): Promise<Record<string, BulkJobMarker>> {
    const markers = { ...(await readSetting(this.db.settings, MARKERS)) };
    // A mass edit cut off before markers were per job still gets reported.
    const legacy = await readSetting(this.db.settings, LEGACY_MASS_EDIT);
    if (legacy && legacy.done < legacy.total && legacy.changed && !markers[legacy.batchId]) {
      markers[legacy.batchId] = {
        id: legacy.batchId, kind: 'massEdit', done: legacy.done, total: legacy.total, changed: legacy.changed, session: legacy.session,
        startedAt: legacy.at, heartbeatAt: legacy.at, detail: { field: legacy.field },
      };
    }
    return markers;
  }

  /** Read-modify-write of one job's entry; inside the caller's transaction when there is one. */
  private async update(id: string, change: (current: BulkJobMarker | undefined) => BulkJobMarker | undefined): Promise<void> {
    const markers = { ...(await readSetting(this.db.settings, MARKERS)) };
    const next = change(markers[id]);
    if (next) markers[id] = next;
    else delete markers[id];
    await writeSetting(this.db.settings, MARKERS, markers);
  }
}
