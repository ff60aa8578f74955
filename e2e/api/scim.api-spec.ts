import { createDepartment, createEmployee, signIn, SignedIn } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';
import { createSiblingDatabase, TestDatabase } from '../../server/test/test-database';

/**
 * SCIM 2.0 provisioning, replaying the requests Okta and Microsoft Entra ID send (from their published SCIM guides:
 * Okta's "SCIM 2.0 protocol reference" and Entra ID's "Tutorial: develop a SCIM endpoint" request examples),
 * and checking the roster through the app's own API after each step.
 */
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

describe('SCIM 2.0 provisioning', () => {
  let t: TestApp;
  let admin: SignedIn;
  let token: string;
  let tokenId: string;

  const scim = (method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string, body?: unknown, bearer = token) => {
    const req = t.http[method](`/scim/v2${path}`).set('Authorization', `Bearer ${bearer}`).set('Accept', 'application/scim+json');
    return body === undefined ? req : req.set('Content-Type', 'application/scim+json').send(JSON.stringify(body));
  };
  const roster = async (id: string) => (await t.http.get(`/api/employees/${id}`).set(admin.auth)).body;

  beforeAll(async () => {
    t = await startTestApp();
    const department = await createDepartment(t.dataSource);
    const person = await createEmployee(t.dataSource, { departmentId: department.id, role: 'admin' });
    admin = await signIn(t.http, person.email);
    const created = await t.http.post('/api/scim-tokens').set(admin.auth).send({ name: 'Okta provisioning' });
    expect(created.status).toBe(201);
    token = created.body.token;
    tokenId = created.body.id;
  });
  afterAll(() => t.close());

  it('shows a token once and keeps only its hash; lists it without the token', async () => {
    const [row] = await t.dataSource.query('SELECT token_hash FROM scim_tokens WHERE id = $1', [tokenId]);
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.token_hash).not.toContain(token);
    const list = await t.http.get('/api/scim-tokens').set(admin.auth);
    expect(list.body.find((x: { id: string }) => x.id === tokenId)).toMatchObject({ name: 'Okta provisioning', revokedAt: null });
    expect(JSON.stringify(list.body)).not.toContain(token);
  });

  it('answers the discovery endpoints', async () => {
    const config = await scim('get', '/ServiceProviderConfig');
    expect(config.status).toBe(200);
    expect(config.headers['content-type']).toMatch(/^application\/scim\+json/);
    expect(config.body.patch.supported).toBe(true);
    expect((await scim('get', '/ResourceTypes')).body.Resources.map((r: { id: string }) => r.id)).toEqual(['User', 'Group']);
    expect((await scim('get', '/Schemas')).body.totalResults).toBe(3);
  });

  it("replays Okta's sequence: look up, create, read, update, deactivate, reactivate", async () => {
    const userName = `okta.user.${Date.now()}@larkspur.example`;
    // 1. Okta checks whether the user exists.
    const lookup = await scim('get', `/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}&startIndex=1&count=100`);
    expect(lookup.body).toMatchObject({ totalResults: 0, Resources: [] });
    // 2. Okta creates the user (its documented body, with attributes Heroics does not keep).
    const created = await scim('post', '/Users', {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      userName,
      name: { givenName: 'Jamie', familyName: 'Okafor' },
      emails: [{ primary: true, value: userName, type: 'work' }],
      displayName: 'Jamie Okafor',
      locale: 'en-US',
      externalId: '00ujl29u0le5T6Aj10h7',
      groups: [],
      password: '1mz050nq',
      active: true,
    });
    expect(created.status).toBe(201);
    expect(created.headers['content-type']).toMatch(/^application\/scim\+json/);
    const id = created.body.id;
    expect(await roster(id)).toMatchObject({ name: 'Jamie Okafor', email: userName, role: 'staff', active: true, managedByIdentityProvider: true });
    // 3. Okta reads it back, and finds it by the filter.
    expect((await scim('get', `/Users/${id}`)).body).toMatchObject({ userName, active: true, externalId: '00ujl29u0le5T6Aj10h7' });
    expect((await scim('get', `/Users?filter=${encodeURIComponent(`userName eq "${userName.toUpperCase()}"`)}`)).body.totalResults).toBe(1);
    // 4. Profile update: Okta sends a PUT of the whole user.
    const put = await scim('put', `/Users/${id}`, {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
      id,
      userName,
      name: { givenName: 'Jamie', familyName: 'Okafor-Lee' },
      emails: [{ primary: true, value: userName, type: 'work' }],
      title: 'Care Lead',
      active: true,
      [ENTERPRISE]: { department: 'Customer Care Okta' },
    });
    expect(put.status).toBe(200);
    expect(await roster(id)).toMatchObject({ name: 'Jamie Okafor-Lee', jobTitle: 'Care Lead', department: { name: 'Customer Care Okta' } });
    // 5. Deactivate: a departure, recorded by the same operation as the roster's (sessions end, history kept).
    const off = await scim('patch', `/Users/${id}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', value: { active: false } }] });
    expect(off.body.active).toBe(false);
    const left = await roster(id);
    expect(left).toMatchObject({ active: false, leaveReason: 'other' });
    expect(left.leftOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // 6. Reactivate.
    const on = await scim('patch', `/Users/${id}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', value: { active: true } }] });
    expect(on.body.active).toBe(true);
    expect(await roster(id)).toMatchObject({ active: true, leftOn: null });
    // Each change is audited with the token that made it.
    const audit = await t.dataSource.query(`SELECT action, after->'via'->>'tokenId' AS token FROM audit_log WHERE subject_id = $1 ORDER BY id`, [id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['employee.created', 'employee.departed', 'employee.reinstated']));
    expect(audit.every((a: { token: string }) => a.token === tokenId)).toBe(true);
  });

  it("replays Entra ID's sequence: create with the enterprise extension, PATCH with its shapes, manager, deactivate, delete", async () => {
    const manager = await scim('post', '/Users', {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      userName: `entra.mgr.${Date.now()}@larkspur.example`,
      active: true,
      displayName: 'Morgan Reyes',
    });
    const userName = `entra.user.${Date.now()}@larkspur.example`;
    expect((await scim('get', `/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`)).body.totalResults).toBe(0);
    const created = await scim('post', '/Users', {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
      externalId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
      userName,
      active: true,
      addresses: [{ primary: true, type: 'work', country: 'US' }],
      displayName: 'Taylor Kim',
      emails: [{ primary: true, type: 'work', value: userName }],
      meta: { resourceType: 'User' },
      name: { familyName: 'Kim', givenName: 'Taylor' },
      title: 'Agent',
      [ENTERPRISE]: { department: 'Field Entra', employeeNumber: '701984' },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(await roster(id)).toMatchObject({ name: 'Taylor Kim', department: { name: 'Field Entra' }, managedByIdentityProvider: true });
    expect((await scim('get', `/Users?filter=${encodeURIComponent('externalId eq "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef"')}`)).body.Resources[0].id).toBe(id);
    const patched = await scim('patch', `/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: [
        { op: 'Replace', path: 'title', value: 'Senior Agent' },
        { op: 'Add', path: 'emails[type eq "work"].value', value: userName },
        { op: 'Replace', path: 'name.familyName', value: 'Kim-Park' },
        { op: 'Add', path: `${ENTERPRISE}:manager`, value: manager.body.id },
        { op: 'Add', path: 'phoneNumbers[type eq "work"].value', value: '+1 555 0100' },
      ],
    });
    expect(patched.status).toBe(200);
    expect(await roster(id)).toMatchObject({ name: 'Taylor Kim-Park', jobTitle: 'Senior Agent', manager: { id: manager.body.id } });
    // Entra ID sends booleans as strings.
    await scim('patch', `/Users/${id}`, { schemas: [PATCH_OP], Operations: [{ op: 'Replace', path: 'active', value: 'False' }] });
    expect((await roster(id)).active).toBe(false);
    await scim('patch', `/Users/${id}`, { schemas: [PATCH_OP], Operations: [{ op: 'Replace', path: 'active', value: 'True' }] });
    expect((await roster(id)).active).toBe(true);
    // Delete is a departure: the history stays.
    expect((await scim('delete', `/Users/${id}`)).status).toBe(204);
    expect((await roster(id)).active).toBe(false);
  });

  it('maps groups to departments: members pushed to a group move into that department', async () => {
    const user = await scim('post', '/Users', { userName: `grouped.${Date.now()}@larkspur.example`, active: true, displayName: 'Sam Group' });
    const group = await scim('post', '/Groups', {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
      displayName: `Returns ${Date.now()}`,
      members: [],
    });
    expect(group.status).toBe(201);
    await scim('patch', `/Groups/${group.body.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'add', path: 'members', value: [{ value: user.body.id, display: 'Sam Group' }] }],
    });
    expect((await roster(user.body.id)).department.id).toBe(group.body.id);
    const read = await scim('get', `/Groups/${group.body.id}`);
    expect(read.body.members.map((m: { value: string }) => m.value)).toEqual([user.body.id]);
  });

  it('keeps the fields the provider owns read-only in the app', async () => {
    const user = await scim('post', '/Users', { userName: `owned.${Date.now()}@larkspur.example`, active: true, displayName: 'Olu Owned' });
    const edit = await t.http.patch(`/api/employees/${user.body.id}`).set(admin.auth).send({ name: 'Renamed In App' });
    expect(edit.status).toBe(409);
    expect(edit.body).toMatchObject({ code: 'managed_by_identity_provider', errors: [{ field: 'name' }] });
    const leave = await t.http.post(`/api/employees/${user.body.id}/departure`).set(admin.auth).send({ leftOn: '2026-01-01', reason: 'voluntary' });
    expect(leave.status).toBe(409);
    expect((await t.http.patch(`/api/employees/${user.body.id}`).set(admin.auth).send({ role: 'manager' })).status).toBe(200);
  });

  it("answers errors in SCIM's shape", async () => {
    const missing = await scim('get', '/Users/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/scim\+json/);
    expect(missing.body).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '404' });
    const filter = await scim('get', `/Users?filter=${encodeURIComponent('title co "x"')}`);
    expect(filter.body).toMatchObject({ status: '400', scimType: 'invalidFilter' });
    const duplicate = await scim('post', '/Users', { userName: admin ? (await roster((await t.http.get('/api/me').set(admin.auth)).body.id)).email : '' });
    expect(duplicate.body).toMatchObject({ status: '409', scimType: 'uniqueness' });
    expect((await scim('get', '/Users?startIndex=999999')).body).toMatchObject({ status: '400', scimType: 'tooMany' });
    expect((await scim('get', '/Users?count=100000')).body.itemsPerPage).toBeLessThanOrEqual(200);
  });

  it('takes SCIM tokens only, and a SCIM token opens nothing outside /scim/v2; a revoked token stops working', async () => {
    expect((await scim('get', '/Users', undefined, admin.accessToken)).status).toBe(401);
    expect((await t.http.get('/api/employees').set('Authorization', `Bearer ${token}`)).status).toBe(401);
    expect((await t.http.get('/api/me').set('Authorization', `Bearer ${token}`)).status).toBe(401);
    const second = await t.http.post('/api/scim-tokens').set(admin.auth).send({ name: 'Entra ID' });
    expect((await scim('get', '/Users?count=1', undefined, second.body.token)).status).toBe(200);
    expect((await t.http.delete(`/api/scim-tokens/${second.body.id}`).set(admin.auth)).status).toBe(204);
    const revoked = await scim('get', '/Users?count=1', undefined, second.body.token);
    expect(revoked.status).toBe(401);
    expect(revoked.body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
  });
});

