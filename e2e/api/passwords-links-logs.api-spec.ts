import { Writable } from 'node:stream';
import { ConfigError } from '../../server/src/config/app-config';
import { clientIp, createDepartment, createEmployee, signIn, SignedIn, TEST_PASSWORD } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';

const PROBLEM_JSON = /application\/problem\+json/;

/** Issue 12: strong passwords and changing one, links that never come from a request header, no secrets in logs. */
describe('passwords, invitation links and request logs', () => {
  let t: TestApp;
  let departmentId: string;
  let admin: SignedIn;
  const logLines: string[] = [];

  beforeAll(async () => {
    const logStream = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    t = await startTestApp({ LOG_LEVEL: 'info' }, { logStream });
    departmentId = (await createDepartment(t.dataSource)).id;
    admin = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId, role: 'admin' })).email);
  });
  afterAll(() => t.close());

  const invite = async (name = 'Nia Newcomer') => {
    const newcomer = await createEmployee(t.dataSource, { departmentId, withPassword: false, name });
    const link = await t.http
      .post(`/api/employees/${newcomer.id}/invitations`)
      .set(admin.auth)
      .set('Host', 'evil.example')
      .set('X-Forwarded-Host', 'evil.example')
      .set('X-Forwarded-Proto', 'https');
    expect(link.status).toBe(201);
    return { newcomer, url: link.body.url as string, token: (link.body.url as string).split('/invite/')[1] };
  };

  it('builds invitation links from the configured address, never from the Host the request names', async () => {
    const { url } = await invite();
    expect(url).toMatch(/^http:\/\/localhost:3000\/invite\/[\w-]{43}$/);
  });

  it('refuses to start in production without PUBLIC_URL', async () => {
    await expect(startTestApp({ NODE_ENV: 'production' })).rejects.toThrow(ConfigError);
    await expect(startTestApp({ NODE_ENV: 'production' })).rejects.toThrow(/PUBLIC_URL is required/);
  });

  it('keeps live invitation tokens out of every log line', async () => {
    const { token } = await invite();
    expect((await t.http.get(`/api/invitations/${token}`)).status).toBe(200);
    expect((await t.http.get(`/api/invitations/${token}`).query({ token })).status).toBe(200);
    expect((await t.http.post(`/api/invitations/${token}/accept`).send({ password: 'aaaaaaaaaaaa' })).status).toBe(400);
    expect((await t.http.post(`/api/invitations/${token}/accept`).send({ password: 'lantern quarry mosaic' })).status).toBe(204);
    await new Promise((resolve) => setImmediate(resolve));
    const requestLines = logLines.filter((line) => line.includes('/api/invitations/'));
    expect(requestLines.length).toBeGreaterThanOrEqual(4);
    expect(requestLines.some((line) => line.includes('/api/invitations/[redacted]/accept'))).toBe(true);
    expect(logLines.filter((line) => line.includes(token))).toEqual([]);
  });

  it('refuses an easily guessed invitation password with the reason, next to the password field', async () => {
    const { token } = await invite('Sofia Lindqvist');
    for (const [password, reason] of [
      ['aaaaaaaaaaaa', /Repeated characters/],
      ['password1234', /commonly used password/],
      ['sofialindqvist', /too easy to guess/],
    ] as const) {
      const response = await t.http.post(`/api/invitations/${token}/accept`).send({ password });
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.body.code).toBe('weak_password');
      expect(response.body.errors).toEqual([{ field: 'password', message: expect.stringMatching(reason) }]);
    }
    // Nothing was used up: a good password still works with the same link.
    expect((await t.http.post(`/api/invitations/${token}/accept`).send({ password: 'lantern quarry mosaic' })).status).toBe(204);
  });

  describe('changing your password', () => {
    it('needs the current password, refuses a weak new one, and ends every other sign-in but this one', async () => {
      const person = await createEmployee(t.dataSource, { departmentId, name: 'Ada Changer' });
      const here = await signIn(t.http, person.email);
      const phone = await signIn(t.http, person.email);
      const change = (body: Record<string, unknown>) => t.http.post('/api/me/password').set(here.auth).send(body);

      const wrong = await change({ currentPassword: 'not my password', newPassword: 'lantern quarry mosaic' });
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors).toEqual([{ field: 'currentPassword', message: 'The current password is not right.' }]);
      const weak = await change({ currentPassword: TEST_PASSWORD, newPassword: 'aaaaaaaaaaaa' });
      expect(weak.status).toBe(400);
      expect(weak.body.errors).toEqual([{ field: 'newPassword', message: expect.stringMatching(/Repeated characters/) }]);
      const same = await change({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD });
      expect(same.body.errors[0]).toMatchObject({ field: 'newPassword', message: expect.stringMatching(/different from the current one/) });

      expect((await change({ currentPassword: TEST_PASSWORD, newPassword: 'lantern quarry mosaic' })).status).toBe(204);
      expect((await t.http.get('/api/me').set(here.auth)).status).toBe(200);
      expect((await t.http.post('/api/auth/refresh').set('Cookie', here.refreshCookie)).status).toBe(200);
      expect((await t.http.get('/api/me').set(phone.auth)).status).toBe(401);
      expect((await t.http.post('/api/auth/refresh').set('Cookie', phone.refreshCookie)).status).toBe(401);

      const login = (password: string) => t.http.post('/api/auth/login').set('X-Forwarded-For', clientIp()).send({ email: person.email, password });
      expect((await login(TEST_PASSWORD)).status).toBe(401);
      expect((await login('lantern quarry mosaic')).status).toBe(200);
      const [audit] = await t.dataSource.query(`SELECT actor_id AS "actorId" FROM audit_log WHERE subject_id = $1 AND action = 'employee.password_changed'`, [
        person.id,
      ]);
      expect(audit).toEqual({ actorId: person.id });
    });

    it('is for signed-in people only and names each missing field', async () => {
      expect((await t.http.post('/api/me/password').send({ currentPassword: 'x', newPassword: 'lantern quarry mosaic' })).status).toBe(401);
      const person = await createEmployee(t.dataSource, { departmentId });
      const session = await signIn(t.http, person.email);
      const response = await t.http.post('/api/me/password').set(session.auth).send({});
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['currentPassword', 'newPassword']);
    });
  });
});
