/**
 * npm run sync:provision -- --url https://couch.example.com --admin admin [--team-file team.json]
 * The admin password is read from COUCHDB_ADMIN_PASSWORD (or `--admin name:password`), so it
 * stays out of the shell history. The team file lists teams and users (deploy/couchdb/).
 */
import { readFileSync } from 'node:fs';
import { checkTeamFile, provision, ProvisionError } from '../src/sync/server/provision';

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const url = argument('url');
  const admin = argument('admin');
  const teamFile = argument('team-file') ?? 'deploy/couchdb/team.example.json';
  if (!url || !admin) {
    console.error('Usage: npm run sync:provision -- --url https://couch.example.com --admin NAME [--team-file team.json]\n(password in COUCHDB_ADMIN_PASSWORD, or --admin NAME:PASSWORD)');
    process.exit(2);
  }
  const [user, inlinePassword] = admin.includes(':') ? [admin.slice(0, admin.indexOf(':')), admin.slice(admin.indexOf(':') + 1)] : [admin, undefined];
  const password = inlinePassword ?? process.env.COUCHDB_ADMIN_PASSWORD;
  if (!password) {
    console.error('Set COUCHDB_ADMIN_PASSWORD (or pass --admin NAME:PASSWORD).');
    process.exit(2);
  }
  const file = checkTeamFile(JSON.parse(readFileSync(teamFile, 'utf8')));
  const report = await provision({ url, user, password }, file);
  console.log(`Provisioned ${report.databases.length} databases and ${report.users.length} users (${report.createdUsers.length} new) on ${url}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ProvisionError ? error.message : error);
  process.exit(1);
});
