import IdbAdapter from 'pouchdb-adapter-idb';
import { liveQuery } from 'dexie';
import type { PersonId } from '../../domain/types';
import type { LeadPaneDb } from '../../storage/db';
import { writeSetting } from '../../storage/settingRegistry';
import { localReplica, registerAdapter, remoteDatabase, sessionInfo, sessionUser, type Credentials } from '../engine/replica';
import { SyncEngine } from '../engine/syncEngine';
import { classifySyncError } from '../engine/syncErrors';
import { personIdOf, teamDbName, TEAM_ID_PATTERN } from '../server/names';
import { clearTeamAccount, readTeamAccount, writeTeamAccount, type TeamAccount } from '../teamAccount';
import { SIGNED_OUT, type TeamChoice, type TeamSyncController, type TeamSyncProblem, type TeamSyncStatus } from '../teamSyncApi';
import type PouchDB from 'pouchdb-core';
import { checkServerAddress, retryDelayMs, teamsOfRoles } from './sessionRules';

registerAdapter(IdbAdapter);

/** A local change waits this long for the next one before a round starts (typing, a mass edit). */
const LOCAL_DEBOUNCE_MS = 250;

/**
 * One pane's team sync: sign-in, the team, and the loop that keeps Dexie and the team database
 * in step. A round runs when a local change lands in the outbox, when the server's changes feed
 * (long-poll `_changes`, no selector) reports a change, when the browser comes back online, and on
 * "Sync now"; a failed round is retried later (unreachable) or stops with the problem in words.
 */
class TeamSyncSession implements TeamSyncController {
  private state: TeamSyncStatus = SIGNED_OUT;
  private readonly listeners = new Set<() => void>();
  private pendingSignIn: { serverUrl: string; credentials: Credentials; teams: TeamChoice[] } | null = null;
  private engine: SyncEngine | null = null;
  private local: PouchDB.Database | null = null;
  private remote: PouchDB.Database | null = null;
  private feed: PouchDB.Emitter<unknown> | null = null;
  private outboxWatch: { unsubscribe(): void } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private generation = 0;

  constructor(private readonly db: LeadPaneDb) {
    window.addEventListener('online', () => this.schedule(0));
    window.addEventListener('offline', () => {
      if (this.engine && this.state.phase !== 'paused') this.set({ phase: 'offline' });
      this.closeFeed();
    });
    const saved = readTeamAccount(db.name);
    if (saved) void this.connect(saved);
  }

  status(): TeamSyncStatus {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(patch: Partial<TeamSyncStatus>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  async signIn(serverUrl: string, user: string, password: string): Promise<void> {
    const address = checkServerAddress(serverUrl);
    if (!address.ok) return this.set({ ...SIGNED_OUT, problem: address.problem });
    const credentials = { user: user.trim(), password };
    this.set({ ...SIGNED_OUT, phase: 'signingIn', serverUrl: address.url, user: credentials.user });
    let info: { name: string; roles: string[] } | null;
    try {
      info = await sessionInfo(address.url, credentials);
    } catch (error) {
      return this.set({ ...SIGNED_OUT, serverUrl: address.url, user: credentials.user, problem: classifySyncError(error).code });
    }
    if (!info) return this.set({ ...SIGNED_OUT, serverUrl: address.url, user: credentials.user, problem: 'wrongPassword' });
    const teams = await Promise.all(teamsOfRoles(info.roles).map((id) => this.teamName(address.url, credentials, id)));
    if (teams.length === 0) return this.set({ ...SIGNED_OUT, serverUrl: address.url, user: credentials.user, problem: 'noTeams' });
    this.pendingSignIn = { serverUrl: address.url, credentials, teams };
    if (teams.length === 1) return this.chooseTeam(teams[0]!.id);
    this.set({ phase: 'choosingTeam', teams, problem: null });
  }

  /** The team's name from its own record in the team database; its id when that cannot be read. */
  private async teamName(serverUrl: string, credentials: Credentials, id: string): Promise<TeamChoice> {
    try {
      const doc = await remoteDatabase(serverUrl, teamDbName(id), credentials).get(`team:${id}`);
      return { id, name: typeof doc.name === 'string' && doc.name ? doc.name : id };
    } catch {
      return { id, name: id };
    }
  }

  async chooseTeam(teamId: string): Promise<void> {
    const pending = this.pendingSignIn;
    const team = pending?.teams.find((t) => t.id === teamId);
    if (!pending || !team || !TEAM_ID_PATTERN.test(teamId)) return;
    this.pendingSignIn = null;
    const account: TeamAccount = { serverUrl: pending.serverUrl, user: pending.credentials.user, password: pending.credentials.password, teamId, teamName: team.name, paused: false };
    writeTeamAccount(this.db.name, account);
    // "Assigned to me" is the server's person for this user from now on.
    await writeSetting(this.db.settings, 'workflow.me', personIdOf(account.user) as PersonId);
    await this.connect(account);
  }

  private async connect(account: TeamAccount): Promise<void> {
    const generation = ++this.generation;
    const credentials = { user: account.user, password: account.password };
    this.local = localReplica(`leadpane-replica-${this.db.name}-${account.teamId}`, 'idb');
    this.remote = remoteDatabase(account.serverUrl, teamDbName(account.teamId), credentials);
    this.engine = new SyncEngine({
      db: this.db,
      local: this.local,
      remote: this.remote,
      userName: account.user,
      whoAmI: () => sessionUser(account.serverUrl, credentials),
    });
    this.set({
      ...SIGNED_OUT,
      phase: account.paused ? 'paused' : 'syncing',
      serverUrl: account.serverUrl,
      user: account.user,
      team: { id: account.teamId, name: account.teamName },
      lastSyncedAt: this.state.lastSyncedAt,
    });
    // Queues what changed while no server was configured (on first connect: the whole base).
    await this.engine.start();
    if (generation !== this.generation) return;
    await this.countConflicts();
    this.outboxWatch = liveQuery(() => this.db.syncOutbox.count()).subscribe({
      next: (count) => {
        if (generation !== this.generation) return;
        void this.refreshPending();
        if (count > 0) this.schedule(LOCAL_DEBOUNCE_MS);
      },
      error: () => undefined,
    });
    this.schedule(0);
  }

  private async refreshPending(): Promise<void> {
    if (this.engine) this.set({ pending: await this.engine.pendingCount() });
  }

  private async countConflicts(): Promise<void> {
    const conflicts = await this.db.leads.filter((lead) => Boolean(lead.fieldConflicts?.length) && !lead.deletedAt).count();
    this.set({ conflicts });
  }

  private schedule(delayMs: number): void {
    if (!this.engine || readTeamAccount(this.db.name)?.paused) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.round();
    }, delayMs);
  }

