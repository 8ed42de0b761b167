/**
 * npm run sync:dev [-- --port 5984 --team-file team.json]: a team server for development,
 * pouchdb-server in memory on 127.0.0.1, provisioned with the same code as a real CouchDB.
 * Everything is gone when it stops (Ctrl+C).
 */
import { readFileSync } from 'node:fs';
import { checkTeamFile, provision } from '../src/sync/server/provision';
import { startDevServer } from './syncServer';

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const port = Number(argument('port') ?? 5984);
  const teamFile = argument('team-file') ?? 'deploy/couchdb/team.example.json';
  const file = checkTeamFile(JSON.parse(readFileSync(teamFile, 'utf8')));
  const server = await startDevServer({ port });
  const report = await provision({ url: server.url, user: server.admin.user, password: server.admin.password }, file);
  console.log(`Team server (pouchdb-server, in memory) on ${server.url}`);
  console.log(`Admin: ${server.admin.user} / ${server.admin.password}; users from ${teamFile}: ${report.users.join(', ')}`);
  console.log('Press Ctrl+C to stop.');
  const stop = (): void => {
    void server.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
