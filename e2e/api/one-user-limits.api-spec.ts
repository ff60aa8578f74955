import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDepartment, createEmployee, createValue, setBudget, signIn, SignedIn, storyBody, uniqueSuffix } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';
import { createSiblingDatabase, TestDatabase } from '../../server/test/test-database';
import { periodStart, todayIn } from '../../server/src/common/calendar';

const PROBLEM_JSON = /application\/problem\+json/;
const HEADER = 'name,email,department,role,title,managerEmail,hiredOn,leftOn,leaveReason';

/** Issue 12: one person must not degrade everyone. */
describe('limits that keep one person from degrading everyone', () => {
  describe('per-person write limits, shared by every instance', () => {
    let a: TestApp;
    let b: TestApp;
    let departmentId: string;
    let valueId: string;
    const limits = { WRITE_LIMIT_STORIES: '3', WRITE_LIMIT_ENDORSEMENTS: '2', WRITE_LIMIT_REWARDS: '2', WRITE_LIMIT_IMPORTS: '2' };

    beforeAll(async () => {
      [a, b] = await Promise.all([startTestApp(limits), startTestApp(limits)]);
      departmentId = (await createDepartment(a.dataSource)).id;
      valueId = (await createValue(a.dataSource)).id;
    });
    afterAll(() => Promise.all([a.close(), b.close()]));

    const person = async (role: 'staff' | 'manager' | 'admin' = 'staff') => {
      const employee = await createEmployee(a.dataSource, { departmentId, role, ...(role === 'manager' ? { manages: [departmentId] } : {}) });
      return { ...employee, session: await signIn(a.http, employee.email) };
    };
    const tell = (app: TestApp, session: SignedIn, heroIds: string[]) =>
      app.http
        .post('/api/stories')
        .set(session.auth)
        .send(storyBody(heroIds, [valueId]));
    const expectLimited = (response: { status: number; headers: Record<string, string>; body: { code: string; detail: string } }) => {
      expect(response.status).toBe(429);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      expect(response.body.code).toBe('too_many_writes');
      expect(response.body.detail).toMatch(/Try again in \d+ seconds/);
    };

    it('stops a burst of stories at the limit, counted across both instances, without touching anyone else', async () => {
      const author = await person();
      const statuses = [
        (await tell(a, author.session, [author.id])).status,
        (await tell(b, author.session, [author.id])).status,
        (await tell(a, author.session, [author.id])).status,
      ];
      expect(statuses).toEqual([201, 201, 201]);
      expectLimited(await tell(b, author.session, [author.id]));
      expectLimited(await tell(a, author.session, [author.id]));
      const [stories] = await a.dataSource.query('SELECT count(*)::int AS n FROM stories WHERE author_id = $1', [author.id]);
      expect(stories.n).toBe(3);
      const colleague = await person();
      expect((await tell(b, colleague.session, [author.id])).status).toBe(201);
    });

    it('limits endorsements, rewards and roster imports per person too', async () => {
      const author = await person();
      const stories: string[] = [];
      for (let i = 0; i < 3; i++) stories.push((await tell(a, author.session, [author.id])).body.id);
      const fan = await person();
      const endorse = (app: TestApp, storyId: string) => app.http.post(`/api/stories/${storyId}/endorsements`).set(fan.session.auth).send({});
      expect([(await endorse(a, stories[0])).status, (await endorse(b, stories[1])).status]).toEqual([201, 201]);
      expectLimited(await endorse(a, stories[2]));

      const manager = await person('manager');
      await setBudget(a.dataSource, manager.id, periodStart('quarter', todayIn('UTC')), 1000);
      const reward = (app: TestApp, storyId: string) =>
        app.http
          .post('/api/rewards')
          .set(manager.session.auth)
          .send({ kind: 'points', points: 5, recipientId: author.id, storyId, citation: 'Went the extra mile.' });
      expect([(await reward(a, stories[0])).status, (await reward(b, stories[1])).status]).toEqual([201, 201]);
      expectLimited(await reward(a, stories[2]));

      const admin = await person('admin');
      const department = (await a.dataSource.query('SELECT name FROM departments WHERE id = $1', [departmentId]))[0].name;
      const csv = `${HEADER}\nLimit Person,limit.${uniqueSuffix()}@x.test,${department},,,,2020-01-01,,`;
      const upload = (app: TestApp) => app.http.post('/api/employees/import').set(admin.session.auth).set('Content-Type', 'text/csv').send(csv);
      expect([(await upload(a)).status, (await upload(b)).status]).toEqual([200, 200]);
      expectLimited(await upload(a));
    });
  });

  describe('small bodies for routes anyone can call', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    it('refuses a 64 KiB body on every route open without a session with 413 problem+json, and still takes a normal one', async () => {
      const padding = 'x'.repeat(64 * 1024);
      for (const path of [
        '/api/auth/login',
        '/api/auth/refresh',
        '/api/auth/logout',
        `/api/invitations/${'a'.repeat(43)}/accept`,
        '/api/password-resets',
        '/api/password-resets/complete',
        '/api/sso/logout',
        '/api/sso/backchannel-logout',
        '/api/email-preferences/unsubscribe',
      ]) {
        const response = await t.http.post(path).send({ email: 'a@heroics.test', password: padding });
        expect({ path, status: response.status }).toEqual({ path, status: 413 });
        expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
        expect(response.body.errors).toEqual([{ field: 'body', message: expect.any(String) }]);
      }
      expect((await t.http.post('/api/auth/login').send({ email: 'a@heroics.test', password: 'x'.repeat(150) })).status).toBe(401);
    });

    it('still takes a signed-in person’s larger body', async () => {
      const departmentId = (await createDepartment(t.dataSource)).id;
      const staff = await createEmployee(t.dataSource, { departmentId });
      const session = await signIn(t.http, staff.email);
      const valueId = (await createValue(t.dataSource)).id;
      // Three fields of 2,000 two-byte letters: about 12 KiB of JSON.
      const body = storyBody([staff.id], [valueId], { situation: 'ü'.repeat(2000), action: 'ö'.repeat(2000), impact: 'ä'.repeat(2000) });
      expect(Buffer.byteLength(JSON.stringify(body))).toBeGreaterThan(12 * 1024);
      const long = await t.http.post('/api/stories').set(session.auth).send(body);
      expect(long.status).toBe(201);
    });
  });

  describe('expensive reports: a few at once per person', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ REPORTS_MAX_CONCURRENT_PER_PERSON: '1' });
    });
    afterAll(() => t.close());

    it('answers 429 to a person’s reports beyond the limit while theirs run, and frees the slot when they finish', async () => {
      const departmentId = (await createDepartment(t.dataSource)).id;
      const admin = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId, role: 'admin' })).email);
      const asOfDates = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}-15`);
      const answers = await Promise.all(asOfDates.map((asOf) => t.http.get('/api/reports/recognition-retention').query({ asOf }).set(admin.auth)));
      const statuses = answers.map((r) => r.status);
      expect(statuses).toContain(200);
      expect(statuses).toContain(429);
      expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
      const refused = answers.find((r) => r.status === 429)!;
      expect(refused.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(refused.body.code).toBe('too_many_reports');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      // Every slot was given back, errors included.
      await t.http.get('/api/reports/recognition-retention').query({ months: 0 }).set(admin.auth).expect(400);
      expect((await t.http.get('/api/reports/recognition-retention').query({ asOf: '2025-06-30' }).set(admin.auth)).status).toBe(200);
    });
  });

  describe('a 20,000-row roster import does not stall the server', () => {
    let database: TestDatabase;
    let t: TestApp;
    beforeAll(async () => {
      database = await createSiblingDatabase('import_yields');
      t = await startTestApp({}, {}, database.url);
    });
    afterAll(async () => {
      await t.close();
      await database.dispose();
    });

    it('keeps answering health checks while it parses and plans the file', async () => {
      const department = await createDepartment(t.dataSource);
      const admin = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId: department.id, role: 'admin' })).email);
      const lines = [HEADER];
      for (let i = 0; i < 20_000; i++)
        lines.push(`Person ${i},person.${i}@big.test,${department.name},staff,Agent,,2021-03-${String(1 + (i % 28)).padStart(2, '0')},,`);
      const csv = lines.join('\n');

      const server = t.app.getHttpServer();
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const port = (server.address() as AddressInfo).port;
      const events: string[] = [];
      const get = (path: string) =>
        new Promise<number>((resolve, reject) =>
          httpRequest({ port, host: '127.0.0.1', path }, (res) => res.resume().on('end', () => resolve(res.statusCode!)))
            .on('error', reject)
            .end(),
        );

      let importDone = false;
      let uploaded!: () => void;
      const bodySent = new Promise<void>((resolve) => (uploaded = resolve));
      const imported = new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          {
            port,
            host: '127.0.0.1',
            method: 'POST',
            path: '/api/employees/import',
            headers: { ...admin.auth, 'Content-Type': 'text/csv', 'Content-Length': Buffer.byteLength(csv) },
          },
          (res) => res.resume().on('end', () => ((importDone = true), events.push('import'), resolve(res.statusCode!))),
        );
        req.on('error', reject);
        req.end(csv, () => uploaded());
      });
      await bodySent;
      // Health checks one after another, from the moment the whole file is on its way until the import answers.
      while (!importDone) {
        const status = await get('/api/health');
        if (!importDone) events.push(`health ${status}`);
      }
      expect(await imported).toBe(200);
      const answeredDuringImport = events.filter((e) => e === 'health 200').length;
      // Without yielding, the file is parsed and planned in two blocks and health checks only get through in the gap.
      expect(answeredDuringImport).toBeGreaterThanOrEqual(10);
      expect(events[events.length - 1]).toBe('import');
    });
  });
});
