/**
 * Starts pouchdb-server (a CouchDB-compatible server from npm) in memory on 127.0.0.1, for
 * `npm run sync:dev`, the sync tests and the sync benches. It runs in a child process with a
 * scratch directory as its working directory, because it writes its config and log files there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export type DevServer = { url: string; port: number; admin: { user: string; password: string }; stop(): Promise<void> };

// pouchdb-server behind a one-line fix of pouchdb-validation (see the file for why).
const BIN = resolve(__dirname, 'pouchdbServerMain.cjs');

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => ok(port));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string, limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`pouchdb-server did not answer on ${url} within ${limitMs} ms:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts the server, creates the admin (leaving "admin party") and resolves once it answers. */
export async function startDevServer(options: { port?: number; adminUser?: string; adminPassword?: string } = {}): Promise<DevServer> {
  const port = options.port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'leadpane-couch-'));
  const child = spawn(process.execPath, [BIN, '--in-memory', '--host', '127.0.0.1', '--port', String(port), '--config', join(dir, 'config.json'), '--no-stdout-logs', '--no-color'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}/`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(url, child, () => output, 30_000);
    const admin = { user: options.adminUser ?? 'admin', password: options.adminPassword ?? 'dev-admin-password' };
    const made = await fetch(`${url}_config/admins/${encodeURIComponent(admin.user)}`, { method: 'PUT', body: JSON.stringify(admin.password) });
    if (!made.ok) throw new Error(`Creating the admin failed (${made.status}).`);
    return { url, port, admin, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
