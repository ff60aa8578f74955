import { createDepartment, createEmployee, createValue, signIn, SignedIn, TestEmployee } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';

interface Kudos {
  id: string;
  giver: { id: string; name: string };
  hero: { id: string; name: string; department: { id: string; name: string } };
  value: { id: string; name: string };
  message: string;
  canDelete: boolean;
  createdAt: string;
}

/** Quick kudos: a one-line recognition that is shown and counted apart from hero stories. */
describe('quick kudos', () => {
  let t: TestApp;
  let departmentId: string;
  let value: { id: string; name: string };
  let giverEmployee: TestEmployee;
  let giver: SignedIn;

  beforeAll(async () => {
    t = await startTestApp({ DB_POOL_SIZE: '10' });
    departmentId = (await createDepartment(t.dataSource)).id;
    value = await createValue(t.dataSource);
    giverEmployee = await createEmployee(t.dataSource, { departmentId });
    giver = await signIn(t.http, giverEmployee.email);
  });
  afterAll(() => t.close());

  const colleague = (options: { leftOn?: string; departmentId?: string } = {}) => createEmployee(t.dataSource, { departmentId, ...options });
  const give = (session: SignedIn, body: Record<string, unknown>) => t.http.post('/api/kudos').set(session.auth).send(body);
  const list = async (session: SignedIn, query: Record<string, string> = {}) =>
    (await t.http.get('/api/kudos').query(query).set(session.auth).expect(200)).body as { items: Kudos[]; nextCursor: string | null };

  it('gives kudos to a colleague with a value and a trimmed sentence, newest first in the list', async () => {
    const hero = await colleague();
    const response = await give(giver, { heroId: hero.id, valueId: value.id, message: '  Thanks for covering my queue at lunch!  ' });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      giver: { id: giverEmployee.id, name: giverEmployee.name },
      hero: { id: hero.id, name: hero.name, department: { id: departmentId, name: expect.any(String) } },
      value: { id: value.id, name: value.name },
      message: 'Thanks for covering my queue at lunch!',
      canDelete: true,
      createdAt: expect.any(String),
    });
    const later = (await give(giver, { heroId: hero.id, valueId: value.id, message: 'And again this afternoon.' }).expect(201)).body as Kudos;
    const reader = await signIn(t.http, (await colleague()).email);
    const mine = await list(reader, { heroId: hero.id });
    expect(mine.items.map((k) => k.message)).toEqual(['And again this afternoon.', 'Thanks for covering my queue at lunch!']);
    expect(mine.items.every((k) => k.canDelete === false)).toBe(true);
    expect((await list(reader)).items[0].id).toBe(later.id);
  });

  it('pages newest first with a cursor, and refuses a cursor it did not hand out', async () => {
    const hero = await colleague();
    for (const message of ['one', 'two', 'three']) await give(giver, { heroId: hero.id, valueId: value.id, message }).expect(201);
    const first = await list(giver, { heroId: hero.id, limit: '2' });
    expect(first.items.map((k) => k.message)).toEqual(['three', 'two']);
    const second = await list(giver, { heroId: hero.id, limit: '2', cursor: first.nextCursor! });
    expect([second.items.map((k) => k.message), second.nextCursor]).toEqual([['one'], null]);
    const forged = Buffer.from(JSON.stringify(['2026-13-45T00:00:00.000000Z', 'not-an-id'])).toString('base64url');
    const refused = await t.http.get('/api/kudos').query({ cursor: forged }).set(giver.auth);
    expect([refused.status, refused.body.errors[0].field]).toEqual([400, 'cursor']);
    const byGiver = await list(giver, { giverId: giverEmployee.id, heroId: hero.id });
    expect(byGiver.items).toHaveLength(3);
  });

  it('refuses kudos to oneself, to someone unknown or gone, with a retired value, or with a message that is empty or too long', async () => {
    const hero = await colleague();
    const self = await give(giver, { heroId: giverEmployee.id, valueId: value.id, message: 'Me!' });
    expect([self.status, self.body.code, self.body.errors[0].field]).toEqual([422, 'self_kudos', 'heroId']);
    const unknown = await give(giver, { heroId: '00000000-0000-4000-8000-000000000000', valueId: value.id, message: 'Who?' });
    expect([unknown.status, unknown.body.code, unknown.body.errors[0].field]).toEqual([422, 'unknown_hero', 'heroId']);
    const leaver = await colleague({ leftOn: '2024-06-30' });
    const gone = await give(giver, { heroId: leaver.id, valueId: value.id, message: 'Miss you' });
    expect([gone.status, gone.body.code, gone.body.errors[0].field]).toEqual([422, 'hero_has_left', 'heroId']);
    const retired = await createValue(t.dataSource, undefined, true);
    const oldValue = await give(giver, { heroId: hero.id, valueId: retired.id, message: 'Thanks' });
    expect([oldValue.status, oldValue.body.code, oldValue.body.errors[0].field]).toEqual([422, 'unknown_value', 'valueId']);
    const tooLong = await give(giver, { heroId: hero.id, valueId: value.id, message: 'x'.repeat(281) });
    expect([tooLong.status, tooLong.body.errors.map((e: { field: string }) => e.field)]).toEqual([400, ['message']]);
    const blank = await give(giver, { heroId: hero.id, valueId: value.id, message: '    ' });
    expect([blank.status, blank.body.errors.map((e: { field: string }) => e.field)]).toEqual([400, ['message']]);
    expect((await give(giver, { heroId: hero.id, valueId: value.id, message: 'x'.repeat(280) })).status).toBe(201);
    expect((await list(giver, { heroId: hero.id })).items).toHaveLength(1);
  });

  it('tells the hero in the bell, and is gone from it once the kudos are removed', async () => {
    const heroEmployee = await colleague();
    const hero = await signIn(t.http, heroEmployee.email);
    const kudos = (await give(giver, { heroId: heroEmployee.id, valueId: value.id, message: 'You rescued the demo.' }).expect(201)).body as Kudos;
    const inbox = (await t.http.get('/api/notifications').set(hero.auth).expect(200)).body;
    expect(inbox.unreadCount).toBe(1);
    expect(inbox.items[0]).toMatchObject({
      kind: 'kudos_received',
      actor: { id: giverEmployee.id, name: giverEmployee.name },
      message: `${giverEmployee.name} gave you kudos: “You rescued the demo.”`,
      read: false,
    });
    await t.http.delete(`/api/kudos/${kudos.id}`).set(giver.auth).expect(204);
    const after = (await t.http.get('/api/notifications').set(hero.auth).expect(200)).body;
    expect(after.items[0].message).toBe(`${giverEmployee.name} gave you kudos (since removed).`);
  });

  it('lets the giver take kudos back shortly after, not later; admins and the hero’s managers at any time; nobody else', async () => {
    const heroEmployee = await colleague();
    const stranger = await signIn(t.http, (await colleague()).email);
    const otherDepartment = (await createDepartment(t.dataSource)).id;
    const otherManager = await signIn(
      t.http,
      (await createEmployee(t.dataSource, { departmentId: otherDepartment, role: 'manager', manages: [otherDepartment] })).email,
    );
    const manager = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId, role: 'manager', manages: [departmentId] })).email);
    const admin = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId: otherDepartment, role: 'admin' })).email);
    const giveOne = async () => ((await give(giver, { heroId: heroEmployee.id, valueId: value.id, message: 'Thanks!' }).expect(201)).body as Kudos).id;
    const age = (id: string) => t.dataSource.query(`UPDATE quick_kudos SET created_at = now() - interval '1 hour' WHERE id = $1`, [id]);

    const fresh = await giveOne();
    for (const session of [stranger, otherManager]) {
      const refused = await t.http.delete(`/api/kudos/${fresh}`).set(session.auth);
      expect([refused.status, refused.body.code]).toEqual([403, 'not_your_kudos']);
    }
    await t.http.delete(`/api/kudos/${fresh}`).set(giver.auth).expect(204);
    expect((await t.http.delete(`/api/kudos/${fresh}`).set(giver.auth)).status).toBe(404);

    const old = await giveOne();
    await age(old);
    expect((await list(giver, { heroId: heroEmployee.id })).items[0].canDelete).toBe(false);
    const late = await t.http.delete(`/api/kudos/${old}`).set(giver.auth);
    expect([late.status, late.body.code]).toEqual([403, 'undo_window_closed']);
    expect((await list(manager, { heroId: heroEmployee.id })).items[0].canDelete).toBe(true);
    await t.http.delete(`/api/kudos/${old}`).set(manager.auth).expect(204);

    const another = await giveOne();
    await age(another);
    await t.http.delete(`/api/kudos/${another}`).set(admin.auth).expect(204);
    expect((await list(giver, { heroId: heroEmployee.id })).items).toEqual([]);

    const audit = (await t.http.get('/api/audit').query({ subjectId: another }).set(admin.auth).expect(200)).body.items as {
      action: string;
      actionLabel: string;
    }[];
    expect(audit.map((e) => e.actionLabel)).toEqual(['Removed quick kudos', 'Gave quick kudos']);
  });

  it("counts kudos apart from stories: the hero's recognition shows them, the story counts and the leaderboard do not", async () => {
    const ownDepartment = (await createDepartment(t.dataSource)).id;
    const heroEmployee = await colleague({ departmentId: ownDepartment });
    await give(giver, { heroId: heroEmployee.id, valueId: value.id, message: 'Great catch on the refund.' }).expect(201);
    await give(giver, { heroId: heroEmployee.id, valueId: value.id, message: 'And the follow-up call.' }).expect(201);
    const recognition = (await t.http.get(`/api/employees/${heroEmployee.id}/recognition`).set(giver.auth).expect(200)).body;
    expect(recognition).toEqual({ storiesAsHero: 0, endorsementsReceived: 0, storiesTold: 0, endorsementsGiven: 0, kudosReceived: 2 });
    for (const metric of ['stories', 'score']) {
      const board = (await t.http.get('/api/leaderboards').query({ period: 'all', departmentId: ownDepartment, metric }).set(giver.auth).expect(200)).body;
      expect(board.items).toEqual([]);
    }
  });
});

describe('quick kudos write limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ WRITE_LIMIT_KUDOS: '2' });
  });
  afterAll(() => t.close());

  it('stops a burst of kudos from one person at WRITE_LIMIT_KUDOS with 429 and Retry-After, and nobody else', async () => {
    const departmentId = (await createDepartment(t.dataSource)).id;
    const valueId = (await createValue(t.dataSource)).id;
    const hero = await createEmployee(t.dataSource, { departmentId });
    const eager = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId })).email);
    const calm = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId })).email);
    const give = (session: SignedIn) => t.http.post('/api/kudos').set(session.auth).send({ heroId: hero.id, valueId, message: 'Thanks!' });
    expect([(await give(eager)).status, (await give(eager)).status]).toEqual([201, 201]);
    const limited = await give(eager);
    expect([limited.status, limited.body.code]).toEqual([429, 'too_many_writes']);
    expect(limited.body.detail).toMatch(/a lot of kudos in a short time\. Try again in \d+ seconds/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await give(calm)).status).toBe(201);
  });
});
