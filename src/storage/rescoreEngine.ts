import { withComputedScore } from '../domain/leadScore';
import type { ScoringCriterion } from '../domain/scoring';
import type { CriterionId } from '../domain/types';
import type { LeadPaneDb } from './db';
import { liveRulesOf, SCORING_KEYS } from './scoringSettings';
import { readSetting, writeSetting } from './settingRegistry';

/** Scores rewritten per transaction: big enough to amortise a commit, small enough to stay responsive. */
export const RESCORE_CHUNK_SIZE = 2000;

export type RescoreState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; total: number }
  /** Stopped by the user; what is left is finished on the next open or on resume. */
  | { status: 'cancelled'; done: number; total: number }
  | { status: 'failed'; detail: string };

type Rules = { version: number; live: ScoringCriterion[]; knownIds: Set<CriterionId> };

/**
 * Brings every stored score to the current criteria version, in chunks of RESCORE_CHUNK_SIZE per
 * transaction, walking the primary key so a pass never re-reads what it wrote. Each chunk re-reads
 * its records inside its read-write transaction, so a tick made meanwhile in another pane is kept;
 * a criteria change during a pass restarts it under the new rules. Only one pass runs per engine.
 */
export class RescoreEngine {
  private state: RescoreState = { status: 'idle' };
  private readonly listeners = new Set<() => void>();
  private running: Promise<void> | null = null;
  private cancelRequested = false;
  private restartRequested = false;

  constructor(
    private readonly db: LeadPaneDb,
    private readonly now: () => number = Date.now,
    private readonly chunkSize: number = RESCORE_CHUNK_SIZE,
  ) {}

  getState = (): RescoreState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** True when scores are behind the criteria (a pass was cancelled or the pane closed mid-way). */
  async isBehind(): Promise<boolean> {
    const version = await readSetting(this.db.settings, SCORING_KEYS.criteriaVersion);
    const rescored = await readSetting(this.db.settings, SCORING_KEYS.rescoredVersion);
    return rescored < version;
  }

  /** Starts a pass (or restarts the running one under the newest rules); resolves when all is done. */
  start(): Promise<void> {
    this.cancelRequested = false;
    if (this.running) {
      this.restartRequested = true;
      return this.running;
    }
    this.running = this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Finishes work left over from an earlier session, if any. */
  async resumeIfBehind(): Promise<void> {
    if (await this.isBehind()) await this.start();
  }

  /** Stops after the chunk in flight; the scores already rewritten stay, the rest wait for a resume. */
  cancel(): void {
    if (this.running) this.cancelRequested = true;
  }

  /** Resolves when no pass is running (for tests and the bench). */
  async whenIdle(): Promise<void> {
    while (this.running) await this.running;
  }

  private setState(state: RescoreState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  private async readRules(): Promise<Rules> {
    return this.db.transaction('r', this.db.criteria, this.db.settings, async () => {
      const all = await this.db.criteria.toArray();
      return {
        version: await readSetting(this.db.settings, SCORING_KEYS.criteriaVersion),
        live: liveRulesOf(all),
        // A soft-deleted criterion keeps its ticks until the next edit, so its delete can be undone.
        knownIds: new Set(all.map((c) => c.id)),
      };
    });
  }

  private async run(): Promise<void> {
    try {
      for (;;) {
        this.restartRequested = false;
        const outcome = await this.pass(await this.readRules());
        if (outcome === 'restart') continue;
        return;
      }
    } catch (error) {
      this.setState({ status: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  }

  private async pass(rules: Rules): Promise<'done' | 'restart' | 'cancelled'> {
    const { leadScores, settings } = this.db;
    const total = await leadScores.count();
    let done = 0;
    let lastKey = '';
    this.setState({ status: 'running', done, total });
    for (;;) {
      if (this.restartRequested) return 'restart';
      if (this.cancelRequested) {
        this.setState({ status: 'cancelled', done, total });
        return 'cancelled';
      }
      const read = await this.db.transaction('rw', leadScores, settings, async () => {
        if ((await readSetting(settings, SCORING_KEYS.criteriaVersion)) !== rules.version) return 'stale' as const;
        const rows = await leadScores.where('leadId').above(lastKey).limit(this.chunkSize).toArray();
        const now = this.now();
        const changed = rows
          .filter((row) => row.criteriaVersion !== rules.version)
          .map((row) => withComputedScore({ ...row, ticks: row.ticks.filter((id) => rules.knownIds.has(id)) }, rules.live, rules.version, now));
        if (changed.length) await leadScores.bulkPut(changed);
        if (rows.length < this.chunkSize) await writeSetting(settings, SCORING_KEYS.rescoredVersion, rules.version);
        return rows;
      });
      if (read === 'stale') return 'restart';
      done += read.length;
      const last = read[read.length - 1];
      if (read.length < this.chunkSize || !last) {
        // Nothing to rescore (a fresh install) is not news worth a message.
        this.setState(done ? { status: 'done', total: done } : { status: 'idle' });
        return 'done';
      }
      lastKey = last.leadId;
      this.setState({ status: 'running', done, total: Math.max(total, done) });
    }
  }
}
