import { clientIp, createDepartment, createEmployee, signIn, TEST_PASSWORD } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';

const PROBLEM_JSON = /application\/problem\+json/;

describe('sign-in, sessions and refresh rotation', () => {
  let t: TestApp;
  let departmentId: string;

  beforeAll(async () => {
    t = await startTestApp();
    departmentId = (await createDepartment(t.dataSource)).id;
  });
  afterAll(() => t.close());

  it('signs in with email and password, returning an access token and an http-only SameSite refresh cookie', async () => {
    const person = await createEmployee(t.dataSource, { departmentId, name: 'Ada Sign-In' });
    const response = await t.http
      .post('/api/auth/login')
      .set('X-Forwarded-For', clientIp())
      .send({ email: person.email.toUpperCase(), password: TEST_PASSWORD });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, employee: { id: person.id, name: 'Ada Sign-In', role: 'staff' } });
    const cookie = ([] as string[]).concat(response.headers['set-cookie']).find((c) => c.startsWith('heroics_refresh='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/auth/);
    expect(JSON.stringify(response.body)).not.toMatch(/password|argon2/i);

    const me = await t.http.get('/api/me').set('Authorization', `Bearer ${response.body.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: person.id, email: person.email, department: { id: departmentId } });
    expect(me.body).not.toHaveProperty('passwordHash');
  });

  it('answers a wrong password and an unknown email the same way: 401 problem+json', async () => {
    const person = await createEmployee(t.dataSource, { departmentId });
    const wrong = await t.http.post('/api/auth/login').set('X-Forwarded-For', clientIp()).send({ email: person.email, password: 'not the password' });
    const unknown = await t.http
      .post('/api/auth/login')
      .set('X-Forwarded-For', clientIp())
      .send({ email: 'nobody@heroics.test', password: 'not the password' });
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.body).toMatchObject({ status: 401, code: 'invalid_credentials', title: 'Unauthorized' });
    }
    expect(wrong.body.detail).toBe(unknown.body.detail);
  });

  it('refuses sign-in to someone who has left, and to someone who never set a password', async () => {
    const left = await createEmployee(t.dataSource, { departmentId, leftOn: '2024-05-01' });
    const invitedOnly = await createEmployee(t.dataSource, { departmentId, withPassword: false });
    for (const email of [left.email, invitedOnly.email]) {
      const response = await t.http.post('/api/auth/login').set('X-Forwarded-For', clientIp()).send({ email, password: TEST_PASSWORD });
      expect(response.status).toBe(401);
    }
  });

  it('names each invalid field of a bad sign-in request and rejects unknown fields', async () => {
    const response = await t.http.post('/api/auth/login').set('X-Forwarded-For', clientIp()).send({ email: 'not-an-email', password: '', role: 'admin' });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    const fields = response.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['email', 'password', 'role']);
  });

  // Forged and expired access tokens and refresh-token reuse: OWASP API2 in owasp-top-10.api-spec.ts.

  it('sets beside the refresh cookie a readable "signed in" hint with no secret in it, and clears both on sign-out and on a refused refresh', async () => {
    const cookies = (response: { headers: Record<string, unknown> }) => ([] as string[]).concat((response.headers['set-cookie'] as string[]) ?? []);
    const hintOf = (response: { headers: Record<string, unknown> }) => cookies(response).find((c) => c.startsWith('heroics_signed_in='));
    const person = await createEmployee(t.dataSource, { departmentId });
    const login = await t.http.post('/api/auth/login').set('X-Forwarded-For', clientIp()).send({ email: person.email, password: TEST_PASSWORD });
    const hint = hintOf(login)!;
    expect(hint).toMatch(/^heroics_signed_in=1;/);
    expect(hint).not.toMatch(/HttpOnly/);
    expect(hint).toMatch(/Path=\/;/);
    expect(hint).toMatch(/SameSite=Strict/);
    const refreshCookie = cookies(login)
      .find((c) => c.startsWith('heroics_refresh='))!
      .split(';')[0];
    const refreshed = await t.http.post('/api/auth/refresh').set('Cookie', refreshCookie);
    expect(refreshed.status).toBe(200);
    expect(hintOf(refreshed)).toMatch(/^heroics_signed_in=1;/);

    const out = await t.http
      .post('/api/auth/logout')
      .set('Authorization', `Bearer ${login.body.accessToken}`)
      .set(
        'Cookie',
        cookies(refreshed)
          .find((c) => c.startsWith('heroics_refresh='))!
          .split(';')[0],
      );
    expect(out.status).toBe(204);
    expect(hintOf(out)).toMatch(/^heroics_signed_in=;.*Expires=Thu, 01 Jan 1970/);
    const refused = await t.http.post('/api/auth/refresh').set('Cookie', 'heroics_refresh=no-such-token');
    expect(refused.status).toBe(401);
    expect(hintOf(refused)).toMatch(/^heroics_signed_in=;.*Expires=Thu, 01 Jan 1970/);
  });

  it('refresh without a cookie is 401 problem+json', async () => {
    const response = await t.http.post('/api/auth/refresh');
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('refresh_token_missing');
  });

  it('logout ends the session: the access token and the refresh cookie stop working', async () => {
    const person = await createEmployee(t.dataSource, { departmentId });
    const session = await signIn(t.http, person.email);
    const out = await t.http.post('/api/auth/logout').set(session.auth).set('Cookie', session.refreshCookie);
    expect(out.status).toBe(204);
    expect((await t.http.get('/api/me').set(session.auth)).status).toBe(401);
    expect((await t.http.post('/api/auth/refresh').set('Cookie', session.refreshCookie)).status).toBe(401);
  });

  it('keeps other sign-ins of the same person alive when one signs out', async () => {
    const person = await createEmployee(t.dataSource, { departmentId });
    const laptop = await signIn(t.http, person.email);
    const phone = await signIn(t.http, person.email);
    await t.http.post('/api/auth/logout').set(laptop.auth).set('Cookie', laptop.refreshCookie);
    expect((await t.http.get('/api/me').set(phone.auth)).status).toBe(200);
  });
});

// Sign-in throttling (per account and per client IP, with recovery after the window): OWASP API2 in owasp-top-10.api-spec.ts.
