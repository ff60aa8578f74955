import { createHmac } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { periodStart, todayIn } from '../../server/src/common/calendar';
import { parseRosterCsv } from '../../server/src/roster-import/roster-csv';
import { planRoster } from '../../server/src/roster-import/roster-plan';
import { demoEmployees } from '../../server/src/database/seed/demo-company';
import { FeedService } from '../../server/src/feed/feed.service';
import {
  clientIp,
  createDepartment,
  createEmployee,
  createValue,
  refreshCookieOf,
  setBudget,
  signIn,
  SignedIn,
  storyBody,
  TEST_PASSWORD,
  TestEmployee,
  uniqueSuffix,
} from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';
import { waitFor } from '../../server/test/wait-for';
import { ACCESS_RULES, EVERYONE, Role, Target, TARGET_RULES } from './support/access-rules';
import {
  fetchOpenApi,
  OpenApiDocument,
  OpenApiOperation,
  operationsOf,
  problemShapeErrors,
  resolveSchema,
  undeclaredProperties,
} from './support/openapi-contract';

/**
 * The OWASP API Security Top 10 (2023), one describe per risk. Where another file already proves a point in depth,
 * the describe says where, and checks here what that file does not: the same rule across every route of the contract.
 */
const PROBLEM_JSON = /^application\/problem\+json/;
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
const ROSTER_HEADER = 'name,email,department,role,title,managerEmail,hiredOn,leftOn,leaveReason';

