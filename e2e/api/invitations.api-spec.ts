import { clientIp, createDepartment, createEmployee, signIn, SignedIn } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';

describe('invitations: an admin invites, the employee sets a password once', () => {
  let t: TestApp;
  let departmentId: string;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    departmentId = (await createDepartment(t.dataSource)).id;
    admin = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId, role: 'admin' })).email);
  });
  afterAll(() => t.close());

  const tokenOf = (url: string) => url.split('/invite/')[1];

  it('goes from invitation link to a first sign-in, and the link works only once', async () => {
    const newcomer = await createEmployee(t.dataSource, { departmentId, withPassword: false, name: 'Nia Newcomer' });
    const invite = await t.http.post(`/api/employees/${newcomer.id}/invitations`).set(admin.auth);
    expect(invite.status).toBe(201);
    expect(invite.body.url).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(new Date(invite.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * 86400_000);
    const token = tokenOf(invite.body.url);

    const described = await t.http.get(`/api/invitations/${token}`);
    expect(described.status).toBe(200);
    expect(described.body).toMatchObject({ employeeName: 'Nia Newcomer', email: newcomer.email });
    expect((await t.http.get(`/api/employees/${newcomer.id}`).set(admin.auth)).body.account).toBe('invited');

    const short = await t.http.post(`/api/invitations/${token}/accept`).send({ password: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.errors).toEqual([{ field: 'password', message: 'password must be at least 12 characters long' }]);

    expect((await t.http.post(`/api/invitations/${token}/accept`).send({ password: 'a long enough passphrase' })).status).toBe(204);
    const session = await signIn(t.http, newcomer.email, 'a long enough passphrase');
    const me = await t.http.get('/api/me').set(session.auth);
    expect(me.body).toMatchObject({ name: 'Nia Newcomer', account: 'active' });

    const again = await t.http.post(`/api/invitations/${token}/accept`).send({ password: 'somebody else entirely' });
    expect(again.status).toBe(410);
    expect(again.body.code).toBe('invitation_used');
    expect(
      (await t.http.post('/api/auth/login').set('X-Forwarded-For', clientIp()).send({ email: newcomer.email, password: 'somebody else entirely' })).status,
    ).toBe(401);
  });

  it('replaces an open invitation: only the newest link works', async () => {
    const person = await createEmployee(t.dataSource, { departmentId, withPassword: false });
    const first = tokenOf((await t.http.post(`/api/employees/${person.id}/invitations`).set(admin.auth)).body.url);
    const second = tokenOf((await t.http.post(`/api/employees/${person.id}/invitations`).set(admin.auth)).body.url);
    expect((await t.http.get(`/api/invitations/${first}`)).status).toBe(410);
    expect((await t.http.get(`/api/invitations/${second}`)).status).toBe(200);
  });

  it('answers unknown and malformed tokens clearly', async () => {
    const unknown = await t.http.get(`/api/invitations/${'A'.repeat(43)}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('invitation_not_found');
    const malformed = await t.http.post('/api/invitations/not-a-token/accept').send({ password: 'a long enough passphrase' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].field).toBe('token');
  });

  it('is for admins, and nobody who has left can be invited', async () => {
    const staff = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId })).email);
    const manager = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId, role: 'manager', manages: [departmentId] })).email);
    const person = await createEmployee(t.dataSource, { departmentId, withPassword: false });
    expect((await t.http.post(`/api/employees/${person.id}/invitations`)).status).toBe(401);
    expect((await t.http.post(`/api/employees/${person.id}/invitations`).set(staff.auth)).status).toBe(403);
    expect((await t.http.post(`/api/employees/${person.id}/invitations`).set(manager.auth)).status).toBe(403);
    const gone = await createEmployee(t.dataSource, { departmentId, leftOn: '2024-02-29', withPassword: false });
    const refused = await t.http.post(`/api/employees/${gone.id}/invitations`).set(admin.auth);
    expect(refused.status).toBe(422);
  });
});