  private async round(): Promise<void> {
    const engine = this.engine;
    const generation = this.generation;
    if (!engine) return;
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      this.set({ phase: 'offline', problem: null });
      return;
    }
    this.set({ phase: 'syncing' });
    try {
      const result = await engine.syncOnce();
      if (generation !== this.generation) return;
      this.failures = 0;
      this.set({ phase: 'upToDate', problem: null, lastSyncedAt: Date.now(), refused: this.state.refused + result.refused.length });
      if (result.merged > 0 || result.pulled > 0 || this.state.conflicts > 0) await this.countConflicts();
      this.openFeed();
      await this.refreshPending();
      if (this.state.pending > 0) this.schedule(0);
    } catch (error) {
      if (generation !== this.generation) return;
      const problem: TeamSyncProblem = classifySyncError(error).code;
      this.failures += 1;
      this.closeFeed();
      await this.refreshPending();
      if (problem === 'unreachable') {
        this.set({ phase: 'offline', problem });
        this.schedule(retryDelayMs(this.failures));
      } else {
        this.set({ phase: 'stopped', problem });
        // Credentials and membership need the user or the admin; the rest may clear up by itself.
        if (problem !== 'wrongPassword' && problem !== 'notInTeam' && problem !== 'notFound') this.schedule(retryDelayMs(this.failures));
      }
    }
  }

  /** The server's changes feed (long-poll, no selector): a change there starts a round. */
  private openFeed(): void {
    if (this.feed || !this.remote) return;
    const feed = this.remote.changes({ since: 'now', live: true, return_docs: false });
    feed.on('change', () => this.schedule(0));
    feed.on('error', () => {
      if (this.feed === feed) this.feed = null;
    });
    this.feed = feed as PouchDB.Emitter<unknown>;
  }

  private closeFeed(): void {
    this.feed?.cancel();
    this.feed = null;
  }

  pause(): void {
    const account = readTeamAccount(this.db.name);
    if (!account) return;
    writeTeamAccount(this.db.name, { ...account, paused: true });
    if (this.timer) clearTimeout(this.timer);
    this.closeFeed();
    this.set({ phase: 'paused' });
  }

  resume(): void {
    const account = readTeamAccount(this.db.name);
    if (!account) return;
    writeTeamAccount(this.db.name, { ...account, paused: false });
    this.failures = 0;
    this.set({ phase: 'syncing', problem: null });
    this.schedule(0);
  }

  syncNow(): void {
    this.failures = 0;
    this.schedule(0);
  }

  async signOut(): Promise<void> {
    this.generation += 1;
    if (this.timer) clearTimeout(this.timer);
    this.closeFeed();
    this.outboxWatch?.unsubscribe();
    this.outboxWatch = null;
    this.engine?.stop();
    this.engine = null;
    this.pendingSignIn = null;
    clearTeamAccount(this.db.name);
    const local = this.local;
    this.local = null;
    this.remote = null;
    // Another server (or team) starts from scratch: its revisions mean nothing here.
    await this.db.transaction('rw', [this.db.syncOutbox, this.db.syncBase, this.db.syncMeta], async () => {
      await Promise.all([this.db.syncOutbox.clear(), this.db.syncBase.clear(), this.db.syncMeta.clear()]);
    });
    await local?.destroy().catch(() => undefined);
    this.set(SIGNED_OUT);
  }
}

const sessions = new WeakMap<LeadPaneDb, TeamSyncSession>();

export function openTeamSyncSession(db: LeadPaneDb): TeamSyncController {
  let session = sessions.get(db);
  if (!session) {
    session = new TeamSyncSession(db);
    sessions.set(db, session);
  }
  return session;
}
