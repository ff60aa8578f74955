import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const MAIN = join(ROOT, 'server', 'dist', 'server', 'src', 'main.js');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

interface Started {
  child: ChildProcess;
  output: () => string;
}

/** Runs the built server as `npm start` does, with an embedded PostgreSQL in `dataDir`. */
async function start(dataDir: string, port: number): Promise<Started> {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', NODE_ENV: 'development', SMTP_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 30 s:\n${output}`)), 30_000);
    child.stdout!.on('data', () => output.includes('Heroics is running') && (clearTimeout(timer), resolve()));
    child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`exited with ${code}:\n${output}`))));
  });
  return { child, output: () => output };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));
}

function postgresPid(dataDir: string): number | null {
  const file = join(dataDir, 'pg', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('start-up: what `npm start` does on a fresh machine', () => {
  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error('Build first: `npm run build` (npm test does it).');
  });

  it('stops with a one-line message naming a bad setting', () => {
    const result = spawnSync(process.execPath, [MAIN], { env: { ...process.env, PORT: 'abc' }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^Invalid configuration: PORT="abc"/);
  });

  it('starts an embedded PostgreSQL, migrates, loads the demo company once, serves API and SPA on one port, and stops cleanly', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'heroics-start-'));
    const port = await freePort();
    try {
      const first = await start(dataDir, port);
      expect(first.output()).toContain('Loaded the demo company');
      expect(first.output()).toContain('admin@larkspur.example (admin)');
      // With no mail server, the first screen says where the emails go instead.
      expect(first.output()).toMatch(
        /Email: NOT DELIVERED \(no SMTP_URL\)\. Every email goes to the outbox; admins read it at http:\/\/localhost:\d+\/outbox\./,
      );
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(await health.json()).toEqual({ status: 'ok', checks: { app: 'up', database: 'up' } });
      const page = await fetch(`http://127.0.0.1:${port}/roster`, { headers: { Accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<div id="root">/);
      const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'manager@larkspur.example', password: 'heroics-demo' }),
      });
      expect(login.status).toBe(200);
      const token = (await login.json()).accessToken;
      const roster = await fetch(`http://127.0.0.1:${port}/api/employees?status=all&limit=100`, { headers: { Authorization: `Bearer ${token}` } });
      const people = (await roster.json()).items as { active: boolean }[];
      expect(people.length).toBeGreaterThanOrEqual(55);
      expect(people.filter((p) => !p.active).length).toBeGreaterThanOrEqual(8);

      const pg = postgresPid(dataDir)!;
      expect(alive(pg)).toBe(true);
      first.child.kill('SIGTERM');
      expect(await exited(first.child)).toBe(0);
      expect(alive(pg)).toBe(false);

      const second = await start(dataDir, port);
      expect(second.output()).not.toContain('Loaded the demo company');
      // The signing key start-up generated is kept in DATA_DIR: a sign-in from before the restart still works.
      const afterRestart = await fetch(`http://127.0.0.1:${port}/api/employees?limit=1`, { headers: { Authorization: `Bearer ${token}` } });
      expect(afterRestart.status).toBe(200);
      second.child.kill('SIGINT');
      expect(await exited(second.child)).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);

  it('recovers when a killed process left its PostgreSQL running', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'heroics-start-'));
    const port = await freePort();
    try {
      const first = await start(dataDir, port);
      const leftover = postgresPid(dataDir)!;
      first.child.kill('SIGKILL');
      await exited(first.child);
      expect(alive(leftover)).toBe(true);

      const second = await start(dataDir, port);
      expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
      expect(alive(leftover)).toBe(false);
      second.child.kill('SIGTERM');
      expect(await exited(second.child)).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
