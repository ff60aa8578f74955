import { spawnSync } from 'node:child_process';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../server/src/database/data-source';
import { createDepartment, createEmployee, TestEmployee } from '../../server/test/factories';
import { call, signInTo } from '../../server/test/http-client';
import { spawnApp, SpawnedApp } from '../../server/test/spawned-app';
import { createSiblingDatabase, TestDatabase } from '../../server/test/test-database';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const FAILURE_LIMIT = 4;

/** PING, answered +PONG: .ci/run makes sure a Redis answers at REDIS_URL before the API tests. */
function redisReachable(): boolean {
  const { hostname, port } = new URL(REDIS_URL);
  const probe = `const s=require('net').connect(${Number(port) || 6379},'${hostname}');s.setTimeout(1000);s.on('connect',()=>{s.write('PING\\r\\n')});s.on('data',d=>process.exit(String(d).startsWith('+PONG')?0:1));s.on('error',()=>process.exit(1));s.on('timeout',()=>process.exit(1));`;
  return spawnSync(process.execPath, ['-e', probe], { timeout: 3000 }).status === 0;
}

// Both modes, every run: without a Redis the Redis half fails (it does not drop out), so nobody mistakes a run
// that never spoke to Redis for one that tested it.
const MODES: { store: 'postgres' | 'redis'; env: Record<string, string> }[] = [
  // An empty REDIS_URL is "not set" (the CI run exports one for the Redis mode).
  { store: 'postgres', env: { REDIS_URL: '' } },
  { store: 'redis', env: { REDIS_URL } },
];

interface Pair {
  database: TestDatabase;
  dataSource: DataSource;
  a: SpawnedApp;
  b: SpawnedApp;
}

async function startPair(env: Record<string, string>): Promise<Pair> {
  const database = await createSiblingDatabase('two_instances');
  const dataSource = new DataSource(dataSourceOptions(database.url, 2));
  await dataSource.initialize();
  const common = { DATABASE_URL: database.url, LOGIN_MAX_FAILURES_PER_ACCOUNT: String(FAILURE_LIMIT), ...env };
  const [a, b] = await Promise.all([spawnApp(common), spawnApp(common)]);
  return { database, dataSource, a, b };
}

async function stopPair(pair: Pair | undefined) {
  if (!pair) return;
  await Promise.all([pair.a.stop(), pair.b.stop()]);
  await pair.dataSource.destroy();
  await pair.database.dispose();
}

