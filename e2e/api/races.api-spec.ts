import { createDepartment, createEmployee, createValue, signIn, SignedIn, storyBody, TestEmployee } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';

/**
 * Concurrency: what many identical requests at once must leave behind. The budget race (20 concurrent rewards at the
 * edge of a budget, never overdrawn) is OWASP API6 in owasp-top-10.api-spec.ts; the concurrent mix of endorsements
 * and withdrawals is in endorsements.api-spec.ts.
 */
describe('races', () => {
  let t: TestApp;
  let departmentId: string;
  let valueId: string;
  let author: TestEmployee;
  let authorSession: SignedIn;

  beforeAll(async () => {
    t = await startTestApp({ DB_POOL_SIZE: '12' });
    departmentId = (await createDepartment(t.dataSource)).id;
    valueId = (await createValue(t.dataSource)).id;
    author = await createEmployee(t.dataSource, { departmentId });
    authorSession = await signIn(t.http, author.email);
  });
  afterAll(() => t.close());

  it('keeps one endorsement, an exact story counter and an exact leaderboard tally when one person sends 50 at once', async () => {
    const team = (await createDepartment(t.dataSource)).id;
    const hero = await createEmployee(t.dataSource, { departmentId: team });
    const story = (
      await t.http
        .post('/api/stories')
        .set(authorSession.auth)
        .send(storyBody([hero.id], [valueId]))
        .expect(201)
    ).body as { id: string };
    const fan = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId })).email);

    const responses = await Promise.all(Array.from({ length: 50 }, () => t.http.post(`/api/stories/${story.id}/endorsements`).set(fan.auth).send({})));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    expect(responses.filter((r) => r.status === 409).every((r) => r.body.code === 'already_endorsed')).toBe(true);

    const [row] = await t.dataSource.query(
      'SELECT s.endorsement_count AS counter, (SELECT count(*)::int FROM endorsements e WHERE e.story_id = s.id) AS rows FROM stories s WHERE s.id = $1',
      [story.id],
    );
    expect(row).toEqual({ counter: 1, rows: 1 });
    expect((await t.http.get(`/api/stories/${story.id}`).set(fan.auth)).body).toMatchObject({ endorsementCount: 1, endorsedByMe: true });
    for (const period of ['week', 'all']) {
      const board = await t.http.get('/api/leaderboards').query({ period, departmentId: team, metric: 'endorsements' }).set(fan.auth).expect(200);
      expect(board.body.items.find((e: { id?: string; employeeId?: string; name: string }) => e.name === hero.name)).toMatchObject({ endorsementsReceived: 1 });
    }
  });

  it('lets exactly one of ten concurrent edits of the same story version through; the stale ones get 409 naming version', async () => {
    const story = (
      await t.http
        .post('/api/stories')
        .set(authorSession.auth)
        .send(storyBody([author.id], [valueId]))
        .expect(201)
    ).body as { id: string; version: number };
    const titles = Array.from({ length: 10 }, (_, i) => `Edit number ${i}`);
    const results = await Promise.all(
      titles.map((title) => t.http.patch(`/api/stories/${story.id}`).set(authorSession.auth).send({ version: story.version, title })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(409)]);
    for (const stale of results.filter((r) => r.status === 409)) {
      expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(stale.body.errors[0].field).toBe('version');
    }
    const winner = results.find((r) => r.status === 200)!.body.title;
    expect((await t.http.get(`/api/stories/${story.id}`).set(authorSession.auth)).body).toMatchObject({ title: winner, version: story.version + 1 });
  });

  it('ends the sessions of someone whose departure is recorded while they are making requests', async () => {
    const manager = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId, role: 'manager', manages: [departmentId] })).email);
    const leaver = await createEmployee(t.dataSource, { departmentId });
    const laptop = await signIn(t.http, leaver.email);
    const phone = await signIn(t.http, leaver.email);
    const today = new Date().toISOString().slice(0, 10);

    const [departure, ...during] = await Promise.all([
      t.http.post(`/api/employees/${leaver.id}/departure`).set(manager.auth).send({ leftOn: today, reason: 'voluntary' }),
      ...Array.from({ length: 20 }, (_, i) => (i % 2 ? t.http.get('/api/me').set(laptop.auth) : t.http.get('/api/feed').set(phone.auth))),
    ]);
    expect(departure.status).toBe(200);
    // In flight: each request either finished before the departure committed or was refused; nothing failed.
    expect(during.every((r) => r.status === 200 || r.status === 401)).toBe(true);

    for (const session of [laptop, phone]) {
      const next = await t.http.get('/api/me').set(session.auth);
      expect(next.status).toBe(401);
      expect(next.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect((await t.http.post('/api/auth/refresh').set('Cookie', session.refreshCookie)).status).toBe(401);
    }
    expect(
      (await t.http.post('/api/auth/login').set('X-Forwarded-For', '10.250.0.1').send({ email: leaver.email, password: 'correct horse battery staple' }))
        .status,
    ).toBe(401);
  });
});
