import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

test('npm run import-file prints one JSON line per file in the contract shape; an unreadable file gets an error and the rest go on', () => {
  const files = ['test/fixtures/import/outlook-en.csv', 'test/fixtures/import/no-such-file.csv', 'test/fixtures/import/vcard-apple-3.0.vcf'];
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/import-file.ts', ...files], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status).toBe(0);
  const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(lines.map((line) => line.file)).toEqual(files);
  expect(Object.keys(lines[0] ?? {})).toEqual(['file', 'format', 'encoding', 'records', 'errors']);
  expect((lines[0]?.records as unknown[])[0]).toEqual({
    fullName: 'René Lefèvre', givenName: 'René', familyName: 'Lefèvre', company: 'Contoso SARL', jobTitle: 'Directeur commercial',
    emails: ['rene.lefevre@contoso.fr'], phones: ['+33 1 42 68 53 00', '+33 6 12 34 56 78'], city: 'Paris', country: 'France',
  });
  expect(lines[1]).toEqual({ file: files[1], error: expect.stringMatching(/no such file/i) });
  expect(lines[2]).toMatchObject({ format: 'vcard', encoding: 'utf-8' });
});