describe.each(MODES)('two app instances over one PostgreSQL (sign-in throttle in $store)', ({ store, env }) => {
  let pair: Pair;
  let department: { id: string };

  beforeAll(async () => {
    if (store === 'redis' && !redisReachable()) {
      throw new Error(`No Redis answers at ${REDIS_URL}: start one (redis-server --daemonize yes --port 6379, as .ci/run does) or set REDIS_URL`);
    }
    pair = await startPair(env);
    department = await createDepartment(pair.dataSource);
  }, 60_000);

  afterAll(() => stopPair(pair), 60_000);

  it('counts failed sign-ins across both: failures on A plus failures on B reach the limit', async () => {
    const person = await createEmployee(pair.dataSource, { departmentId: department.id });
    const wrong = { email: person.email, password: 'not the password' };
    for (const [i, app] of [pair.a, pair.a, pair.b, pair.b].entries()) {
      const answer = await call(app.baseUrl, 'POST', '/api/auth/login', { body: wrong, headers: { 'X-Forwarded-For': `10.9.0.${i + 1}` } });
      expect(answer.status).toBe(401);
    }
    // The right password is refused now, on either instance, from yet another address.
    for (const app of [pair.a, pair.b]) {
      const locked = await call(app.baseUrl, 'POST', '/api/auth/login', {
        body: { email: person.email, password: 'correct horse battery staple' },
        headers: { 'X-Forwarded-For': '10.9.1.1' },
      });
      expect(locked.status).toBe(429);
      expect(locked.body).toMatchObject({ code: 'too_many_attempts' });
      expect(Number(locked.retryAfter)).toBeGreaterThan(0);
    }
    const [rows] = await pair.dataSource.query('SELECT count(*)::int AS n FROM login_throttle WHERE key LIKE $1', [`%${person.email}`]);
    expect(rows.n).toBe(store === 'postgres' ? 1 : 0);
  });

  it('keeps its counters apart from another installation that shares the store', async () => {
    const person = await createEmployee(pair.dataSource, { departmentId: department.id });
    for (const app of [pair.a, pair.b, pair.a, pair.b]) {
      await call(app.baseUrl, 'POST', '/api/auth/login', { body: { email: person.email, password: 'not the password' } });
    }
    // The same address at another company on its own database, same Redis: not locked out by the first company's failures.
    const other = await createSiblingDatabase('two_instances_other');
    const otherData = new DataSource(dataSourceOptions(other.url, 1));
    await otherData.initialize();
    const app = await spawnApp({ DATABASE_URL: other.url, LOGIN_MAX_FAILURES_PER_ACCOUNT: String(FAILURE_LIMIT), ...env });
    try {
      const namesake = await createEmployee(otherData, { departmentId: (await createDepartment(otherData)).id });
      await otherData.query('UPDATE employees SET email = $1 WHERE id = $2', [person.email, namesake.id]);
      const signIn = await call(app.baseUrl, 'POST', '/api/auth/login', { body: { email: person.email, password: 'correct horse battery staple' } });
      expect(signIn.status).toBe(200);
      const locked = await call(pair.a.baseUrl, 'POST', '/api/auth/login', { body: { email: person.email, password: 'correct horse battery staple' } });
      expect(locked.status).toBe(429);
    } finally {
      await app.stop();
      await otherData.destroy();
      await other.dispose();
    }
  }, 60_000);

  it('warns at start that, in production without SMTP_URL, no email reaches anyone', () => {
    for (const app of [pair.a, pair.b]) expect(app.output()).toContain('WARNING: NODE_ENV=production and SMTP_URL is not set: no email');
  });

  it('refuses on B a session signed out on A (its access token and its refresh token)', async () => {
    const person = await createEmployee(pair.dataSource, { departmentId: department.id });
    const session = await signInTo(pair.a.baseUrl, person.email);
    expect((await call(pair.b.baseUrl, 'GET', '/api/me', { token: session.token })).status).toBe(200);

    const out = await call(pair.a.baseUrl, 'POST', '/api/auth/logout', { token: session.token, headers: { Cookie: session.refreshCookie } });
    expect(out.status).toBe(204);
    const me = await call(pair.b.baseUrl, 'GET', '/api/me', { token: session.token });
    expect(me.status).toBe(401);
    expect(me.body).toMatchObject({ code: 'session_ended' });
    const refreshed = await call(pair.b.baseUrl, 'POST', '/api/auth/refresh', { headers: { Cookie: session.refreshCookie } });
    expect(refreshed.status).toBe(401);
  });

  it('refuses on B the session of a leaver whose departure was recorded on A', async () => {
    const admin = await createEmployee(pair.dataSource, { departmentId: department.id, role: 'admin' });
    const leaver = await createEmployee(pair.dataSource, { departmentId: department.id });
    const adminSession = await signInTo(pair.a.baseUrl, admin.email);
    const leaverSession = await signInTo(pair.b.baseUrl, leaver.email);
    expect((await call(pair.b.baseUrl, 'GET', '/api/me', { token: leaverSession.token })).status).toBe(200);

    const today = new Date().toISOString().slice(0, 10);
    const departure = await call(pair.a.baseUrl, 'POST', `/api/employees/${leaver.id}/departure`, {
      token: adminSession.token,
      body: { leftOn: today, reason: 'voluntary' },
    });
    expect(departure.status).toBeLessThan(300);

    const me = await call(pair.b.baseUrl, 'GET', '/api/me', { token: leaverSession.token });
    expect(me.status).toBe(401);
    expect((await call(pair.b.baseUrl, 'POST', '/api/auth/refresh', { headers: { Cookie: leaverSession.refreshCookie } })).status).toBe(401);
    expect(
      (
        await call(pair.b.baseUrl, 'POST', '/api/auth/login', {
          body: { email: leaver.email, password: 'correct horse battery staple' },
          headers: { 'X-Forwarded-For': '10.9.2.1' },
        })
      ).status,
    ).toBe(401);
  });
});

