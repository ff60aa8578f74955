import { clientIp, createDepartment, createEmployee, refreshCookieOf, signIn, TEST_PASSWORD } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';

const PROBLEM_JSON = /application\/problem\+json/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const cookiesOf = (response: { headers: Record<string, unknown> }) => ([] as string[]).concat((response.headers['set-cookie'] as string[] | undefined) ?? []);
const deviceCookieOf = (response: { headers: Record<string, unknown> }) => cookiesOf(response).find((c) => c.startsWith('heroics_device='));

/** Issue 12: sign-in that works for a real office and cannot be turned against people. */
describe('sign-in protection', () => {
  describe('a whole office behind one address', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '5' });
    });
    afterAll(() => t.close());

    it('lets 30 people sign in from one address at shift change: only failures count towards the address limit', async () => {
      const departmentId = (await createDepartment(t.dataSource)).id;
      const people = await Promise.all(Array.from({ length: 30 }, () => createEmployee(t.dataSource, { departmentId })));
      const office = clientIp();
      const statuses: number[] = [];
      for (const person of people) {
        statuses.push((await t.http.post('/api/auth/login').set('X-Forwarded-For', office).send({ email: person.email, password: TEST_PASSWORD })).status);
      }
      expect(statuses).toEqual(people.map(() => 200));

      const guesses: number[] = [];
      for (let i = 0; i < 6; i++) {
        guesses.push(
          (
            await t.http
              .post('/api/auth/login')
              .set('X-Forwarded-For', office)
              .send({ email: `guess${i}@heroics.test`, password: 'guess guess' })
          ).status,
        );
      }
      expect(guesses).toEqual([401, 401, 401, 401, 401, 429]);
    });
  });

  describe('one client guessing one account', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ LOGIN_FREE_FAILURES_PER_CLIENT: '2', LOGIN_MAX_FAILURES_PER_ACCOUNT: '100' });
    });
    afterAll(() => t.close());

    it('gets a few free failures, then waits longer after each further one; other clients are not slowed', async () => {
      const person = await createEmployee(t.dataSource, { departmentId: (await createDepartment(t.dataSource)).id });
      const ip = clientIp();
      const attempt = (from = ip, password = 'wrong password') =>
        t.http.post('/api/auth/login').set('X-Forwarded-For', from).send({ email: person.email, password });
      expect([(await attempt()).status, (await attempt()).status, (await attempt()).status]).toEqual([401, 401, 401]);
      const first = await attempt();
      expect(first.status).toBe(429);
      expect(first.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(first.body.code).toBe('too_many_attempts');
      const firstWait = Number(first.headers['retry-after']);
      expect(firstWait).toBeGreaterThanOrEqual(1);
      // Someone else on the same account is not made to wait for this client's mistakes.
      expect((await attempt(clientIp(), TEST_PASSWORD)).status).toBe(200);

      await sleep(firstWait * 1000 + 150);
      expect((await attempt()).status).toBe(401);
      const second = await attempt();
      expect(second.status).toBe(429);
      expect(Number(second.headers['retry-after'])).toBeGreaterThan(firstWait);
    });
  });

  describe('the softer per-account lock and the device cookie', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' });
    });
    afterAll(() => t.close());

    it('locks the account for new clients after failures from rotating addresses, records the lock, and still lets in a device that signed in before', async () => {
      const person = await createEmployee(t.dataSource, { departmentId: (await createDepartment(t.dataSource)).id });
      const laptop = await t.http.post('/api/auth/login').set('X-Forwarded-For', clientIp()).send({ email: person.email, password: TEST_PASSWORD });
      expect(laptop.status).toBe(200);
      const device = deviceCookieOf(laptop)!;
      expect(device).toMatch(/HttpOnly/);
      expect(device).toMatch(/SameSite=Strict/);
      expect(device).toMatch(/Path=\/api\/auth\/login/);
      expect(Number(/Max-Age=(\d+)/.exec(device)![1])).toBeGreaterThanOrEqual(30 * 86400);
      const deviceCookie = device.split(';')[0];

      for (let i = 0; i < 3; i++) {
        expect(
          (
            await t.http
              .post('/api/auth/login')
              .set('X-Forwarded-For', clientIp())
              .send({ email: person.email, password: `guess ${i}` })
          ).status,
        ).toBe(401);
      }
      const stranger = await t.http.post('/api/auth/login').set('X-Forwarded-For', clientIp()).send({ email: person.email, password: TEST_PASSWORD });
      expect(stranger.status).toBe(429);
      expect(stranger.body.code).toBe('too_many_attempts');

      const [lock] = await t.dataSource.query(
        `SELECT action, actor_id AS "actorId", after FROM audit_log WHERE subject_id = $1 AND action = 'employee.sign_in_locked'`,
        [person.id],
      );
      expect(lock).toMatchObject({ action: 'employee.sign_in_locked', actorId: null, after: { failures: 3 } });

      const fromLaptop = await t.http
        .post('/api/auth/login')
        .set('X-Forwarded-For', clientIp())
        .set('Cookie', deviceCookie)
        .send({ email: person.email, password: TEST_PASSWORD });
      expect(fromLaptop.status).toBe(200);
      // The cookie vouches only for the password it saw: a wrong one from the laptop is still a failure.
      expect(
        (
          await t.http
            .post('/api/auth/login')
            .set('X-Forwarded-For', clientIp())
            .set('Cookie', deviceCookie)
            .send({ email: person.email, password: 'nope nope' })
        ).status,
      ).toBe(401);
    });

    it('does not trust a device cookie that was tampered with, or one made for another account', async () => {
      const departmentId = (await createDepartment(t.dataSource)).id;
      const [owner, victim] = await Promise.all([createEmployee(t.dataSource, { departmentId }), createEmployee(t.dataSource, { departmentId })]);
      const own = deviceCookieOf(
        await t.http.post('/api/auth/login').set('X-Forwarded-For', clientIp()).send({ email: owner.email, password: TEST_PASSWORD }),
      )!.split(';')[0];
      for (let i = 0; i < 3; i++)
        await t.http
          .post('/api/auth/login')
          .set('X-Forwarded-For', clientIp())
          .send({ email: victim.email, password: `guess ${i}` });
      const decoded = decodeURIComponent(own);
      const forged = encodeURIComponent(decoded.replace(owner.id, victim.id).replace(/^heroics_device=/, '')).replace(/^/, 'heroics_device=');
      for (const cookie of [own, forged]) {
        const response = await t.http
          .post('/api/auth/login')
          .set('X-Forwarded-For', clientIp())
          .set('Cookie', cookie)
          .send({ email: victim.email, password: TEST_PASSWORD });
        expect({ cookie, status: response.status }).toEqual({ cookie, status: 429 });
      }
    });
  });

  describe('two tabs refreshing at the same moment', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ REFRESH_REUSE_GRACE_SECONDS: '1' });
    });
    afterAll(() => t.close());

    it('keeps both tabs signed in, and a replay of the old token after the grace interval still ends the sign-in', async () => {
      const person = await createEmployee(t.dataSource, { departmentId: (await createDepartment(t.dataSource)).id });
      const session = await signIn(t.http, person.email);
      const [tabA, tabB] = await Promise.all([
        t.http.post('/api/auth/refresh').set('Cookie', session.refreshCookie),
        t.http.post('/api/auth/refresh').set('Cookie', session.refreshCookie),
      ]);
      expect([tabA.status, tabB.status]).toEqual([200, 200]);
      for (const tab of [tabA, tabB]) {
        expect((await t.http.get('/api/me').set('Authorization', `Bearer ${tab.body.accessToken}`)).status).toBe(200);
      }
      const nextA = await t.http.post('/api/auth/refresh').set('Cookie', refreshCookieOf(tabA));
      expect(nextA.status).toBe(200);

      await sleep(1500);
      const replay = await t.http.post('/api/auth/refresh').set('Cookie', session.refreshCookie);
      expect(replay.status).toBe(401);
      expect(replay.body.code).toBe('refresh_token_reused');
      expect((await t.http.get('/api/me').set('Authorization', `Bearer ${nextA.body.accessToken}`)).status).toBe(401);
      expect((await t.http.post('/api/auth/refresh').set('Cookie', refreshCookieOf(tabB))).status).toBe(401);
    });

    it('does not bring back a sign-in that was ended, even within the grace interval', async () => {
      const person = await createEmployee(t.dataSource, { departmentId: (await createDepartment(t.dataSource)).id });
      const session = await signIn(t.http, person.email);
      const refreshed = await t.http.post('/api/auth/refresh').set('Cookie', session.refreshCookie).expect(200);
      await t.http.post('/api/auth/logout').set('Cookie', refreshCookieOf(refreshed)).expect(204);
      expect((await t.http.post('/api/auth/refresh').set('Cookie', session.refreshCookie)).status).toBe(401);
    });
  });

  describe('cookie routes refuse other sites', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ PUBLIC_URL: 'https://heroics.example.com' });
    });
    afterAll(() => t.close());

    it('refuses a form-encoded cross-site sign-out and refresh with 403, and the session lives on', async () => {
      const person = await createEmployee(t.dataSource, { departmentId: (await createDepartment(t.dataSource)).id });
      const session = await signIn(t.http, person.email);
      const forged = await t.http
        .post('/api/auth/logout')
        .set('Cookie', session.refreshCookie)
        .set('Origin', 'https://evil.example')
        .set('Sec-Fetch-Site', 'cross-site')
        .set('Content-Type', 'application/x-www-form-urlencoded')
        .send('x=1');
      expect(forged.status).toBe(403);
      expect(forged.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(forged.body.code).toBe('cross_site_request');
      const oldBrowser = await t.http.post('/api/auth/refresh').set('Cookie', session.refreshCookie).set('Origin', 'https://evil.example');
      expect(oldBrowser.status).toBe(403);
      expect((await t.http.get('/api/me').set(session.auth)).status).toBe(200);

      const ours = await t.http
        .post('/api/auth/refresh')
        .set('Cookie', session.refreshCookie)
        .set('Origin', 'https://heroics.example.com')
        .set('Sec-Fetch-Site', 'same-origin');
      expect(ours.status).toBe(200);
      const out = await t.http.post('/api/auth/logout').set('Cookie', refreshCookieOf(ours)).set('Sec-Fetch-Site', 'same-origin');
      expect(out.status).toBe(204);
    });

    it('refuses a cross-site sign-in form too', async () => {
      const response = await t.http
        .post('/api/auth/login')
        .set('Origin', 'https://evil.example')
        .set('Sec-Fetch-Site', 'cross-site')
        .send({ email: 'a@heroics.test', password: 'whatever it is' });
      expect(response.status).toBe(403);
    });
  });
});
