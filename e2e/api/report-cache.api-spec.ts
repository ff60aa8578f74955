import { createDepartment, createEmployee, createValue, signIn, SignedIn, storyBody, TestEmployee, uniqueSuffix } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';

const HEADER = 'name,email,department,role,title,managerEmail,hiredOn,leftOn,leaveReason';
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

/**
 * Reports are computed once per REPORT_CACHE_SECONDS for the same question (recognition figures may lag a new story
 * by that much), but any roster change, made through the app as a person would, shows at once.
 */
describe('cached reports', () => {
  let t: TestApp;
  let admin: SignedIn;
  let author: SignedIn;
  let value: string;

  beforeAll(async () => {
    t = await startTestApp({ REPORT_CACHE_SECONDS: '600' });
    const home = await createDepartment(t.dataSource);
    const boss = await createEmployee(t.dataSource, { departmentId: home.id, role: 'admin' });
    const writer = await createEmployee(t.dataSource, { departmentId: home.id });
    value = (await createValue(t.dataSource)).id;
    admin = await signIn(t.http, boss.email);
    author = await signIn(t.http, writer.email);
  });
  afterAll(() => t.close());

  /** A department of its own for each test, with two people in it, hired through the API. */
  const team = async () => {
    const department = await createDepartment(t.dataSource);
    const hire = async (name: string) => {
      const response = await t.http
        .post('/api/employees')
        .set(admin.auth)
        .send({ name, email: `${name.toLowerCase()}.${uniqueSuffix()}@cache.test`, departmentId: department.id, hiredOn: '2020-01-06' });
      expect(response.status).toBe(201);
      return response.body as TestEmployee;
    };
    return { department, people: [await hire('Ada'), await hire('Ben')], hire };
  };
  const coverage = async (departmentId: string) => {
    const response = await t.http.get('/api/reports/recognition-coverage').query({ departmentId }).set(admin.auth);
    expect(response.status).toBe(200);
    return { headcount: response.body.total.headcount as number, recognised: response.body.total.recognised90Days as number };
  };
  const headcount = async (departmentId: string) => {
    const response = await t.http.get('/api/reports/tenure').query({ departmentId }).set(admin.auth);
    expect(response.status).toBe(200);
    return response.body.total.headcount as number;
  };

  it('answers the same question from the cache: a new story shows only once the roster changes', async () => {
    const { department, people, hire } = await team();
    expect(await coverage(department.id)).toEqual({ headcount: 2, recognised: 0 });
    const story = await t.http
      .post('/api/stories')
      .set(author.auth)
      .send(storyBody([people[0].id], [value], { occurredOn: yesterday() }));
    expect(story.status).toBe(201);
    // Computed again, this would say 1 recognised: the answer comes from the cache.
    expect(await coverage(department.id)).toEqual({ headcount: 2, recognised: 0 });
    await hire('Cleo');
    expect(await coverage(department.id)).toEqual({ headcount: 3, recognised: 1 });
  });

  it('counts a departure recorded on the person page at once', async () => {
    const { department, people } = await team();
    expect(await headcount(department.id)).toBe(2);
    const departure = await t.http.post(`/api/employees/${people[1].id}/departure`).set(admin.auth).send({ leftOn: yesterday(), reason: 'voluntary' });
    expect(departure.status).toBe(200);
    expect(await headcount(department.id)).toBe(1);
  });

  it('counts a departure in a roster import at once', async () => {
    const { department, people } = await team();
    expect(await headcount(department.id)).toBe(2);
    const [leaving] = people;
    const csv = `${HEADER}\n${leaving.name},${leaving.email},${department.name},staff,,,2020-01-06,${yesterday()},involuntary`;
    const imported = await t.http.post('/api/employees/import').query({ apply: true }).set(admin.auth).set('Content-Type', 'text/csv').send(csv);
    expect(imported.status).toBe(200);
    expect(imported.body.summary).toMatchObject({ departures: 1 });
    expect(await headcount(department.id)).toBe(1);
  });

  it('counts every departure of a roster import at once, in every cached report', async () => {
    const { department, people, hire } = await team();
    people.push(await hire('Cleo'));
    expect(await headcount(department.id)).toBe(3);
    expect(await coverage(department.id)).toEqual({ headcount: 3, recognised: 0 });
    // Only departures: the import changes nothing else about anyone.
    const csv = [HEADER, ...people.slice(1).map((p) => `${p.name},${p.email},${department.name},staff,,,2020-01-06,${yesterday()},voluntary`)].join('\n');
    const imported = await t.http.post('/api/employees/import').query({ apply: true }).set(admin.auth).set('Content-Type', 'text/csv').send(csv);
    expect(imported.status).toBe(200);
    expect(imported.body.summary).toMatchObject({ departures: 2, updates: 0, creates: 0 });
    expect(await headcount(department.id)).toBe(1);
    expect(await coverage(department.id)).toEqual({ headcount: 1, recognised: 0 });
  });

  it('counts someone who left as gone from the unrecognised champions at once', async () => {
    const { department, people } = await team();
    const list = async () => {
      const response = await t.http.get('/api/champions/unrecognised').query({ departmentId: department.id }).set(admin.auth);
      expect(response.status).toBe(200);
      return response.body;
    };
    const before = JSON.stringify(await list());
    expect(before).toContain(people[1].id);
    await t.http.post(`/api/employees/${people[1].id}/departure`).set(admin.auth).send({ leftOn: yesterday(), reason: 'other' }).expect(200);
    expect(JSON.stringify(await list())).not.toContain(people[1].id);
  });
});
