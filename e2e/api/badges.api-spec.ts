import { periodStart, todayIn } from '../../server/src/common/calendar';
import { createBadge, createDepartment, createEmployee, setBudget, signIn, SignedIn, TestEmployee, uniqueSuffix } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';

describe('badges: admins define them, managers give them', () => {
  let t: TestApp;
  let shoes: string;
  let admin: TestEmployee;
  let adminSession: SignedIn;
  let managerSession: SignedIn;
  let staffSession: SignedIn;
  let hero: TestEmployee;

  beforeAll(async () => {
    t = await startTestApp();
    shoes = (await createDepartment(t.dataSource)).id;
    admin = await createEmployee(t.dataSource, { departmentId: shoes, role: 'admin' });
    const manager = await createEmployee(t.dataSource, { departmentId: shoes, role: 'manager', manages: [shoes] });
    hero = await createEmployee(t.dataSource, { departmentId: shoes });
    adminSession = await signIn(t.http, admin.email);
    managerSession = await signIn(t.http, manager.email);
    staffSession = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId: shoes })).email);
    await setBudget(t.dataSource, manager.id, periodStart('quarter', todayIn('UTC')), 1000);
  });
  afterAll(() => t.close());

  const list = async (session: SignedIn, includeRetired = false) =>
    (
      await t.http
        .get('/api/badges')
        .query(includeRetired ? { includeRetired: true } : {})
        .set(session.auth)
        .expect(200)
    ).body as {
      id: string;
      name: string;
      retired: boolean;
    }[];
  const create = (session: SignedIn, body: Record<string, unknown>) => t.http.post('/api/badges').set(session.auth).send(body);
  const edit = (session: SignedIn, id: string, body: Record<string, unknown>) => t.http.patch(`/api/badges/${id}`).set(session.auth).send(body);
  const give = (body: Record<string, unknown>) =>
    t.http
      .post('/api/rewards')
      .set(managerSession.auth)
      .send({ recipientId: hero.id, kind: 'badge', citation: 'Kept the queue calm on the worst day of the sale.', ...body });

  it('starts a company with a few badges everyone can see', async () => {
    const names = (await list(staffSession)).map((b) => b.name);
    expect(names).toEqual(expect.arrayContaining(['Calm in the storm', 'Above and beyond', 'Team player', 'Customer champion']));
  });

  it('lets an admin add, edit, retire and bring back a badge, audited; staff and managers cannot', async () => {
    const name = `Night owl ${uniqueSuffix()}`;
    const created = await create(adminSession, { name, description: 'Covered the late shift.', icon: 'bulb' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name, description: 'Covered the late shift.', icon: 'bulb', retired: false });
    const id = created.body.id;
    expect((await create(staffSession, { name: `Staff ${uniqueSuffix()}`, icon: 'star' })).status).toBe(403);
    expect((await create(managerSession, { name: `Manager ${uniqueSuffix()}`, icon: 'star' })).status).toBe(403);
    expect((await edit(managerSession, id, { retired: true })).status).toBe(403);

    const edited = await edit(adminSession, id, { name: `${name}!`, description: null, icon: 'flame' });
    expect(edited.body).toMatchObject({ id, name: `${name}!`, description: '', icon: 'flame', retired: false });
    expect((await edit(adminSession, id, { retired: true })).body.retired).toBe(true);
    // Retired badges leave the list people choose from; only an admin asking for them sees them.
    expect((await list(managerSession)).map((b) => b.id)).not.toContain(id);
    expect((await list(staffSession, true)).map((b) => b.id)).not.toContain(id);
    expect((await list(adminSession, true)).find((b) => b.id === id)).toMatchObject({ retired: true });
    expect((await edit(adminSession, id, { retired: false })).body.retired).toBe(false);

    const actions = await t.dataSource.query(`SELECT action, actor_id FROM audit_log WHERE subject_type = 'badge' AND subject_id = $1 ORDER BY id`, [id]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['badge.created', 'badge.updated', 'badge.retired', 'badge.restored']);
    expect(actions.every((a: { actor_id: string }) => a.actor_id === admin.id)).toBe(true);
    const log = (await t.http.get('/api/audit').query({ subjectType: 'badge' }).set(adminSession.auth).expect(200)).body.items;
    expect(log[0]).toMatchObject({ actionLabel: 'Brought back a retired badge', subject: { name: `${name}!` } });
  });

  it('refuses a name another active badge has, an icon it cannot draw, and over-long text, naming the field', async () => {
    const taken = await createBadge(t.dataSource, { name: `Taken ${uniqueSuffix()}` });
    const cases: [Record<string, unknown>, number, string][] = [
      [{ name: taken.name.toUpperCase(), icon: 'star' }, 409, 'name'],
      [{ name: `Fine ${uniqueSuffix()}`, icon: 'unicorn' }, 400, 'icon'],
      [{ name: `Fine ${uniqueSuffix()}` }, 400, 'icon'],
      [{ name: '   ', icon: 'star' }, 400, 'name'],
      [{ name: 'x'.repeat(61), icon: 'star' }, 400, 'name'],
      [{ name: `Fine ${uniqueSuffix()}`, icon: 'star', description: 'x'.repeat(201) }, 400, 'description'],
    ];
    for (const [body, status, field] of cases) {
      const response = await create(adminSession, body);
      expect({ body, status: response.status, field: response.body.errors?.[0]?.field }).toEqual({ body, status, field });
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect((await create(adminSession, { name: taken.name, icon: 'star' })).body.detail).toBe('An active badge already has that name; choose another name.');
    // A retired badge's name is free again; bringing the old one back while the name is in use is refused.
    const retired = await createBadge(t.dataSource, { name: `Old ${uniqueSuffix()}`, retired: true });
    const reused = await create(adminSession, { name: retired.name, icon: 'star' });
    expect(reused.status).toBe(201);
    const restore = await edit(adminSession, retired.id, { retired: false });
    expect([restore.status, restore.body.errors?.[0]?.field]).toEqual([409, 'name']);
    expect((await edit(adminSession, '00000000-0000-4000-8000-000000000000', { retired: true })).status).toBe(404);
  });

  it('gives a badge reward only with an active badge, and the reward carries the badge', async () => {
    const badge = await createBadge(t.dataSource, { name: `Storm ${uniqueSuffix()}`, icon: 'umbrella' });
    const retired = await createBadge(t.dataSource, { retired: true });
    const refusals: [Record<string, unknown>, number, string][] = [
      [{}, 400, 'badge_required'],
      [{ badgeId: retired.id }, 422, 'badge_not_available'],
      [{ badgeId: '00000000-0000-4000-8000-000000000000' }, 422, 'badge_not_available'],
      [{ badgeId: 'not-a-uuid' }, 400, 'validation_failed'],
      [{ kind: 'points', points: 10, badgeId: badge.id }, 400, 'badge_not_allowed'],
    ];
    for (const [body, status, code] of refusals) {
      const response = await give(body);
      expect({ body, status: response.status, code: response.body.code, field: response.body.errors?.[0]?.field }).toEqual({
        body,
        status,
        code,
        field: 'badgeId',
      });
    }
    expect((await give({ badgeId: retired.id })).body.detail).toBe('That badge has been retired or does not exist; choose one of the current badges.');

    const given = await give({ badgeId: badge.id });
    expect(given.status).toBe(201);
    expect(given.body.reward).toMatchObject({ kind: 'badge', points: 0, badge: { id: badge.id, name: badge.name, icon: 'umbrella' } });
    // The hero sees it in their ledger, and it stays on the reward after the badge is retired.
    await edit(adminSession, badge.id, { retired: true }).expect(200);
    const heroSession = await signIn(t.http, hero.email);
    const mine = (await t.http.get('/api/rewards').set(heroSession.auth).expect(200)).body.items;
    expect(mine.find((r: { id: string }) => r.id === given.body.reward.id)).toMatchObject({ badge: { id: badge.id, name: badge.name, icon: 'umbrella' } });
    const points = await give({ kind: 'points', points: 5 });
    expect(points.body.reward.badge).toBeNull();
    // Their notifications name the badge; a reward without one says they were rewarded.
    const messages = (await t.http.get('/api/notifications').set(heroSession.auth).expect(200)).body.items.map((n: { message: string }) => n.message);
    expect(messages[0]).toMatch(/ rewarded you\.$/);
    expect(messages[1]).toMatch(new RegExp(`^You received the badge “${badge.name}” from .+\\.$`));
  });
});