describe('scheduled jobs with two app instances', () => {
  let pair: Pair | undefined;

  afterAll(() => stopPair(pair), 60_000);

  it('runs the scheduled housekeeping once per minute slot across both instances, and it does its work', async () => {
    const database = await createSiblingDatabase('two_instances_jobs');
    const dataSource = new DataSource(dataSourceOptions(database.url, 2));
    await dataSource.initialize();
    const department = await createDepartment(dataSource);
    const person: TestEmployee = await createEmployee(dataSource, { departmentId: department.id });
    // Expired sign-in leftovers for the job to purge, and live ones it must keep.
    await dataSource.query(
      `INSERT INTO refresh_tokens (employee_id, family_id, token_hash, expires_at) VALUES
         ($1, gen_random_uuid(), repeat('a', 64), now() - interval '1 day'),
         ($1, gen_random_uuid(), repeat('b', 64), now() + interval '1 day')`,
      [person.id],
    );
    const nowMs = Date.now();
    await dataSource.query(`INSERT INTO login_throttle (key, points, expire) VALUES ('login-ip:gone', 3, $1), ('login-ip:live', 3, $2)`, [
      nowMs - 60_000,
      nowMs + 600_000,
    ]);

    // pg-boss's finest schedule is once a minute.
    const env = { DATABASE_URL: database.url, HOUSEKEEPING_CRON: '* * * * *' };
    const [a, b] = await Promise.all([spawnApp(env), spawnApp(env)]);
    pair = { database, dataSource, a, b };
    const completed = async (): Promise<{ output: Record<string, number>; createdOn: Date }[]> =>
      dataSource.query(
        `SELECT output, created_on AS "createdOn" FROM pgboss.job WHERE name = 'housekeeping' AND state = 'completed'
         UNION ALL SELECT output, created_on FROM pgboss.archive WHERE name = 'housekeeping' AND state = 'completed' ORDER BY 2`,
      );
    const deadline = Date.now() + 150_000;
    while ((await completed()).length < 2 && Date.now() < deadline) await sleep(2_000);
    const runs = await completed();
    expect(a.child.exitCode).toBeNull();
    expect(b.child.exitCode).toBeNull();

    // Two instances, each with the schedule: still one job per minute slot.
    expect(runs.length).toBeGreaterThanOrEqual(2);
    const minutes = runs.map((r) => Math.floor(new Date(r.createdOn).getTime() / 60_000));
    expect(new Set(minutes).size).toBe(runs.length);
    // The work was done once: the first run purged the leftovers, the later ones found nothing.
    expect(runs.reduce((sum, r) => sum + r.output.refreshTokens, 0)).toBe(1);
    expect(runs.reduce((sum, r) => sum + r.output.throttles, 0)).toBe(1);
    expect(
      (await dataSource.query(`SELECT token_hash FROM refresh_tokens WHERE employee_id = $1`, [person.id])).map((r: { token_hash: string }) => r.token_hash[0]),
    ).toEqual(['b']);
    expect((await dataSource.query(`SELECT key FROM login_throttle WHERE key LIKE 'login-ip:%'`)).map((r: { key: string }) => r.key)).toEqual([
      'login-ip:live',
    ]);
    console.log(`scheduled jobs: ${runs.length} housekeeping runs in ${runs.length} minute slots, none twice`);
  }, 200_000);
});
