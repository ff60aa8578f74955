import { createDepartment, createEmployee, createValue, signIn, SignedIn, storyBody, TestEmployee } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';

describe('endorsements', () => {
  let t: TestApp;
  let departmentId: string;
  let valueId: string;
  let hero: TestEmployee;
  let author: SignedIn;
  let heroSession: SignedIn;

  beforeAll(async () => {
    t = await startTestApp({ DB_POOL_SIZE: '10' });
    departmentId = (await createDepartment(t.dataSource)).id;
    valueId = (await createValue(t.dataSource)).id;
    const authorEmployee = await createEmployee(t.dataSource, { departmentId });
    hero = await createEmployee(t.dataSource, { departmentId });
    author = await signIn(t.http, authorEmployee.email);
    heroSession = await signIn(t.http, hero.email);
  });
  afterAll(() => t.close());

  const newStory = async () =>
    (
      await t.http
        .post('/api/stories')
        .set(author.auth)
        .send(storyBody([hero.id], [valueId]))
        .expect(201)
    ).body as { id: string };
  const peer = async () => signIn(t.http, (await createEmployee(t.dataSource, { departmentId })).email);
  const counts = async (storyId: string) => {
    const [row] = await t.dataSource.query(
      'SELECT s.endorsement_count AS column, (SELECT count(*)::int FROM endorsements e WHERE e.story_id = s.id) AS actual FROM stories s WHERE s.id = $1',
      [storyId],
    );
    return row as { column: number; actual: number };
  };

  it('endorses with a comment, shows it to everyone and notifies the author and the heroes', async () => {
    const story = await newStory();
    const fan = await peer();
    const response = await t.http.post(`/api/stories/${story.id}/endorsements`).set(fan.auth).send({ comment: '  Textbook ownership.  ' });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ endorsementCount: 1, endorsedByMe: true });
    expect((await t.http.get(`/api/stories/${story.id}`).set(fan.auth)).body).toMatchObject({ endorsementCount: 1, endorsedByMe: true });
    const list = await t.http.get(`/api/stories/${story.id}/endorsements`).set(heroSession.auth);
    expect(list.body.items).toEqual([
      {
        id: expect.any(String),
        endorser: expect.objectContaining({ department: expect.objectContaining({ id: departmentId }) }),
        comment: 'Textbook ownership.',
        createdAt: expect.any(String),
      },
    ]);
    for (const session of [author, heroSession]) {
      const notifications = await t.http.get('/api/notifications').set(session.auth);
      expect(notifications.body.items.some((n: { kind: string; story: { id: string } }) => n.kind === 'story_endorsed' && n.story.id === story.id)).toBe(true);
    }
  });

  it('refuses a repeat with 409, a comment over 500 characters with 400, and withdraws', async () => {
    const story = await newStory();
    const fan = await peer();
    await t.http.post(`/api/stories/${story.id}/endorsements`).set(fan.auth).send({}).expect(201);
    const again = await t.http.post(`/api/stories/${story.id}/endorsements`).set(fan.auth).send({});
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_endorsed');
    const long = await t.http
      .post(`/api/stories/${story.id}/endorsements`)
      .set((await peer()).auth)
      .send({ comment: 'x'.repeat(501) });
    expect(long.status).toBe(400);
    expect(long.body.errors[0].field).toBe('comment');
    const withdrawn = await t.http.delete(`/api/stories/${story.id}/endorsements/mine`).set(fan.auth);
    expect(withdrawn.body).toEqual({ endorsementCount: 0, endorsedByMe: false });
    expect((await t.http.delete(`/api/stories/${story.id}/endorsements/mine`).set(fan.auth)).status).toBe(404);
  });

  // Authors and heroes endorsing their own story: OWASP API6 in owasp-top-10.api-spec.ts.

  it('does not let anyone endorse a hidden story', async () => {
    const story = await newStory();
    const admin = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId, role: 'admin' })).email);
    await t.http.post(`/api/stories/${story.id}/hide`).set(admin.auth).send({ reason: 'Customer named' }).expect(200);
    expect((await t.http.post(`/api/stories/${story.id}/endorsements`).set(admin.auth).send({})).status).toBe(422);
    expect(
      (
        await t.http
          .post(`/api/stories/${story.id}/endorsements`)
          .set((await peer()).auth)
          .send({})
      ).status,
    ).toBe(404);
  });

  // 50 identical endorsements at once (one row, exact counters and leaderboard tally): races.api-spec.ts.

  it('keeps the counter equal to COUNT(*) through a concurrent mix of endorsements and withdrawals', async () => {
    const story = await newStory();
    const fans = await Promise.all(Array.from({ length: 16 }, () => peer()));
    await Promise.all(fans.slice(0, 8).map((fan) => t.http.post(`/api/stories/${story.id}/endorsements`).set(fan.auth).send({}).expect(201)));
    const mixed = await Promise.all([
      ...fans.slice(0, 8).map((fan) => t.http.delete(`/api/stories/${story.id}/endorsements/mine`).set(fan.auth)),
      ...fans.slice(4).map((fan) => t.http.post(`/api/stories/${story.id}/endorsements`).set(fan.auth).send({})),
    ]);
    expect(mixed.every((r) => r.status < 500)).toBe(true);
    const { column, actual } = await counts(story.id);
    expect(column).toBe(actual);
    // Fans 8–15 endorsed for sure; 4–7 withdrew and re-endorsed in some order; 0–3 withdrew.
    expect(actual).toBeGreaterThanOrEqual(8);
    expect(actual).toBeLessThanOrEqual(12);
  });
});
