import { createDepartment, createEmployee, TEST_PASSWORD } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';

/** With REDIS_URL set and no Redis answering, sign-in keeps working and keeps counting, in PostgreSQL. */
describe('sign-in throttling while Redis is away', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Nothing listens on port 1: every Redis command fails at once.
    t = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:1', LOGIN_MAX_FAILURES_PER_ACCOUNT: '2' });
  });
  afterAll(() => t.close());

  it('signs people in, and still refuses a third wrong password with 429 (never a 500)', async () => {
    const department = (await createDepartment(t.dataSource)).id;
    const person = await createEmployee(t.dataSource, { departmentId: department });
    const attempt = (password: string) => t.http.post('/api/auth/login').set('X-Forwarded-For', '203.0.113.77').send({ email: person.email, password });
    expect((await attempt(TEST_PASSWORD)).status).toBe(200);
    expect((await attempt('not the password')).status).toBe(401);
    expect((await attempt('still not the password')).status).toBe(401);
    const refused = await attempt('wrong again');
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    const [counters] = await t.dataSource.query(`SELECT count(*)::int AS n FROM login_throttle WHERE key LIKE 'login-account%'`);
    expect(counters.n).toBeGreaterThan(0);
  });
});
