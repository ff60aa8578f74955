/**
 * npm run soak [-- --minutes 10 --users 8 --out docs/soak-report.json]
 *
 * Starts the built app (a fresh embedded PostgreSQL with the demo company, or the database DATABASE_URL names) and
 * drives it with a mix of realistic journeys for the given time: sign-in, feed pages, telling a story, endorsing
 * and withdrawing, leaderboards, reports. Reports the error count, p99 latency per minute and the app's RSS every
 * 10 s, and exits non-zero unless there were no errors and RSS grew less than 10% after the warm-up.
 *
 * The traffic is a hand-rolled loop rather than autocannon: the journeys are stateful (a token per person, the
 * feed's cursor, endorse-then-withdraw on a story the person may endorse), which fixed request lists cannot express.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_MAIN as MAIN, freePort } from '../bench/bench-servers';
const DEMO_PASSWORD = 'heroics-demo';
const RSS_GROWTH_LIMIT = 0.1;

interface Options {
  minutes: number;
  users: number;
  out?: string;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { minutes: 10, users: 8 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--minutes') options.minutes = Number(value);
    else if (flag === '--users') options.users = Number(value);
    else if (flag === '--out') options.out = value;
    else continue;
    i++;
  }
  if (!(options.minutes > 0) || !(options.users > 0)) throw new Error('usage: soak [--minutes N] [--users N] [--out file.json]');
  return options;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Sample {
  at: number;
  ms: number;
  route: string;
  status: number;
}

class Traffic {
  readonly samples: Sample[] = [];
  readonly errors: string[] = [];
  constructor(private readonly baseUrl: string) {}

  async request(route: string, method: string, path: string, token?: string, body?: unknown): Promise<any> {
    const started = performance.now();
    let status = 0;
    let payload: any = null;
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: body !== undefined ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(30_000),
      });
      status = response.status;
      const text = await response.text();
      payload = text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
    } catch (error) {
      payload = (error as Error).message;
    }
    this.samples.push({ at: Date.now(), ms: performance.now() - started, route, status });
    if (status < 200 || status >= 300) {
      this.errors.push(`${route} ${method} ${path} -> ${status} ${JSON.stringify(payload).slice(0, 200)}`);
      return null;
    }
    return payload;
  }
}

function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) * 1024;
}

async function startApp(port: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      SEED_DEMO: 'true',
      NODE_ENV: 'production',
      JWT_SECRET: process.env.JWT_SECRET ?? 'soak-test-secret-that-is-long-enough-for-hs256',
      LOG_LEVEL: 'warn',
      // Every virtual person signs in from this one address.
      LOGIN_MAX_FAILURES_PER_IP: '100000',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      // Load drivers write far faster than a person; the per-person write limits have their own tests.
      WRITE_LIMIT_STORIES: '1000000',
      WRITE_LIMIT_ENDORSEMENTS: '1000000',
      WRITE_LIMIT_REWARDS: '1000000',
      WRITE_LIMIT_IMPORTS: '1000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the app did not start in 120 s:\n${output}`)), 120_000);
    child.stdout!.on('data', () => output.includes('Heroics is running') && (clearTimeout(timer), resolve()));
    child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`the app exited with ${code}:\n${output}`))));
  });
  return child;
}

interface Person {
  id: string;
  email: string;
  role: string;
}

/** One person's session: a journey at a time, chosen by weight, with a short think time between requests. */
async function person(traffic: Traffic, who: Person, values: string[], colleagues: Person[], until: number, index: number) {
  let token: string | undefined;
  let round = 0;
  const think = () => sleep(20 + Math.random() * 80);
  while (Date.now() < until) {
    if (!token || round % 50 === 0) {
      const session = await traffic.request('sign-in', 'POST', '/api/auth/login', undefined, { email: who.email, password: DEMO_PASSWORD });
      token = session?.accessToken;
      if (!token) {
        await sleep(1000);
        continue;
      }
    }
    round++;
    const roll = Math.random();
    if (roll < 0.35) {
      let cursor: string | null = null;
      for (let page = 0; page < 3; page++) {
        const feed: { items: { id: string }[]; nextCursor: string | null } | null = await traffic.request(
          'feed',
          'GET',
          `/api/feed?limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
          token,
        );
        cursor = feed?.nextCursor ?? null;
        if (!cursor) break;
        await think();
      }
    } else if (roll < 0.55) {
      const feed = await traffic.request('feed', 'GET', '/api/feed?limit=20', token);
      const candidates = (feed?.items ?? []).filter(
        (s: { author: { id: string }; heroes: { id: string }[]; endorsedByMe: boolean }) =>
          s.author.id !== who.id && !s.heroes.some((h) => h.id === who.id) && !s.endorsedByMe,
      );
      const story = candidates[Math.floor(Math.random() * candidates.length)];
      if (story) {
        await traffic.request('endorse', 'POST', `/api/stories/${story.id}/endorsements`, token, { comment: `Well done (soak ${index}-${round})` });
        await think();
        if (Math.random() < 0.5) await traffic.request('withdraw', 'DELETE', `/api/stories/${story.id}/endorsements/mine`, token);
      }
    } else if (roll < 0.65) {
      const hero = colleagues[Math.floor(Math.random() * colleagues.length)];
      await traffic.request('story', 'POST', '/api/stories', token, {
        title: `Soak story ${index}-${round}`,
        heroIds: [hero.id],
        situation: 'A customer called about a parcel that showed as delivered but never arrived.',
        action: 'Traced it with the courier while the customer waited on the line.',
        impact: 'It arrived the same evening.',
        occurredOn: new Date().toISOString().slice(0, 10),
        channel: 'phone',
        resolvedWithoutHandoff: true,
        valueIds: [values[round % values.length]],
      });
    } else if (roll < 0.85) {
      const period = ['week', 'month', 'quarter', 'year', 'all'][round % 5];
      const metric = ['stories', 'endorsements', 'points', 'score'][round % 4];
      await traffic.request('leaderboard', 'GET', `/api/leaderboards?period=${period}&metric=${metric}`, token);
    } else if (roll < 0.93 && who.role !== 'staff') {
      const report = ['tenure', 'retention', 'recognition-coverage'][round % 3];
      await traffic.request(`report:${report}`, 'GET', `/api/reports/${report}`, token);
    } else {
      await traffic.request('me', 'GET', '/api/me', token);
      await traffic.request('notifications', 'GET', '/api/notifications?limit=20', token);
    }
    await think();
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'heroics-soak-'));
  console.log(
    `soak: starting the built app on :${port} (${process.env.DATABASE_URL ? 'DATABASE_URL' : `fresh embedded PostgreSQL in ${dataDir}`}, demo company)`,
  );
  const app = await startApp(port, dataDir);
  const baseUrl = `http://127.0.0.1:${port}`;
  const traffic = new Traffic(baseUrl);
  const rss: { at: number; bytes: number }[] = [];
  let exitCode = 1;
  try {
    const admin = await traffic.request('sign-in', 'POST', '/api/auth/login', undefined, { email: 'admin@larkspur.example', password: DEMO_PASSWORD });
    const roster: { items: (Person & { active: boolean })[] } = await traffic.request('setup', 'GET', '/api/employees?limit=100', admin.accessToken);
    const values: { id: string }[] = await traffic.request('setup', 'GET', '/api/values', admin.accessToken);
    const people = roster.items.filter((p) => p.email);
    const demo = ['admin@larkspur.example', 'manager@larkspur.example', 'staff@larkspur.example'];
    const cast = [...people.filter((p) => demo.includes(p.email)), ...people.filter((p) => !demo.includes(p.email))].slice(0, options.users);
    traffic.samples.length = 0;

    const started = Date.now();
    const until = started + options.minutes * 60_000;
    rss.push({ at: started, bytes: rssOf(app.pid!) });
    const sampler = setInterval(() => {
      rss.push({ at: Date.now(), bytes: rssOf(app.pid!) });
      const last = traffic.samples.filter((s) => s.at > Date.now() - 10_000);
      console.log(
        `  ${((Date.now() - started) / 1000).toFixed(0)} s: ${last.length} requests in 10 s, p99 ${percentile(
          last.map((s) => s.ms),
          99,
        ).toFixed(1)} ms, RSS ${(rss[rss.length - 1].bytes / 2 ** 20).toFixed(1)} MiB, errors ${traffic.errors.length}`,
      );
    }, 10_000);
    await Promise.all(
      cast.map((who, i) =>
        person(
          traffic,
          who,
          values.map((v) => v.id),
          people.filter((p) => p.id !== who.id),
          until,
          i,
        ),
      ),
    );
    clearInterval(sampler);
    rss.push({ at: Date.now(), bytes: rssOf(app.pid!) });

    const minutes = Math.ceil(options.minutes);
    const perMinute = Array.from({ length: minutes }, (_, m) => {
      const inMinute = traffic.samples.filter((s) => s.at >= started + m * 60_000 && s.at < started + (m + 1) * 60_000);
      return {
        minute: m + 1,
        requests: inMinute.length,
        p50: +percentile(
          inMinute.map((s) => s.ms),
          50,
        ).toFixed(1),
        p99: +percentile(
          inMinute.map((s) => s.ms),
          99,
        ).toFixed(1),
      };
    });
    // Warm-up: the first minute (or the first fifth of a shorter run). Growth compares the median RSS of the
    // first minute after the warm-up with the median of the last minute.
    const warmUpMs = Math.min(60_000, (options.minutes * 60_000) / 5);
    const windowMs = Math.min(60_000, (options.minutes * 60_000) / 5);
    const median = (xs: number[]) => percentile(xs, 50);
    const afterWarmUp = median(rss.filter((r) => r.at >= started + warmUpMs && r.at < started + warmUpMs + windowMs).map((r) => r.bytes));
    const atEnd = median(rss.filter((r) => r.at >= until - windowMs).map((r) => r.bytes));
    const growth = (atEnd - afterWarmUp) / afterWarmUp;
    const byRoute = Object.entries(traffic.samples.reduce<Record<string, number[]>>((acc, s) => ((acc[s.route] ??= []).push(s.ms), acc), {})).map(
      ([route, ms]) => ({ route, requests: ms.length, p50: +percentile(ms, 50).toFixed(1), p99: +percentile(ms, 99).toFixed(1) }),
    );
    const passed = traffic.errors.length === 0 && growth < RSS_GROWTH_LIMIT;
    const report = {
      date: new Date(started).toISOString(),
      minutes: options.minutes,
      users: cast.length,
      database: process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PostgreSQL (fresh, demo company)',
      requests: traffic.samples.length,
      errors: traffic.errors.length,
      firstErrors: traffic.errors.slice(0, 10),
      p99ByMinuteMs: perMinute,
      byRoute,
      rssMiB: rss.map((r) => ({ s: Math.round((r.at - started) / 1000), mib: +(r.bytes / 2 ** 20).toFixed(1) })),
      rssAfterWarmUpMiB: +(afterWarmUp / 2 ** 20).toFixed(1),
      rssAtEndMiB: +(atEnd / 2 ** 20).toFixed(1),
      rssGrowthPercent: +(growth * 100).toFixed(1),
      passed,
    };
    console.log('\nminute  requests  p50 ms  p99 ms');
    for (const m of perMinute)
      console.log(`${String(m.minute).padStart(6)}  ${String(m.requests).padStart(8)}  ${String(m.p50).padStart(6)}  ${String(m.p99).padStart(6)}`);
    console.log('\nroute                         requests  p50 ms  p99 ms');
    for (const r of byRoute)
      console.log(`${r.route.padEnd(28)}  ${String(r.requests).padStart(8)}  ${String(r.p50).padStart(6)}  ${String(r.p99).padStart(6)}`);
    console.log(`\nrequests ${report.requests}, errors ${report.errors}${report.errors ? `:\n  ${report.firstErrors.join('\n  ')}` : ''}`);
    console.log(
      `RSS after warm-up ${report.rssAfterWarmUpMiB} MiB, at the end ${report.rssAtEndMiB} MiB: growth ${report.rssGrowthPercent}% (limit ${RSS_GROWTH_LIMIT * 100}%)`,
    );
    console.log(passed ? 'soak: PASSED' : 'soak: FAILED');
    if (options.out) writeFileSync(options.out, JSON.stringify(report, null, 2) + '\n');
    exitCode = passed ? 0 : 1;
  } finally {
    app.kill('SIGTERM');
    await new Promise((resolve) => (app.exitCode !== null ? resolve(null) : app.once('exit', resolve)));
    rmSync(dataDir, { recursive: true, force: true });
  }
  process.exit(exitCode);
}

main().catch((error) => {
  console.error(`soak: ${(error as Error).message}`);
  process.exit(1);
});
