import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './throwaway-postgres';

export const BUILT_MAIN = join(__dirname, '..', 'dist', 'server', 'src', 'main.js');
export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

/** The built server running as its own process, as it runs in production (`node server/dist/server/src/main.js`). */
export interface SpawnedApp {
  child: ChildProcess;
  port: number;
  baseUrl: string;
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited(): Promise<number | null>;
  /** SIGTERM, then SIGKILL if it has not ended within `graceMs`. */
  stop(graceMs?: number): Promise<number | null>;
}

export async function spawnApp(env: Record<string, string>, options: { startTimeoutMs?: number } = {}): Promise<SpawnedApp> {
  if (!existsSync(BUILT_MAIN)) throw new Error('Build first: `npm run build` (npm test does it).');
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const child = spawn(process.execPath, [BUILT_MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      NODE_ENV: 'production',
      JWT_SECRET: TEST_JWT_SECRET,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      TRUST_PROXY: 'true',
      LOGIN_MAX_FAILURES_PER_IP: '10000',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'heroics-app-')),
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the app did not start within ${options.startTimeoutMs ?? 30_000} ms:\n${output}`)),
      options.startTimeoutMs ?? 30_000,
    );
    child.stdout!.on('data', () => output.includes('Heroics is running') && (clearTimeout(timer), resolve()));
    void exit.then((code) => (clearTimeout(timer), reject(new Error(`the app exited with ${code} while starting:\n${output}`))));
  });
  const app: SpawnedApp = {
    child,
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => output,
    exited: () => exit,
    async stop(graceMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return exit;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exit;
      clearTimeout(timer);
      return code;
    },
  };
  return app;
}
