// `npm run validate`: checks manifest.xml against the add-in XSDs offline when ../shared is
// beside the clone (xmllint + ../shared/bin/validate-manifest), else with
// `office-addin-manifest validate`, which asks Microsoft's online service.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifests = process.argv.slice(2).length ? process.argv.slice(2) : ['manifest.xml'];
const offline = resolve(root, '../shared/bin/validate-manifest');
const hasXmllint = spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).status === 0;

let failed = false;
for (const manifest of manifests) {
  let result;
  if (existsSync(offline) && hasXmllint) {
    console.log(`validate: ${manifest} against ../shared/manifest-schemas (offline)`);
    result = spawnSync(offline, [manifest], { stdio: 'inherit', cwd: root });
  } else {
    console.log(`validate: ${existsSync(offline) ? 'xmllint missing (apt-get install -y libxml2-utils)' : '../shared not found'}; using office-addin-manifest validate (online)`);
    result = spawnSync('npx', ['office-addin-manifest', 'validate', manifest], { stdio: 'inherit', cwd: root });
  }
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