describe('OWASP API Security Top 10 (2023)', () => {
  let t: TestApp;
  let document: OpenApiDocument;
  let operations: OpenApiOperation[];
  let care: { id: string; name: string };
  let chat: { id: string; name: string };
  let valueId: string;
  let people: Record<'alice' | 'bob' | 'careManager' | 'chatManager' | 'chatAgent' | 'admin', TestEmployee>;
  let as: Record<keyof typeof people, SignedIn>;
  const quarter = periodStart('quarter', todayIn('UTC'));

  /** A concrete URL for a documented path: real ids where the test has them, the nil UUID otherwise. */
  const urlOf = (path: string, ids: Record<string, string> = {}) =>
    path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? (name === 'token' ? 'A'.repeat(43) : NO_SUCH_ID));
  const send = (method: string, url: string, session?: SignedIn) => {
    const req = t.http[method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete'](url);
    return session ? req.set(session.auth) : req;
  };

  beforeAll(async () => {
    t = await startTestApp({ DB_POOL_SIZE: '12' });
    care = await createDepartment(t.dataSource);
    chat = await createDepartment(t.dataSource);
    valueId = (await createValue(t.dataSource)).id;
    people = {
      alice: await createEmployee(t.dataSource, { departmentId: care.id, name: 'Alice Author' }),
      bob: await createEmployee(t.dataSource, { departmentId: care.id, name: 'Bob Author' }),
      careManager: await createEmployee(t.dataSource, { departmentId: care.id, role: 'manager', manages: [care.id] }),
      chatManager: await createEmployee(t.dataSource, { departmentId: chat.id, role: 'manager', manages: [chat.id] }),
      chatAgent: await createEmployee(t.dataSource, { departmentId: chat.id }),
      admin: await createEmployee(t.dataSource, { departmentId: chat.id, role: 'admin' }),
    };
    as = Object.fromEntries(await Promise.all(Object.entries(people).map(async ([key, p]) => [key, await signIn(t.http, p.email)]))) as typeof as;
    document = await fetchOpenApi(t.http);
    operations = operationsOf(document);
  });
  afterAll(() => t.close());

  const tell = async (session: SignedIn, heroIds: string[]) =>
    (
      await t.http
        .post('/api/stories')
        .set(session.auth)
        .send(storyBody(heroIds, [valueId]))
        .expect(201)
    ).body as { id: string; version: number; title: string };

  /** A points reward the session gives for a story (it must be allowed to). */
  const givePoints = async (session: SignedIn, recipientId: string, storyId: string, points: number, citation: string) =>
    (await t.http.post('/api/rewards').set(session.auth).send({ recipientId, storyId, kind: 'points', points, citation }).expect(201)).body;

  describe('API1 broken object level authorisation', () => {
    it("does not let one author edit, delete, hide or feature another author's story, and leaves it as it was", async () => {
      const story = await tell(as.bob, [people.alice.id]);
      const before = await t.dataSource.query('SELECT title, version, status, featured_at, deleted_at FROM stories WHERE id = $1', [story.id]);
      const attempts = [
        await t.http.patch(`/api/stories/${story.id}`).set(as.alice.auth).send({ version: story.version, title: 'Mine now' }),
        await t.http.delete(`/api/stories/${story.id}`).set(as.alice.auth),
        await t.http.post(`/api/stories/${story.id}/hide`).set(as.alice.auth).send({ reason: 'I do not like it' }),
        await t.http.post(`/api/stories/${story.id}/feature`).set(as.alice.auth),
        // A manager of another department moderates only stories about their own people.
        await t.http.post(`/api/stories/${story.id}/hide`).set(as.chatManager.auth).send({ reason: 'Not mine to hide' }),
        await t.http.post(`/api/stories/${story.id}/feature`).set(as.chatManager.auth),
        // …and may not edit or delete someone else's story either (an admin may delete one, audited).
        await t.http.patch(`/api/stories/${story.id}`).set(as.chatManager.auth).send({ version: story.version, title: 'Managed' }),
        await t.http.delete(`/api/stories/${story.id}`).set(as.chatManager.auth),
        await t.http.patch(`/api/stories/${story.id}`).set(as.admin.auth).send({ version: story.version, title: 'Admin edit' }),
      ];
      expect(attempts.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403, 403, 403, 403]);
      for (const response of attempts) expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(await t.dataSource.query('SELECT title, version, status, featured_at, deleted_at FROM stories WHERE id = $1', [story.id])).toEqual(before);
    });

    it("keeps a manager out of another department's reports, review queue, champions and reward ledger", async () => {
      await setBudget(t.dataSource, people.chatManager.id, quarter, 1000);
      const chatStory = await tell(as.admin, [people.chatAgent.id]);
      const given = (await givePoints(as.chatManager, people.chatAgent.id, chatStory.id, 25, 'Kept the customer.')).reward as { id: string };

      const denied: string[] = [];
      for (const report of ['tenure', 'retention', 'recognition-retention', 'recognition-coverage', 'empowerment', 'customer-compliments']) {
        const response = await t.http.get(`/api/reports/${report}`).query({ departmentId: chat.id }).set(as.careManager.auth);
        if (response.status !== 403 || response.body.errors?.[0]?.field !== 'departmentId') denied.push(`${report}: ${response.status}`);
        const csv = await t.http.get(`/api/reports/${report}`).query({ departmentId: chat.id, format: 'csv' }).set(as.careManager.auth);
        if (csv.status !== 403) denied.push(`${report} as CSV: ${csv.status}`);
      }
      for (const path of ['/api/review-queue', '/api/champions/unrecognised']) {
        const response = await t.http.get(path).query({ departmentId: chat.id }).set(as.careManager.auth);
        if (response.status !== 403) denied.push(`${path}: ${response.status}`);
      }
      expect(denied).toEqual([]);

      // The ledger: the reward itself is not found, and no filter reveals it.
      expect((await t.http.get(`/api/rewards/${given.id}`).set(as.careManager.auth)).status).toBe(404);
      expect((await t.http.post(`/api/rewards/${given.id}/revoke`).set(as.careManager.auth).send({ reason: 'Not mine' })).status).toBe(404);
      for (const filter of [{ recipientId: people.chatAgent.id }, { giverId: people.chatManager.id }, { storyId: chatStory.id }, {}]) {
        const page = await t.http
          .get('/api/rewards')
          .query({ ...filter, limit: 50 })
          .set(as.careManager.auth)
          .expect(200);
        expect(page.body.items.map((r: { id: string }) => r.id)).not.toContain(given.id);
      }
      // The owner of the ledger entry and an admin do see it.
      expect((await t.http.get(`/api/rewards/${given.id}`).set(as.chatManager.auth)).status).toBe(200);
      expect((await t.http.get(`/api/rewards/${given.id}`).set(as.admin.auth)).status).toBe(200);
    });

    it("does not let a manager edit or record the departure of another department's people", async () => {
      const edit = await t.http.patch(`/api/employees/${people.chatAgent.id}`).set(as.careManager.auth).send({ jobTitle: 'Moved' });
      const depart = await t.http
        .post(`/api/employees/${people.chatAgent.id}/departure`)
        .set(as.careManager.auth)
        .send({ leftOn: todayIn('UTC'), reason: 'voluntary' });
      expect([edit.status, depart.status]).toEqual([403, 403]);
      const [row] = await t.dataSource.query('SELECT job_title, left_on FROM employees WHERE id = $1', [people.chatAgent.id]);
      expect(row).toEqual({ job_title: 'Associate', left_on: null });
    });

    it('answers each row of the route × role × target matrix as it says, and a refused row changes nothing', async () => {
      const department = await createDepartment(t.dataSource);
      const manager = await createEmployee(t.dataSource, { departmentId: department.id, role: 'manager', manages: [department.id] });
      const admin = await createEmployee(t.dataSource, { departmentId: department.id, role: 'admin' });
      // The manager reports to the admin, so removing their own reporting line would be a change.
      await t.dataSource.query('UPDATE employees SET manager_id = $1 WHERE id = $2', [admin.id, manager.id]);
      const actors = {
        manager: { person: manager, session: await signIn(t.http, manager.email) },
        admin: { person: admin, session: await signIn(t.http, admin.email) },
      };
      const targetFor = async (target: Target, actor: TestEmployee): Promise<string> => {
        switch (target) {
          case 'staff below':
            return (await createEmployee(t.dataSource, { departmentId: department.id })).id;
          case 'leaver below':
            return (await createEmployee(t.dataSource, { departmentId: department.id, hiredOn: '2020-01-15', leftOn: '2025-01-31' })).id;
          case 'manager in department':
            return (await createEmployee(t.dataSource, { departmentId: department.id, role: 'manager', manages: [department.id] })).id;
          case 'admin in department':
            return (await createEmployee(t.dataSource, { departmentId: department.id, role: 'admin' })).id;
          case 'self':
            return actor.id;
          case 'self (upper-case id)':
            return actor.id.toUpperCase();
        }
      };
      const rowOf = async (id: string) =>
        (await t.dataSource.query('SELECT name, email, job_title, role, manager_id, hired_on, left_on FROM employees WHERE id = $1', [id.toLowerCase()]))[0];
      const failures: string[] = [];
      for (const rule of TARGET_RULES) {
        const actor = actors[rule.actor];
        const id = await targetFor(rule.target, actor.person);
        const body = Object.fromEntries(Object.entries(rule.body).map(([key, value]) => [key, value === '$self' ? actor.person.id.toUpperCase() : value]));
        const before = await rowOf(id);
        const url = rule.route.split(' ')[1].replace('{id}', id);
        const response = await (rule.route.startsWith('PATCH') ? t.http.patch(url) : t.http.post(url)).set(actor.session.auth).send(body);
        const label = `${rule.actor} → ${rule.target}: ${rule.route} ${JSON.stringify(body)}`;
        if (response.status !== rule.status) failures.push(`${label} answered ${response.status} (${response.body.detail}), expected ${rule.status}`);
        if (rule.status >= 400 && JSON.stringify(await rowOf(id)) !== JSON.stringify(before)) failures.push(`${label} changed the record`);
      }
      console.log(`API1: ${TARGET_RULES.length} route × role × target checks`);
      expect(failures).toEqual([]);
    });

    it('audits a change to the hire date of someone who left under an action of its own', async () => {
      const leaver = await createEmployee(t.dataSource, { departmentId: care.id, hiredOn: '2020-01-15', leftOn: '2025-01-31' });
      await t.http.patch(`/api/employees/${leaver.id}`).set(as.admin.auth).send({ hiredOn: '2019-06-01' }).expect(200);
      const audit = await t.dataSource.query(`SELECT action, actor_id, before, after FROM audit_log WHERE subject_id = $1`, [leaver.id]);
      expect(audit).toEqual([
        { action: 'employee.leaver_hire_date_changed', actor_id: people.admin.id, before: { hiredOn: '2020-01-15' }, after: { hiredOn: '2019-06-01' } },
      ]);
    });
  });

  describe('API2 broken authentication', () => {
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const sign = (header: string, payload: string, secret: string) => createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');

    it('refuses expired, tampered, alg:none, wrong-key and garbage access tokens with 401 problem+json', async () => {
      const { accessToken } = await signIn(t.http, people.bob.email);
      const [header, payload, signature] = accessToken.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const now = Math.floor(Date.now() / 1000);
      // Signed with the real key, so only the expiry is wrong.
      const expiredPayload = b64({ ...claims, iat: now - 3600, exp: now - 60 });
      const tokens: Record<string, string> = {
        expired: `${header}.${expiredPayload}.${sign(header, expiredPayload, t.config.jwtSecret)}`,
        tampered: `${header}.${b64({ ...claims, sub: people.admin.id })}.${signature}`,
        algNone: `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`,
        wrongKey: `${header}.${payload}.${sign(header, payload, 'another-secret-another-secret-another')}`,
        hs512: `${b64({ alg: 'HS512', typ: 'JWT' })}.${payload}.${createHmac('sha512', t.config.jwtSecret)
          .update(`${b64({ alg: 'HS512', typ: 'JWT' })}.${payload}`)
          .digest('base64url')}`,
        garbage: 'garbage',
      };
      expect((await t.http.get('/api/me')).status).toBe(401);
      const statuses: Record<string, [number, string]> = {};
      for (const [name, token] of Object.entries(tokens)) {
        const response = await t.http.get('/api/me').set('Authorization', `Bearer ${token}`);
        expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
        statuses[name] = [response.status, response.body.code];
      }
      expect(statuses).toEqual(Object.fromEntries(Object.keys(tokens).map((name) => [name, [401, 'not_signed_in']])));
      expect((await t.http.get('/api/me').set('Authorization', `Bearer ${accessToken}`)).status).toBe(200);
    });

    it('rotates the refresh token on every refresh, and reusing a rotated one ends the whole sign-in', async () => {
      const first = await signIn(t.http, people.alice.email);
      const refreshed = await t.http.post('/api/auth/refresh').set('Cookie', first.refreshCookie);
      expect(refreshed.status).toBe(200);
      const second = refreshCookieOf(refreshed);
      expect(second).not.toBe(first.refreshCookie);
      const latestAccess = refreshed.body.accessToken;
      expect((await t.http.get('/api/me').set('Authorization', `Bearer ${latestAccess}`)).status).toBe(200);

      const replay = await t.http.post('/api/auth/refresh').set('Cookie', first.refreshCookie);
      expect(replay.status).toBe(401);
      expect(replay.body.code).toBe('refresh_token_reused');
      // The replay revoked the family: the newest refresh token and its access token stop working too.
      expect((await t.http.post('/api/auth/refresh').set('Cookie', second)).status).toBe(401);
      expect((await t.http.get('/api/me').set('Authorization', `Bearer ${latestAccess}`)).status).toBe(401);
      expect((await t.http.get('/api/me').set(first.auth)).status).toBe(401);
    });

    describe('sign-in throttling (a 5-second window)', () => {
      let throttled: TestApp;
      let departmentId: string;

      beforeAll(async () => {
        throttled = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_IP: '6', LOGIN_THROTTLE_WINDOW_SECONDS: '5' });
        departmentId = (await createDepartment(throttled.dataSource)).id;
      });
      afterAll(() => throttled.close());

      it('locks an account after repeated failures, even for the right password, with 429 and Retry-After, and recovers after the window', async () => {
        const person = await createEmployee(throttled.dataSource, { departmentId });
        for (let i = 0; i < 3; i++) {
          const response = await throttled.http
            .post('/api/auth/login')
            .set('X-Forwarded-For', clientIp())
            .send({ email: person.email, password: 'wrong password' });
          expect(response.status).toBe(401);
        }
        const blocked = await throttled.http.post('/api/auth/login').set('X-Forwarded-For', clientIp()).send({ email: person.email, password: TEST_PASSWORD });
        expect(blocked.status).toBe(429);
        expect(blocked.headers['content-type']).toMatch(PROBLEM_JSON);
        expect(Number(blocked.headers['retry-after'])).toBeGreaterThanOrEqual(1);
        expect(blocked.body.code).toBe('too_many_attempts');

        // Once the window has passed, the right password works again: asked again until a deadline, not after a sleep.
        const after = await waitFor(
          async () => {
            const attempt = await throttled.http
              .post('/api/auth/login')
              .set('X-Forwarded-For', clientIp())
              .send({ email: person.email, password: TEST_PASSWORD });
            return attempt.status === 200 ? attempt : undefined;
          },
          { what: 'sign-in works again after the window', timeoutMs: Number(blocked.headers['retry-after']) * 1000 + 15_000, intervalMs: 250 },
        );
        expect(after.body.accessToken).toEqual(expect.any(String));
      });

      it('limits failed attempts per client IP across accounts, without touching other clients', async () => {
        const ip = clientIp();
        const statuses: number[] = [];
        for (let i = 0; i < 7; i++) {
          const response = await throttled.http
            .post('/api/auth/login')
            .set('X-Forwarded-For', ip)
            .send({ email: `spray${i}@heroics.test`, password: 'guess guess' });
          statuses.push(response.status);
        }
        expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429]);
        const other = await throttled.http
          .post('/api/auth/login')
          .set('X-Forwarded-For', clientIp())
          .send({ email: 'spray0@heroics.test', password: 'guess guess' });
        expect(other.status).toBe(401);
      });
    });
  });

  describe('API3 broken object property level authorisation', () => {
    /** Properties a client must never set itself: identity, money, ownership, counters and workflow state. */
    const PRIVILEGED = [
      'id',
      'role',
      'points',
      'spent',
      'departmentId',
      'authorId',
      'giverId',
      'endorsementCount',
      'version',
      'status',
      'createdAt',
      'passwordHash',
      'isAdmin',
    ];

    it('rejects every privileged property a route does not declare with 400 naming the field, on every JSON route', async () => {
      const failures: string[] = [];
      let checks = 0;
      // SCIM bodies are SCIM resources whose unknown attributes are ignored (RFC 7644 §3.3); scim.api-spec.ts checks them. Routes a
      // chat platform signs take that platform's documented payload; an unsigned one is a 401 before any parsing matters.
      const ours = operations.filter(
        (o) =>
          o.bodyType === 'application/json' &&
          !o.path.startsWith('/scim/v2/') &&
          !(ACCESS_RULES[`${o.method} ${o.path}`] as { signedBy?: string } | undefined)?.signedBy,
      );
      for (const op of ours) {
        const declared = resolveSchema(document, op.bodySchema!).properties ?? {};
        for (const field of PRIVILEGED.filter((f) => !(f in declared))) {
          checks++;
          const response = await send(op.method, urlOf(op.path), as.admin).send({ [field]: field === 'points' || field === 'spent' ? 1_000_000 : 'admin' });
          const named = (response.body.errors ?? []).some(
            (e: { field: string; message: string }) => e.field === field && /not an allowed field/.test(e.message),
          );
          if (response.status !== 400 || !named)
            failures.push(`${op.method} ${op.path} with ${field}: ${response.status} ${JSON.stringify(response.body.errors)}`);
        }
      }
      console.log(`API3: ${checks} privileged-property checks over ${operations.filter((o) => o.bodyType === 'application/json').length} JSON routes`);
      expect(failures).toEqual([]);
    });

    it('lets only an admin change a role, and never one’s own', async () => {
      const target = await createEmployee(t.dataSource, { departmentId: care.id });
      const byManager = await t.http.patch(`/api/employees/${target.id}`).set(as.careManager.auth).send({ role: 'admin' });
      expect(byManager.status).toBe(403);
      expect(byManager.body.errors[0].field).toBe('role');
      const own = await t.http.patch(`/api/employees/${people.careManager.id}`).set(as.careManager.auth).send({ role: 'admin' });
      expect(own.status).toBe(403);
      const roleOf = async (id: string) => (await t.dataSource.query('SELECT role FROM employees WHERE id = $1', [id]))[0].role;
      expect([await roleOf(target.id), await roleOf(people.careManager.id)]).toEqual(['staff', 'manager']);
    });

    it('answers every GET route with no property beyond its OpenAPI response schema, and never a password hash', async () => {
      const story = await tell(as.alice, [people.bob.id]);
      await t.http.post(`/api/stories/${story.id}/endorsements`).set(as.chatAgent.auth).send({ comment: 'Great' }).expect(201);
      await setBudget(t.dataSource, people.careManager.id, quarter, 500);
      const reward = (await givePoints(as.careManager, people.bob.id, story.id, 5, 'Thanks')).reward;
      const invitee = await createEmployee(t.dataSource, { departmentId: care.id, withPassword: false });
      const invitation = (await t.http.post(`/api/employees/${invitee.id}/invitations`).set(as.admin.auth).expect(201)).body as { url: string };
      const idsFor = (path: string): Record<string, string> => ({
        id: path.startsWith('/api/stories')
          ? story.id
          : path.startsWith('/api/rewards')
            ? reward.id
            : path.startsWith('/api/departments')
              ? care.id
              : people.bob.id,
        token: invitation.url.split('/invite/')[1],
      });

      const failures: string[] = [];
      let checked = 0;
      for (const op of operations.filter((o) => o.method === 'GET')) {
        const schema = op.responses['200']?.content?.['application/json']?.schema;
        if (!schema) continue; // The CSV export: a file, not an object with properties (its cells are checked under API10).
        for (const [who, session] of [
          ['anonymous', undefined],
          ['staff', as.alice],
          ['manager', as.careManager],
          ['admin', as.admin],
        ] as const) {
          const response = await send('GET', urlOf(op.path, idsFor(op.path)), session);
          if (response.status !== 200) continue;
          checked++;
          const extra = undeclaredProperties(document, schema, response.body);
          if (extra.length) failures.push(`${op.path} as ${who}: ${extra.join(', ')}`);
          // The outbox holds emails about passwords ("Set my password"), and the audit log the events ("Changed their
          // password", employee.password_set) with any secret value redacted: there only a hash would be a leak.
          const leak = op.path === '/api/outbox' || op.path.startsWith('/api/audit') ? /argon2|\$argon/i : /password|argon2|\$argon|hash"/i;
          if (leak.test(JSON.stringify(response.body))) failures.push(`${op.path} as ${who}: mentions a password or hash`);
        }
      }
      console.log(`API3: ${checked} GET responses checked against their response schemas`);
      expect(checked).toBeGreaterThanOrEqual(80);
      expect(failures).toEqual([]);
    });
  });

  describe('API4 unrestricted resource consumption', () => {
    it('refuses a page size above the documented maximum on every paged route, naming limit', async () => {
      const paged = operations.filter((o) => o.parameters.some((p) => p.in === 'query' && p.name === 'limit'));
      expect(paged.length).toBeGreaterThanOrEqual(8);
      const failures: string[] = [];
      for (const op of paged) {
        const max = resolveSchema(document, op.parameters.find((p) => p.name === 'limit')!.schema).maximum;
        if (typeof max !== 'number') {
          failures.push(`${op.path}: limit has no documented maximum`);
          continue;
        }
        const over = await send('GET', urlOf(op.path))
          .set(as.admin.auth)
          .query({ limit: max + 1 });
        if (over.status !== 400 || over.body.errors?.[0]?.field !== 'limit') failures.push(`${op.path}?limit=${max + 1}: ${over.status}`);
        const huge = await send('GET', urlOf(op.path)).set(as.admin.auth).query({ limit: '1e9' });
        if (huge.status !== 400) failures.push(`${op.path}?limit=1e9: ${huge.status}`);
        const atMax = await send('GET', urlOf(op.path)).set(as.admin.auth).query({ limit: max });
        if (atMax.status === 400) failures.push(`${op.path}?limit=${max}: ${atMax.status}`);
      }
      expect(failures).toEqual([]);
    });

    it("answers 413 (problem+json, or SCIM's error under /scim/v2) to a JSON body over 1 MiB on every JSON route, before it is parsed", async () => {
      const body = JSON.stringify({ title: 'x'.repeat(1024 * 1024 + 10) });
      const failures: string[] = [];
      for (const op of operations.filter((o) => o.bodyType === 'application/json')) {
        const response = await send(op.method, urlOf(op.path), as.admin).set('Content-Type', 'application/json').send(body);
        // SCIM clients read SCIM's error shape (RFC 7644 §3.12), which names no fields.
        const refused = op.path.startsWith('/scim/v2/')
          ? /^application\/scim\+json/.test(response.headers['content-type']) && response.body.status === '413'
          : PROBLEM_JSON.test(response.headers['content-type']) && response.body.errors?.[0]?.field === 'body';
        if (response.status !== 413 || !refused) {
          failures.push(`${op.method} ${op.path}: ${response.status}`);
        }
      }
      expect(failures).toEqual([]);
    });

    it('refuses a roster CSV over 5 MiB with 413 naming the body', async () => {
      const response = await t.http
        .post('/api/employees/import')
        .set(as.admin.auth)
        .set('Content-Type', 'text/csv')
        .send(`${ROSTER_HEADER}\n${'x'.repeat(6 * 1024 * 1024)}`);
      expect(response.status).toBe(413);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.body.errors[0].field).toBe('body');
    });

    it('refuses a string one character over its documented maxLength, in bodies and queries, naming the field', async () => {
      const failures: string[] = [];
      let checks = 0;
      for (const op of operations) {
        const properties = op.bodySchema && op.bodyType === 'application/json' ? (resolveSchema(document, op.bodySchema).properties ?? {}) : {};
        for (const [field, raw] of Object.entries(properties)) {
          const schema = resolveSchema(document, raw);
          if (schema.type !== 'string' || !schema.maxLength) continue;
          checks++;
          const response = await send(op.method, urlOf(op.path), as.admin).send({ [field]: 'x'.repeat(schema.maxLength + 1) });
          if (response.status !== 400 || !(response.body.errors ?? []).some((e: { field: string }) => e.field === field))
            failures.push(`${op.method} ${op.path} ${field}: ${response.status}`);
        }
        for (const parameter of op.parameters.filter((p) => p.in === 'query')) {
          const schema = resolveSchema(document, parameter.schema);
          if (schema.type !== 'string' || !schema.maxLength) continue;
          checks++;
          const response = await send(op.method, urlOf(op.path), as.admin).query({ [parameter.name]: 'x'.repeat(schema.maxLength + 1) });
          if (response.status !== 400 || response.body.errors?.[0]?.field !== parameter.name)
            failures.push(`${op.method} ${op.path}?${parameter.name}: ${response.status}`);
        }
      }
      expect(checks).toBeGreaterThanOrEqual(15);
      expect(failures).toEqual([]);
    });

    it('documents a maximum for every array in a request body, and refuses one item more', async () => {
      const failures: string[] = [];
      for (const op of operations.filter((o) => o.bodyType === 'application/json')) {
        for (const [field, raw] of Object.entries(resolveSchema(document, op.bodySchema!).properties ?? {})) {
          const schema = resolveSchema(document, raw);
          if (schema.type !== 'array') continue;
          if (!schema.maxItems) {
            failures.push(`${op.method} ${op.path} ${field}: no maxItems`);
            continue;
          }
          const response = await send(op.method, urlOf(op.path), as.admin).send({
            [field]: Array.from({ length: schema.maxItems + 1 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`),
          });
          if (response.status !== 400 || !(response.body.errors ?? []).some((e: { field: string }) => e.field === field))
            failures.push(`${op.method} ${op.path} ${field}: ${response.status}`);
        }
      }
      expect(failures).toEqual([]);
    });
  });

  describe('API5 broken function level authorisation', () => {
    it('has an access rule for every documented route, and documents every route that has one', () => {
      expect(operations.map((o) => `${o.method} ${o.path}`).sort()).toEqual(Object.keys(ACCESS_RULES).sort());
    });

    it('answers 401 to anonymous callers of protected routes and 403 to roles without access, on every route', async () => {
      const failures: string[] = [];
      let checks = 0;
      const roleSession: Record<Role, SignedIn> = { staff: as.chatAgent, manager: as.careManager, admin: as.admin };
      for (const { method, path } of operations) {
        const rule = ACCESS_RULES[`${method} ${path}`];
        const call = (session?: SignedIn) => {
          const req = send(method, urlOf(path), session);
          return method === 'GET' || method === 'DELETE' ? req : req.send({});
        };
        checks++;
        const anonymous = await call();
        const expectedAnonymous = 'public' in rule ? rule.anonymousStatus : 401;
        if (expectedAnonymous ? anonymous.status !== expectedAnonymous : [401, 403].includes(anonymous.status))
          failures.push(`${method} ${path} as anonymous: ${anonymous.status}`);
        if ('public' in rule) continue;
        if ('scim' in rule) {
          // A session token of any role is not a SCIM token.
          for (const role of EVERYONE) {
            checks++;
            const response = await call(roleSession[role]);
            if (response.status !== 401) failures.push(`${method} ${path} as ${role}: ${response.status} (SCIM takes SCIM tokens only)`);
          }
          continue;
        }
        for (const role of EVERYONE) {
          checks++;
          const response = await call(roleSession[role]);
          const allowed = rule.roles.includes(role);
          if (allowed ? [401, 403].includes(response.status) : response.status !== 403) failures.push(`${method} ${path} as ${role}: ${response.status}`);
          if (response.status >= 500) failures.push(`${method} ${path} as ${role}: ${response.status}`);
        }
      }
      console.log(`API5: ${checks} route × role checks (${operations.length} routes × anonymous, staff, manager, admin; public routes once)`);
      expect(checks).toBe(operations.length + operations.filter((o) => !('public' in ACCESS_RULES[`${o.method} ${o.path}`])).length * 3);
      expect(failures).toEqual([]);
    }, 180_000);
  });

  describe('API6 unrestricted access to sensitive business flows', () => {
    it('does not let authors or heroes endorse their own story', async () => {
      const story = await tell(as.alice, [people.bob.id]);
      for (const session of [as.alice, as.bob]) {
        const response = await t.http.post(`/api/stories/${story.id}/endorsements`).set(session.auth).send({});
        expect(response.status).toBe(422);
        expect(response.body.code).toBe('own_story');
      }
      const [row] = await t.dataSource.query(
        'SELECT endorsement_count, (SELECT count(*)::int FROM endorsements WHERE story_id = $1) AS rows FROM stories WHERE id = $1',
        [story.id],
      );
      expect(row).toEqual({ endorsement_count: 0, rows: 0 });
    });

    it('does not let a manager reward themself, and spends nothing when refused', async () => {
      const manager = await createEmployee(t.dataSource, { departmentId: care.id, role: 'manager', manages: [care.id] });
      const session = await signIn(t.http, manager.email);
      await setBudget(t.dataSource, manager.id, quarter, 100);
      for (const kind of ['points', 'badge', 'champion']) {
        const response = await t.http
          .post('/api/rewards')
          .set(session.auth)
          .send({
            recipientId: manager.id,
            kind,
            citation: 'Me',
            ...(kind === 'points' ? { points: 50 } : {}),
            ...(kind === 'champion' ? { championPeriod: 'month' } : {}),
          });
        expect([response.status, response.body.code]).toEqual([422, 'self_reward']);
      }
      expect(await t.dataSource.query('SELECT points, spent FROM reward_budgets WHERE holder_id = $1', [manager.id])).toEqual([{ points: 100, spent: 0 }]);
      expect(await t.dataSource.query('SELECT id FROM rewards WHERE recipient_id = $1', [manager.id])).toEqual([]);
    });

    it('never overdraws a budget under 20 concurrent rewards at its edge', async () => {
      const manager = await createEmployee(t.dataSource, { departmentId: care.id, role: 'manager', manages: [care.id] });
      const session = await signIn(t.http, manager.email);
      await setBudget(t.dataSource, manager.id, quarter, 250);
      const hero = await createEmployee(t.dataSource, { departmentId: care.id });
      const responses = await Promise.all(
        Array.from({ length: 20 }, () =>
          t.http.post('/api/rewards').set(session.auth).send({ recipientId: hero.id, kind: 'points', points: 40, citation: 'Went the extra mile.' }),
        ),
      );
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(6); // 6 × 40 = 240 ≤ 250 < 7 × 40
      expect(statuses.filter((s) => s === 422)).toHaveLength(14);
      // Each refusal says what is left: the ten points that no 40-point reward fits into.
      expect(responses.filter((r) => r.status === 422).map((r) => [r.body.code, r.body.remaining])).toEqual(Array(14).fill(['budget_exceeded', 10]));
      expect(await t.dataSource.query('SELECT points, spent FROM reward_budgets WHERE holder_id = $1 AND quarter_start = $2', [manager.id, quarter])).toEqual([
        { points: 250, spent: 240 },
      ]);
      const [{ given }] = await t.dataSource.query('SELECT COALESCE(sum(points), 0)::int AS given FROM rewards WHERE giver_id = $1 AND revoked_at IS NULL', [
        manager.id,
      ]);
      expect(given).toBe(240);
    });
  });

  describe('API7 server side request forgery', () => {
    // Heroics fetches nothing on anyone's behalf (no avatars, link previews or URL imports) except what an admin set up:
    // openid-client reaching the OpenID provider (https only in production), and deliveries to webhooks and Teams, which
    // go through one guarded client, common/outbound-http.ts. These tests keep it so.
    const SERVER_SOURCE = join(__dirname, '../../server/src');
    const sourceFiles = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
      });

    it('has no outbound HTTP client in the server code or its dependencies', () => {
      // Importing node:http for STATUS_CODES is fine; making a request is not.
      const outbound =
        /\bfetch\(|\bhttps?\.(request|get)\(|\b(request|get)\(\s*['"`]https?:|'node:https'|\bnet\.(connect|createConnection)\(|\baxios\b|\bundici\b|\bgot\(|node-fetch|\bXMLHttpRequest\b/;
      // The benchmark and soak drivers, which call the app from outside, live in the tools workspace; the app never loads them.
      const appFiles = sourceFiles(SERVER_SOURCE);
      const GUARDED = join(SERVER_SOURCE, 'common', 'outbound-http.ts');
      const offenders = appFiles.filter((file) => file !== GUARDED && outbound.test(readFileSync(file, 'utf8')));
      expect(offenders).toEqual([]);
      expect(appFiles.filter((file) => /from '(\.\.?\/)+(tools|bench)\//.test(readFileSync(file, 'utf8')))).toEqual([]);
      const manifest = JSON.parse(readFileSync(join(__dirname, '../../server/package.json'), 'utf8'));
      const dependencies = Object.keys({ ...manifest.dependencies });
      expect(dependencies.filter((d) => /axios|got|node-fetch|undici|superagent|request|needle|ky/.test(d))).toEqual([]);
    });

    it('never fetches a URL written into a story, a name, a value or a roster file', async () => {
      const hits: string[] = [];
      const trap: Server = createServer((request, response) => {
        hits.push(`${request.method} ${request.url}`);
        response.end('gotcha');
      });
      await new Promise<void>((resolve) => trap.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(trap.address() as AddressInfo).port}`;
      try {
        const story = await t.http
          .post('/api/stories')
          .set(as.alice.auth)
          .send(storyBody([people.bob.id], [valueId], { situation: `![photo](${url}/img.png) see ${url}/page`, customerQuote: `${url}/quote` }))
          .expect(201);
        await t.http.get(`/api/stories/${story.body.id}`).set(as.bob.auth).expect(200);
        await t.http
          .post('/api/values')
          .set(as.admin.auth)
          .send({ name: `Value ${uniqueSuffix()}`, description: `${url}/value` })
          .expect(201);
        // A person of its own: the shared chatAgent's job title is what API1 checks nobody else could change.
        const titled = await createEmployee(t.dataSource, { departmentId: chat.id });
        await t.http
          .patch(`/api/employees/${titled.id}`)
          .set(as.admin.auth)
          .send({ jobTitle: `${url}/title` })
          .expect(200);
        await t.http
          .post('/api/employees/import')
          .set(as.admin.auth)
          .set('Content-Type', 'text/csv')
          .send(`${ROSTER_HEADER}\nUrl Person,url.${uniqueSuffix()}@x.test,${care.name},,${url}/csv,,2020-01-01,,`)
          .expect(200);
        await t.http.get('/api/feed').set(as.admin.auth).expect(200);
        // No wait for stragglers: a fetch made while handling these requests has reached the trap by now, and one
        // made later in the background would need an HTTP client, which the test above keeps out of the code.
        await t.http.get('/api/health').expect(200);
      } finally {
        await new Promise((resolve) => trap.close(resolve));
      }
      expect(hits).toEqual([]);
    });

    it('builds invitation links from PUBLIC_URL when it is set, whatever Host the request names', async () => {
      const pinned = await startTestApp({ PUBLIC_URL: 'https://heroics.example.com' });
      try {
        const department = await createDepartment(pinned.dataSource);
        const admin = await signIn(pinned.http, (await createEmployee(pinned.dataSource, { departmentId: department.id, role: 'admin' })).email);
        const invitee = await createEmployee(pinned.dataSource, { departmentId: department.id, withPassword: false });
        const link = await pinned.http
          .post(`/api/employees/${invitee.id}/invitations`)
          .set(admin.auth)
          .set('Host', 'evil.example')
          .set('X-Forwarded-Host', 'evil.example')
          .expect(201);
        expect(link.body.url).toMatch(/^https:\/\/heroics\.example\.com\/invite\/[\w-]+$/);
      } finally {
        await pinned.close();
      }
    });
  });

  describe('API8 security misconfiguration', () => {
    it('sends security headers and no x-powered-by on API responses, errors included', async () => {
      for (const response of [await t.http.get('/api/health'), await t.http.get('/api/me'), await t.http.get('/api/no-such-route')]) {
        expect(response.headers['content-security-policy']).toContain("default-src 'self'");
        expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
        expect(response.headers['x-content-type-options']).toBe('nosniff');
        expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
        expect(response.headers['referrer-policy']).toBe('no-referrer');
        expect(response.headers).not.toHaveProperty('x-powered-by');
      }
    });

    it('serves the SPA page with a content security policy that allows no inline or foreign scripts', async () => {
      const dist = mkdtempSync(join(tmpdir(), 'heroics-spa-'));
      writeFileSync(join(dist, 'index.html'), '<!doctype html><html><head><title>Heroics</title></head><body><div id="root"></div></body></html>');
      const spa = await startTestApp({}, { clientDistDir: dist });
      try {
        for (const path of ['/', '/stories/123', '/roster']) {
          const page = await spa.http.get(path).set('Accept', 'text/html');
          expect(page.status).toBe(200);
          expect(page.headers['content-type']).toMatch(/^text\/html/);
          const csp = page.headers['content-security-policy'];
          expect(csp).toMatch(/script-src 'self'(;|$)/);
          expect(csp).toContain("object-src 'none'");
          expect(csp).toContain("frame-ancestors 'none'");
          expect(csp).toContain("base-uri 'self'");
          expect(page.headers).not.toHaveProperty('x-powered-by');
        }
      } finally {
        await spa.close();
      }
    });

    it('answers cross-site requests only for origins on the CORS_ORIGINS allow-list', async () => {
      // Without a list nobody else gets CORS headers.
      const closed = await t.http.get('/api/health').set('Origin', 'https://intranet.example');
      expect(closed.headers).not.toHaveProperty('access-control-allow-origin');
      const open = await startTestApp({ CORS_ORIGINS: 'https://intranet.example' });
      try {
        const allowed = await open.http
          .options('/api/me')
          .set('Origin', 'https://intranet.example')
          .set('Access-Control-Request-Method', 'GET')
          .set('Access-Control-Request-Headers', 'authorization');
        expect(allowed.status).toBeLessThan(300);
        expect(allowed.headers['access-control-allow-origin']).toBe('https://intranet.example');
        expect(allowed.headers['access-control-allow-credentials']).toBe('true');
        for (const origin of ['https://evil.example', 'https://intranet.example.evil.example', 'null']) {
          const preflight = await open.http.options('/api/me').set('Origin', origin).set('Access-Control-Request-Method', 'GET');
          expect(preflight.headers).not.toHaveProperty('access-control-allow-origin');
          const simple = await open.http.get('/api/health').set('Origin', origin);
          expect(simple.headers).not.toHaveProperty('access-control-allow-origin');
        }
      } finally {
        await open.close();
      }
    });

    it('never puts a stack trace or an internal message in an error body, even for an unexpected failure', async () => {
      const feed = t.app.get(FeedService);
      const spy = jest.spyOn(feed, 'page').mockRejectedValueOnce(new Error('relation "secret_internal_table" does not exist'));
      try {
        const crashed = await t.http.get('/api/feed').set(as.alice.auth);
        expect(crashed.status).toBe(500);
        expect(crashed.headers['content-type']).toMatch(PROBLEM_JSON);
        expect(crashed.body).toEqual({
          type: 'urn:heroics:problem:internal-error',
          title: 'Internal Server Error',
          status: 500,
          detail: 'Something went wrong on our side. It has been logged.',
          code: 'internal_error',
          instance: '/api/feed',
        });
      } finally {
        spy.mockRestore();
      }
      const errors = [
        await t.http.get('/api/no-such-route'),
        await t.http.get('/api/stories/not-a-uuid').set(as.alice.auth),
        await t.http.get(`/api/stories/${NO_SUCH_ID}`).set(as.alice.auth),
        await t.http.post('/api/auth/login').set('Content-Type', 'application/json').send('{"email":'),
        await t.http.post('/api/auth/login').set('Content-Type', 'application/xml').send('<a/>'),
        await t.http.post('/api/stories').set(as.alice.auth).send({ heroIds: 'x' }),
        await t.http.get('/api/fairness').set(as.alice.auth),
        await t.http.get('/api/me').set('Authorization', 'Bearer x.y.z'),
        await t.http.get('/api/feed').query({ cursor: 'not-a-cursor' }).set(as.alice.auth),
        await t.http.put('/api/health'),
      ];
      expect(errors.map((response, i) => ({ i, problems: problemShapeErrors(response.body, response.status) }))).toEqual(
        errors.map((_, i) => ({ i, problems: [] })),
      );
    });

    it('switches Swagger UI off in production unless SWAGGER_UI=true, and always serves the OpenAPI document', async () => {
      expect((await t.http.get('/api/docs')).status).toBe(200);
      for (const [env, uiStatus] of [
        [{ NODE_ENV: 'production', PUBLIC_URL: 'https://heroics.example.com' }, 404],
        [{ NODE_ENV: 'production', PUBLIC_URL: 'https://heroics.example.com', SWAGGER_UI: 'true' }, 200],
        [{ SWAGGER_UI: 'false' }, 404],
      ] as const) {
        const app = await startTestApp(env);
        try {
          const ui = await app.http.get('/api/docs');
          expect({ env, status: ui.status }).toEqual({ env, status: uiStatus });
          if (uiStatus === 404) expect(ui.headers['content-type']).toMatch(PROBLEM_JSON);
          expect((await app.http.get('/api/docs.json')).status).toBe(200);
        } finally {
          await app.close();
        }
      }
    });
  });

  describe('API9 improper inventory management', () => {
    it('serves under /api exactly the routes the OpenAPI document lists, and nothing undocumented', () => {
      // The contract itself and Swagger UI's pages are the only routes that are not operations of the contract.
      const infrastructure = (route: string) => / \/api\/docs(\.json|\/.*|)$/.test(route);
      const served = [
        ...new Set(
          t.routes.filter((r) => / \/(api|scim\/v2)(\/|$)/.test(r) && !r.startsWith('HEAD ') && !infrastructure(r)).map((r) => r.replace(/:(\w+)/g, '{$1}')),
        ),
      ].sort();
      const documented = operations.map((o) => `${o.method} ${o.path}`).sort();
      expect(served).toEqual(documented);
      expect(t.routes.filter(infrastructure).map((r) => r.split(' ')[1])).toContain('/api/docs.json');
    });

    it('answers a route that is not in the contract with 404 problem+json, whatever the method', async () => {
      for (const [method, path] of [
        ['GET', '/api/v0/employees'],
        ['GET', '/api/admin'],
        ['DELETE', '/api/employees/' + people.bob.id],
        ['PUT', '/api/stories/' + NO_SUCH_ID],
        ['GET', '/api/debug/vars'],
      ]) {
        const response = await send(method, path, as.admin);
        expect({ path, method, status: response.status }).toEqual({ path, method, status: 404 });
        expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      }
    });
  });

  describe('API10 unsafe consumption of APIs', () => {
    const upload = (csv: string, query: Record<string, unknown> = {}) =>
      t.http.post('/api/employees/import').query(query).set(as.admin.auth).set('Content-Type', 'text/csv').send(csv);

    it('refuses hostile roster rows with errors named by row and field, and writes nothing', async () => {
      const tag = uniqueSuffix();
      const csv = [
        ROSTER_HEADER,
        `Fine Person,fine.${tag}@x.test,${care.name},,,,2020-01-01,,`,
        `"=cmd|' /C calc'!A0",f1.${tag}@x.test,${care.name},,,,2020-01-01,,`,
        `Plus,f2.${tag}@x.test,${care.name},,"+HYPERLINK(""http://evil.example"")",,2020-01-01,,`,
        `@Sum,f3.${tag}@x.test,${care.name},,,,2020-01-01,,`,
        `${'N'.repeat(121)},long.${tag}@x.test,${care.name},,,,2020-01-01,,`,
        `Bad Email,not an email,${care.name},,,,2020-01-01,,`,
        `Injection,"x'; DROP TABLE employees; --@x.test",${care.name},,,,2020-01-01,,`,
        `Bad Date,d1.${tag}@x.test,${care.name},,,,2021-02-29,,`,
        `Another Bad Date,d2.${tag}@x.test,${care.name},,,,2020/02/01,,`,
        `Script,s.${tag}@x.test,${care.name},<script>alert(1)</script>,,,2020-01-01,,`,
        `Future,fu.${tag}@x.test,${care.name},,,,2999-01-01,,`,
      ].join('\n');
      const response = await upload(csv, { apply: true });
      expect(response.status).toBe(422);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.body.report.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)).toEqual([
        '3:name',
        '4:title',
        '5:name',
        '6:name',
        '7:email',
        '8:email',
        '9:hiredOn',
        '10:hiredOn',
        '11:role',
        '12:hiredOn',
      ]);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain('row[3].name');
      expect(Number((await t.dataSource.query('SELECT count(*) FROM employees WHERE email LIKE $1', [`%.${tag}@x.test`]))[0].count)).toBe(0);
    });

    it('neutralises every formula-leading cell in CSV exports, roster and reports alike', async () => {
      const starts = ['=', '+', '-', '@'];
      const department = await createDepartment(t.dataSource, `=SUM(A1) ${uniqueSuffix()}`);
      for (const start of starts) await createEmployee(t.dataSource, { departmentId: department.id, name: `${start}1+2 ${uniqueSuffix()}` });
      const roster = parse((await t.http.get('/api/employees/export').set(as.admin.auth).expect(200)).text) as string[][];
      const ours = roster.filter((row) => row[2] === `'${department.name}`);
      expect(ours).toHaveLength(4);
      for (const row of ours) expect(row[0]).toMatch(/^'[=+\-@]1\+2 /);
      const report = parse(
        (await t.http.get('/api/reports/tenure').query({ departmentId: department.id, format: 'csv' }).set(as.admin.auth).expect(200)).text,
      ) as string[][];
      expect(report[1][0]).toBe(`'${department.name}`);
      // No cell of either file starts with a formula character unless it is a plain number.
      const dangerous = [...roster, ...report].flat().filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell));
      expect(dangerous).toEqual([]);
    });

    it('validates the demo seed with the same rules as a roster import', () => {
      const today = todayIn('UTC');
      const people = demoEmployees(today);
      const lines = people.map((p) =>
        [p.name, p.email, p.department, p.role, p.jobTitle, p.reportsTo ?? '', p.hiredOn, p.leftOn ?? '', p.leaveReason ?? '']
          .map((c) => `"${String(c).replace(/"/g, '""')}"`)
          .join(','),
      );
      const file = parseRosterCsv([ROSTER_HEADER, ...lines].join('\n'));
      const departments = [...new Set(people.map((p) => p.department))].map((name, i) => ({ id: `d${i}`, name }));
      const plan = planRoster(file, { today, actorId: 'seed', createDepartments: false, departments, employees: [] });
      expect(plan.errors).toEqual([]);
      expect(plan.summary.rows).toBe(people.length);
    });
  });
});
