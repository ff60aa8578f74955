import { createDepartment, createEmployee, createValue, signIn, SignedIn, storyBody, TestEmployee } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';
import { todayIn } from '../../server/src/common/calendar';

describe('feed', () => {
  let t: TestApp;
  let valueId: string;
  let reader: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    valueId = (await createValue(t.dataSource)).id;
    reader = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId: (await createDepartment(t.dataSource)).id })).email);
  });
  afterAll(() => t.close());

  const team = async () => {
    const department = await createDepartment(t.dataSource);
    const author = await createEmployee(t.dataSource, { departmentId: department.id });
    const hero = await createEmployee(t.dataSource, { departmentId: department.id });
    return { department, author, hero, session: await signIn(t.http, author.email) };
  };
  const tell = async (session: SignedIn, heroes: TestEmployee[], overrides: Record<string, unknown> = {}) =>
    (
      await t.http
        .post('/api/stories')
        .set(session.auth)
        .send(
          storyBody(
            heroes.map((h) => h.id),
            [valueId],
            overrides,
          ),
        )
        .expect(201)
    ).body as { id: string; title: string };
  const feed = (query: Record<string, unknown>, session = reader) => t.http.get('/api/feed').query(query).set(session.auth);

  it('pages newest first without skipping or repeating a story while new ones arrive between pages', async () => {
    const { department, hero, session } = await team();
    const told: string[] = [];
    for (let i = 0; i < 7; i++) told.push((await tell(session, [hero], { title: `Story ${i}` })).id);
    const seen: string[] = [];
    let response = await feed({ scope: 'department', departmentId: department.id, limit: 3 });
    seen.push(...response.body.items.map((s: { id: string }) => s.id));
    await tell(session, [hero], { title: 'Arrived between pages' });
    await tell(session, [hero], { title: 'Arrived between pages too' });
    while (response.body.nextCursor) {
      response = await feed({ scope: 'department', departmentId: department.id, limit: 3, cursor: response.body.nextCursor });
      seen.push(...response.body.items.map((s: { id: string }) => s.id));
    }
    expect(seen).toEqual([...told].reverse());
  });

  it('scopes to a department, a person, and what I told', async () => {
    const a = await team();
    const b = await team();
    const aStory = await tell(a.session, [a.hero]);
    const bStory = await tell(b.session, [b.hero]);
    const byDepartment = await feed({ scope: 'department', departmentId: a.department.id });
    expect(byDepartment.body.items.map((s: { id: string }) => s.id)).toEqual([aStory.id]);
    const byPerson = await feed({ scope: 'person', employeeId: b.hero.id });
    expect(byPerson.body.items.map((s: { id: string }) => s.id)).toEqual([bStory.id]);
    const mine = await feed({ scope: 'mine' }, a.session);
    expect(mine.body.items.map((s: { id: string }) => s.id)).toEqual([aStory.id]);
    const card = byDepartment.body.items[0];
    expect(card).toMatchObject({
      heroes: [{ id: a.hero.id, name: a.hero.name, department: { id: a.department.id } }],
      values: [{ id: valueId }],
      endorsementCount: 0,
      endorsedByMe: false,
    });
  });

  it('keeps a story a moderator hid under what its author told, marked hidden, and out of every other feed', async () => {
    const a = await team();
    const story = await tell(a.session, [a.hero]);
    const admin = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId: a.department.id, role: 'admin' })).email);
    await t.http.post(`/api/stories/${story.id}/hide`).set(admin.auth).send({ reason: 'Names a customer.' }).expect(200);
    const mine = (await feed({ scope: 'mine' }, a.session)).body.items;
    expect(mine.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual([[story.id, 'hidden']]);
    const ids = async (query: Record<string, unknown>, session?: SignedIn) => (await feed(query, session)).body.items.map((s: { id: string }) => s.id);
    expect(await ids({ scope: 'department', departmentId: a.department.id })).not.toContain(story.id);
    expect(await ids({ scope: 'person', employeeId: a.hero.id })).not.toContain(story.id);
    expect(await ids({ scope: 'mine' }, admin)).not.toContain(story.id);
  });

  it('filters by value, channel, hero, date range and featured', async () => {
    const { department, hero, session } = await team();
    const other = await createEmployee(t.dataSource, { departmentId: department.id });
    const otherValue = await createValue(t.dataSource);
    const chat = await tell(session, [hero], { channel: 'chat', occurredOn: '2025-01-10' });
    const phone = await tell(session, [other], { channel: 'phone', occurredOn: '2025-03-10', valueIds: [otherValue.id] });
    const ids = async (query: Record<string, unknown>) =>
      (await feed({ scope: 'department', departmentId: department.id, ...query })).body.items.map((s: { id: string }) => s.id);
    expect(await ids({ channel: 'chat' })).toEqual([chat.id]);
    expect(await ids({ valueId: otherValue.id })).toEqual([phone.id]);
    expect(await ids({ heroId: hero.id })).toEqual([chat.id]);
    expect(await ids({ from: '2025-02-01', to: '2025-12-31' })).toEqual([phone.id]);
    expect(await ids({ featured: true })).toEqual([]);
  });

  it('names the field at fault for bad feed queries', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ limit: 51 }, 'limit'],
      [{ scope: 'everything' }, 'scope'],
      [{ scope: 'department' }, 'departmentId'],
      [{ scope: 'person' }, 'employeeId'],
      [{ channel: 'fax' }, 'channel'],
      [{ from: '2025-13-01' }, 'from'],
      [{ from: '2025-05-01', to: '2025-04-01' }, 'from'],
      [{ cursor: 'garbage' }, 'cursor'],
      [{ featured: 'sometimes' }, 'featured'],
    ];
    for (const [query, field] of cases) {
      const response = await feed(query);
      expect([response.status, response.body.errors?.[0]?.field]).toEqual([400, field]);
    }
  });

  it("shows today's milestone work anniversaries on the first page of the scope", async () => {
    const department = await createDepartment(t.dataSource);
    const today = todayIn('UTC');
    // Hired on this very day some years ago: the first of `choices` for which that day exists (on 29 February,
    // only leap years have one: 20 years back for a milestone, 4 for a year that is not one).
    const exists = (date: string) => new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;
    const hiredYearsAgo = (choices: number[]) => {
      const years = choices.find((n) => exists(`${Number(today.slice(0, 4)) - n}${today.slice(4)}`))!;
      return { years, hiredOn: `${Number(today.slice(0, 4)) - years}${today.slice(4)}` };
    };
    const milestone = hiredYearsAgo([5, 20]);
    const veteran = await createEmployee(t.dataSource, { departmentId: department.id, hiredOn: milestone.hiredOn, name: 'Vera Veteran' });
    await createEmployee(t.dataSource, { departmentId: department.id, hiredOn: hiredYearsAgo([2, 4]).hiredOn, name: 'Not A Milestone' });
    const response = await feed({ scope: 'department', departmentId: department.id });
    expect(response.body.anniversaries).toEqual([
      { employeeId: veteran.id, name: 'Vera Veteran', department: { id: department.id, name: expect.any(String) }, years: milestone.years, date: today },
    ]);
    const profile = await t.http.get(`/api/employees/${veteran.id}`).set(reader.auth);
    expect(profile.body.nextAnniversary).toEqual({ date: today, years: milestone.years });
  });
});