describe('SCIM 2.0 paging, as a provider walks the whole list', () => {
  let database: TestDatabase;
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    // A database of its own: other suites add people while this one walks the pages.
    database = await createSiblingDatabase('scim_paging');
    t = await startTestApp({}, {}, database.url);
    const department = await createDepartment(t.dataSource);
    const admin = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId: department.id, role: 'admin' })).email);
    token = (await t.http.post('/api/scim-tokens').set(admin.auth).send({ name: 'Paging' }).expect(201)).body.token;
    for (let i = 0; i < 5; i++) {
      const userName = `paged.${i}.${Date.now()}@larkspur.example`;
      await t.http
        .post('/scim/v2/Users')
        .set('Authorization', `Bearer ${token}`)
        .set('Content-Type', 'application/scim+json')
        .send(
          JSON.stringify({
            schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
            userName,
            name: { givenName: 'Paged', familyName: `Person ${i}` },
            active: true,
          }),
        )
        .expect(201);
    }
  });
  afterAll(async () => {
    await t.close();
    await database.dispose();
  });

  it('pages with startIndex and count: every person once, totalResults and itemsPerPage as RFC 7644 says', async () => {
    const seen: string[] = [];
    let startIndex = 1;
    let total = Number.POSITIVE_INFINITY;
    while (startIndex <= total) {
      const page = await t.http.get(`/scim/v2/Users?startIndex=${startIndex}&count=2`).set('Authorization', `Bearer ${token}`).expect(200);
      expect(page.body).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], startIndex });
      expect(page.body.Resources.length).toBeLessThanOrEqual(2);
      expect(page.body.itemsPerPage).toBe(page.body.Resources.length);
      total = page.body.totalResults;
      seen.push(...page.body.Resources.map((r: { id: string }) => r.id));
      startIndex += 2;
    }
    // Six people: the admin and the five the provider created.
    expect(total).toBe(6);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    const beyond = await t.http.get('/scim/v2/Users?startIndex=7&count=2').set('Authorization', `Bearer ${token}`).expect(200);
    expect(beyond.body).toMatchObject({ totalResults: 6, itemsPerPage: 0, Resources: [] });
  });
});
