import { createHmac } from 'node:crypto';
import { clientIp, createDepartment, createEmployee, refreshCookieOf, signIn, TEST_PASSWORD } from '../../server/test/factories';
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
    const response = await t.http.post('/api/auth/login').set('X-Forwarded-For', clientIp()).send({ email: person.email.toUpperCase(), password: TEST_PASSWORD });
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
    const unknown = await t.http.post('/api/auth/login').set('X-Forwarded-For', clientIp()).send({ email: 'nobody@heroics.test', password: 'not the password' });
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

  it('rejects requests without a token, with a tampered token, an alg:none token and a token signed with another key', async () => {
    const person = await createEmployee(t.dataSource, { departmentId });
    const { accessToken } = await signIn(t.http, person.email);
    const [header, payload] = accessToken.split('.');
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const tampered = `${header}.${b64({ ...claims, sub: '00000000-0000-4000-8000-000000000000' })}.${accessToken.split('.')[2]}`;
    const algNone = `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`;
    const otherKey = `${header}.${payload}.${createHmac('sha256', 'another-secret-another-secret-another').update(`${header}.${payload}`).digest('base64url')}`;
    expect((await t.http.get('/api/me')).status).toBe(401);
    for (const token of [tampered, algNone, otherKey, 'garbage']) {
      const response = await t.http.get('/api/me').set('Authorization', `Bearer ${token}`);
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('not_signed_in');
    }
    expect((await t.http.get('/api/me').set('Authorization', `Bearer ${accessToken}`)).status).toBe(200);
  });

  it('rotates the refresh token on every refresh, and reusing a rotated one ends the whole sign-in', async () => {
    const person = await createEmployee(t.dataSource, { departmentId });
    const first = await signIn(t.http, person.email);

    const refreshed = await t.http.post('/api/auth/refresh').set('Cookie', first.refreshCookie);
    expect(refreshed.body).toMatchObject({ tokenType: 'Bearer' });
    expect(refreshed.status).toBe(200);
    const second = refreshCookieOf(refreshed);
    expect(second).not.toBe(first.refreshCookie);
    const latestAccess = refreshed.body.accessToken;
    expect((await t.http.get('/api/me').set('Authorization', `Bearer ${latestAccess}`)).status).toBe(200);

    const replay = await t.http.post('/api/auth/refresh').set('Cookie', first.refreshCookie);
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('refresh_token_reused');

    // The thief's replay revoked the family: the legitimate newest token and its access token stop working too.
    expect((await t.http.post('/api/auth/refresh').set('Cookie', second)).status).toBe(401);
    expect((await t.http.get('/api/me').set('Authorization', `Bearer ${latestAccess}`)).status).toBe(401);
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

describe('sign-in throttling', () => {
  let t: TestApp;
  let departmentId: string;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_ATTEMPTS_PER_IP: '6', LOGIN_THROTTLE_WINDOW_SECONDS: '2' });
    departmentId = (await createDepartment(t.dataSource)).id;
  });
  afterAll(() => t.close());

  it('locks an account after repeated failures, even for the right password, with 429 and Retry-After, and recovers after the window', async () => {
    const person = await createEmployee(t.dataSource, { departmentId });
    for (let i = 0; i < 3; i++) {
      const response = await t.http.post('/api/auth/login').set('X-Forwarded-For', clientIp()).send({ email: person.email, password: 'wrong password' });
      expect(response.status).toBe(401);
    }
    const blocked = await t.http.post('/api/auth/login').set('X-Forwarded-For', clientIp()).send({ email: person.email, password: TEST_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(blocked.body.code).toBe('too_many_attempts');

    await new Promise((resolve) => setTimeout(resolve, Number(blocked.headers['retry-after']) * 1000 + 200));
    const after = await t.http.post('/api/auth/login').set('X-Forwarded-For', clientIp()).send({ email: person.email, password: TEST_PASSWORD });
    expect(after.status).toBe(200);
  });

  it('limits attempts per client IP across accounts', async () => {
    const ip = clientIp();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const response = await t.http.post('/api/auth/login').set('X-Forwarded-For', ip).send({ email: `spray${i}@heroics.test`, password: 'guess guess' });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 6)).toEqual([401, 401, 401, 401, 401, 401]);
    expect(statuses[6]).toBe(429);
    // Another client is not affected.
    const other = await t.http.post('/api/auth/login').set('X-Forwarded-For', clientIp()).send({ email: 'spray0@heroics.test', password: 'guess guess' });
    expect(other.status).toBe(401);
  });
});
