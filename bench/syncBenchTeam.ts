import type { TeamFile } from '../src/sync/server/provision';

/** The team server of the sync benches (`bench/cases/sync.ts`), provisioned by `scripts/bench.ts`. */
export const BENCH_TEAM_FILE: TeamFile = {
  teams: [
    { id: 'bench-upload', name: 'Bench upload', members: ['bench-uploader'] },
    { id: 'bench-raw', name: 'Bench raw', members: ['bench-uploader'] },
    { id: 'bench-assign', name: 'Bench assign', members: ['bench-alice', 'bench-bob'] },
  ],
  users: [
    { name: 'bench-uploader', password: 'bench-password-uploader' },
    { name: 'bench-alice', displayName: 'Alice', password: 'bench-password-alice' },
    { name: 'bench-bob', displayName: 'Bob', password: 'bench-password-bob' },
  ],
};
