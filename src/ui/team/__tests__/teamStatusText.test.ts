import { en } from '../../../i18n/en';
import { vi } from '../../../i18n/vi';
import { SIGNED_OUT, type TeamSyncStatus } from '../../../sync/teamSyncApi';
import { PROBLEM_TEXT, statusView } from '../teamStatusText';

const team = { id: 'sales-north', name: 'Sales North' };
const at = (patch: Partial<TeamSyncStatus>): TeamSyncStatus => ({ ...SIGNED_OUT, ...patch });

describe('Settings > Team status', () => {
  it.each([
    ['signed out', at({}), { phase: null, problem: null, connected: false }],
    ['wrong password at sign-in', at({ problem: 'wrongPassword' }), { phase: null, problem: { key: 'team.problem.wrongPassword', intent: 'error' }, connected: false }],
    ['choosing a team', at({ phase: 'choosingTeam', teams: [team] }), { phase: null, problem: null, connected: false }],
    ['up to date', at({ phase: 'upToDate', team }), { phase: 'team.phase.upToDate', problem: null, connected: true }],
    ['browser offline', at({ phase: 'offline', team }), { phase: 'team.phase.offline', problem: null, connected: true }],
    ['server unreachable', at({ phase: 'offline', team, problem: 'unreachable' }), { phase: null, problem: { key: 'team.problem.unreachable', intent: 'warning' }, connected: true }],
    ['403 from a rule', at({ phase: 'stopped', team, problem: 'refused' }), { phase: 'team.phase.stopped', problem: { key: 'team.problem.refused', intent: 'error' }, connected: true }],
    ['quota', at({ phase: 'stopped', team, problem: 'quota' }), { phase: 'team.phase.stopped', problem: { key: 'team.problem.quota', intent: 'error' }, connected: true }],
    ['paused', at({ phase: 'paused', team }), { phase: 'team.phase.paused', problem: null, connected: true }],
  ])('%s', (_name, status, view) => {
    expect(statusView(status)).toEqual(view);
  });

  it('words every problem in both languages, with what to do', () => {
    for (const key of Object.values(PROBLEM_TEXT)) {
      expect(en[key].length).toBeGreaterThan(40);
      expect(vi[key].length).toBeGreaterThan(40);
      expect(vi[key]).not.toBe(en[key]);
    }
  });
});
