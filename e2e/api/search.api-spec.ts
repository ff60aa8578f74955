import { createDepartment, createEmployee, createValue, signIn, SignedIn, storyBody, TestEmployee } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';

interface Segment {
  text: string;
  match: boolean;
}
interface StoryHit {
  id: string;
  title: Segment[];
  snippet: Segment[];
  heroes: { id: string; name: string }[];
}
interface PersonHit {
  id: string;
  name: string;
  jobTitle: string;
  department: { id: string; name: string };
  active: boolean;
}

/** A made-up word nobody else's story or name contains: letters only, so the text parser keeps it one word. */
const word = () => `zorbl${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`;
const marked = (segments: Segment[]) => segments.filter((s) => s.match).map((s) => s.text.toLowerCase());

describe('search', () => {
  let t: TestApp;
  let valueId: string;
  let department: { id: string; name: string };
  let author: SignedIn;
  let hero: TestEmployee;
  let reader: SignedIn;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    valueId = (await createValue(t.dataSource)).id;
    department = await createDepartment(t.dataSource);
    hero = await createEmployee(t.dataSource, { departmentId: department.id });
    author = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId: department.id })).email);
    reader = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId: (await createDepartment(t.dataSource)).id })).email);
    admin = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId: department.id, role: 'admin' })).email);
  });
  afterAll(() => t.close());

  const tell = async (overrides: Record<string, unknown>) =>
    (
      await t.http
        .post('/api/stories')
        .set(author.auth)
        .send(storyBody([hero.id], [valueId], overrides))
        .expect(201)
    ).body as { id: string };
  const search = (q: unknown, session = reader) => t.http.get('/api/search').query({ q }).set(session.auth);
  const storiesFound = async (q: string, session = reader) => {
    const response = await search(q, session);
    expect(response.status).toBe(200);
    return response.body.stories as StoryHit[];
  };

  it('finds a story by a word of it, stemmed, ranks the stronger match first and marks the matches', async () => {
    const distinctive = word();
    const weak = await tell({ title: 'A quiet afternoon', impact: `The customer mentioned ${distinctive} once.` });
    const strong = await tell({
      title: `Refunded the ${distinctive} order`,
      situation: `The ${distinctive} arrived broken.`,
      action: `Replaced the ${distinctive} from the stockroom.`,
    });

    const found = await storiesFound(distinctive);
    expect(found.map((s) => s.id)).toEqual([strong.id, weak.id]);
    expect(marked(found[0].title)).toEqual([distinctive]);
    expect(found[0].title.map((s) => s.text).join('')).toBe(`Refunded the ${distinctive} order`);
    expect(marked(found[1].snippet)).toContain(distinctive);
    expect(found[0].heroes).toEqual([{ id: hero.id, name: hero.name }]);

    // 'english' stems both sides: "refunding" finds "Refunded"; both words must be there.
    const stemmed = await storiesFound(`refunding ${distinctive}`);
    expect(stemmed.map((s) => s.id)).toEqual([strong.id]);
    expect(marked(stemmed[0].title)).toEqual(['refunded', distinctive]);
  });

  it('searches the customer quote too, and never hands markup back', async () => {
    const distinctive = word();
    const story = await tell({ customerQuote: `<b>${distinctive}</b> was <script>x</script> wonderful` });
    const [hit] = await storiesFound(distinctive);
    expect(hit.id).toBe(story.id);
    // The text parser reads tags as tags: the headline leaves them out, and the client renders the rest as text.
    expect(hit.snippet.map((s) => s.text).join('')).not.toMatch(/[<>]/);
    expect(marked(hit.snippet)).toEqual([distinctive]);
  });

  it('never shows a hidden or deleted story to other people', async () => {
    const distinctive = word();
    const hidden = await tell({ title: `Hidden ${distinctive}` });
    const deleted = await tell({ title: `Deleted ${distinctive}` });
    expect((await storiesFound(distinctive)).map((s) => s.id).sort()).toEqual([hidden.id, deleted.id].sort());
    await t.http.post(`/api/stories/${hidden.id}/hide`).set(admin.auth).send({ reason: 'Names a customer.' }).expect(200);
    await t.http.delete(`/api/stories/${deleted.id}`).set(author.auth).expect(204);
    expect(await storiesFound(distinctive)).toEqual([]);
    expect(await storiesFound(distinctive, admin)).toEqual([]);
  });

  it('finds people by name, job title and department, people still employed first', async () => {
    const distinctive = word();
    const team = await createDepartment(t.dataSource, `Returns ${distinctive}`);
    const left = await createEmployee(t.dataSource, { departmentId: team.id, name: `Ada Left`, hiredOn: '2020-01-01', leftOn: '2025-01-01' });
    const active = await createEmployee(t.dataSource, { departmentId: team.id, name: `Zed Still Here` });
    const named = await createEmployee(t.dataSource, { departmentId: department.id, name: `Wilhelmina ${distinctive}` });
    const titled = await createEmployee(t.dataSource, { departmentId: department.id });
    await t.dataSource.query('UPDATE employees SET job_title = $2 WHERE id = $1', [titled.id, `Chief ${distinctive} Officer`]);

    const byDepartment = (await search(`returns ${distinctive}`).expect(200)).body.people as PersonHit[];
    expect(byDepartment.map((p) => [p.id, p.active])).toEqual([
      [active.id, true],
      [left.id, false],
    ]);
    expect(byDepartment[0].department).toEqual(team);

    const byWord = (await search(distinctive.toUpperCase()).expect(200)).body.people as PersonHit[];
    expect(byWord.map((p) => p.id)).toEqual(expect.arrayContaining([named.id, titled.id, active.id, left.id]));
    expect(byWord.find((p) => p.id === titled.id)?.jobTitle).toBe(`Chief ${distinctive} Officer`);
    expect((await search('100%_\\').expect(200)).body.people).toEqual([]);
  });

  it('refuses an empty, missing or too long query, naming q', async () => {
    for (const q of ['', '   ', 'x'.repeat(101), undefined]) {
      const response = await (q === undefined ? t.http.get('/api/search').set(reader.auth) : search(q));
      expect(response.status).toBe(400);
      expect(response.body.errors[0].field).toBe('q');
    }
    expect((await search('x'.repeat(100))).status).toBe(200);
    expect((await search('"unclosed OR - -')).status).toBe(200);
    expect((await t.http.get('/api/search').query({ q: 'parcel' })).status).toBe(401);
  });

  it('the directory (GET /employees) is open to staff and pages each person of a department once', async () => {
    const team = await createDepartment(t.dataSource);
    const people = await Promise.all(Array.from({ length: 5 }, () => createEmployee(t.dataSource, { departmentId: team.id })));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await t.http
        .get('/api/employees')
        .query({ departmentId: team.id, limit: 2, ...(cursor ? { cursor } : {}) })
        .set(reader.auth)
        .expect(200);
      seen.push(...page.body.items.map((p: { id: string }) => p.id));
      for (const item of page.body.items) expect(item.email).toBeUndefined();
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.sort()).toEqual(people.map((p) => p.id).sort());
  });
});
