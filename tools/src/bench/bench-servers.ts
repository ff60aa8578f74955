import { ChildProcess, fork } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../../../server/src/config/app-config';

/** The production build of the server, as `npm start` runs it (the tools never import the app's code to serve it). */
export const APP_MAIN = join(REPOSITORY_ROOT, 'server', 'dist', 'server', 'src', 'main.js');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
    });
}

/** The production build of Heroics, as `npm start` runs it, against the given database (no demo seed). */
export async function startApp(databaseUrl: string, timeZone: string, jwtSecret: string, extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const child = fork(APP_MAIN, [], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'false',
      COOKIE_SECURE: 'false',
      LOG_LEVEL: 'warn',
      LOGIN_MAX_FAILURES_PER_IP: '10000',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      // Load drivers write far faster than a person; the per-person write limits have their own tests.
      WRITE_LIMIT_STORIES: '1000000',
      WRITE_LIMIT_ENDORSEMENTS: '1000000',
      WRITE_LIMIT_REWARDS: '1000000',
      WRITE_LIMIT_IMPORTS: '1000000',
      // The run is longer than an access token lives by default.
      ACCESS_TOKEN_TTL_SECONDS: '86400',
      COMPANY_TIME_ZONE: timeZone,
      JWT_SECRET: jwtSecret,
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/api/health`, child, 60_000);
  return { url, process: child, stop: stopper(child) };
}

/** The bare node:http + pg baseline (bare-server.ts), live or with the app's freshness rules. */
export async function startBare(
  databaseUrl: string,
  options: { poolSize: number; jwtSecret: string; timeZone: string; scoreFormula: string; freshness: 'live' | 'app' },
): Promise<RunningServer> {
  const port = await freePort();
  const child = fork(join(__dirname, 'bare-server.js'), [], {
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DB_POOL_SIZE: String(options.poolSize),
      JWT_SECRET: options.jwtSecret,
      COMPANY_TIME_ZONE: options.timeZone,
      SCORE_FORMULA: options.scoreFormula,
      BARE_FRESHNESS: options.freshness,
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`the bare baseline exited with code ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, process: child, stop: stopper(child) };
}
