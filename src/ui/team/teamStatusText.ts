import type { MessageKey } from '../../i18n/en';
import type { TeamSyncPhase, TeamSyncProblem, TeamSyncStatus } from '../../sync/teamSyncApi';

/** What Settings > Team says about the session, as message keys: pure, so it is tested as a table. */

export const PROBLEM_TEXT: Record<TeamSyncProblem, MessageKey> = {
  wrongPassword: 'team.problem.wrongPassword',
  notInTeam: 'team.problem.notInTeam',
  refused: 'team.problem.refused',
  unreachable: 'team.problem.unreachable',
  quota: 'team.problem.quota',
  notFound: 'team.problem.notFound',
  badAddress: 'team.problem.badAddress',
  notHttps: 'team.problem.notHttps',
  noTeams: 'team.problem.noTeams',
  unknown: 'team.problem.unknown',
};

const PHASE_TEXT: Partial<Record<TeamSyncPhase, MessageKey>> = {
  syncing: 'team.phase.syncing',
  upToDate: 'team.phase.upToDate',
  paused: 'team.phase.paused',
  offline: 'team.phase.offline',
  stopped: 'team.phase.stopped',
};

export type StatusView = {
  /** The one-line state ("Up to date", "Offline: ..."). */
  phase: MessageKey | null;
  /** The problem in words with what to do, and how loud to say it. */
  problem: { key: MessageKey; intent: 'error' | 'warning' } | null;
  /** Whether the connected controls (pause, sync now, sign out) show. */
  connected: boolean;
};

export function statusView(status: TeamSyncStatus): StatusView {
  const connected = status.team !== null && status.phase !== 'signedOut' && status.phase !== 'signingIn' && status.phase !== 'choosingTeam';
  const problem = status.problem
    ? { key: PROBLEM_TEXT[status.problem], intent: status.problem === 'unreachable' ? ('warning' as const) : ('error' as const) }
    : null;
  // Offline because the server does not answer says so once, in the problem's words.
  const phase = status.phase === 'offline' && status.problem === 'unreachable' ? null : (PHASE_TEXT[status.phase] ?? null);
  return { phase, problem, connected };
}
