import { addDays, periodStart, quarterLabel, todayIn } from '../../server/src/common/calendar';
import { createBadge, createDepartment, createEmployee, createValue, setBudget, signIn, SignedIn, storyBody, TestEmployee } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';

describe('rewards and budgets', () => {
  let t: TestApp;
  let shoes: string;
  let chat: string;
  let valueId: string;
  let shoesManager: TestEmployee;
  let managerSession: SignedIn;
  let adminSession: SignedIn;
  let admin: TestEmployee;
  const quarter = periodStart('quarter', todayIn('UTC'));

  beforeAll(async () => {
    t = await startTestApp({ DB_POOL_SIZE: '12' });
    shoes = (await createDepartment(t.dataSource)).id;
    chat = (await createDepartment(t.dataSource)).id;
    valueId = (await createValue(t.dataSource)).id;
    shoesManager = await createEmployee(t.dataSource, { departmentId: shoes, role: 'manager', manages: [shoes] });
    admin = await createEmployee(t.dataSource, { departmentId: chat, role: 'admin' });
    managerSession = await signIn(t.http, shoesManager.email);
    adminSession = await signIn(t.http, admin.email);
  });
  afterAll(() => t.close());

  const staffIn = (departmentId: string, extra: { leftOn?: string } = {}) => createEmployee(t.dataSource, { departmentId, ...extra });
  const budgetOf = async (holderId: string) =>
    (await t.dataSource.query('SELECT points, spent FROM reward_budgets WHERE holder_id = $1 AND quarter_start = $2', [holderId, quarter]))[0] as
      { points: number; spent: number } | undefined;
  const reward = (session: SignedIn, body: Record<string, unknown>) =>
    t.http
      .post('/api/rewards')
      .set(session.auth)
      .send({ kind: 'points', citation: 'Went the extra mile.', ...body });
  /** A story the hero tells of themselves, signed in as them. */
  const ownStory = async (session: SignedIn, heroId: string) =>
    (
      await t.http
        .post('/api/stories')
        .set(session.auth)
        .send(storyBody([heroId], [valueId]))
        .expect(201)
    ).body;

  it('spends from the giver’s budget, shows what remains, notifies the hero and audits the reward', async () => {
    await setBudget(t.dataSource, shoesManager.id, quarter, 500);
    const hero = await staffIn(shoes);
    const heroSession = await signIn(t.http, hero.email);
    const story = await ownStory(heroSession, hero.id);

    const response = await reward(managerSession, { recipientId: hero.id, storyId: story.id, points: 120 });
    expect(response.status).toBe(201);
    expect(response.body.reward).toMatchObject({
      kind: 'points',
      points: 120,
      recipient: { id: hero.id },
      story: { id: story.id },
      revocable: true,
      revokedAt: null,
    });
    expect(response.body.budget).toMatchObject({ quarter: quarterLabel(quarter), points: 500, spent: 120, remaining: 380 });
    expect((await t.http.get('/api/budgets/mine').set(managerSession.auth)).body).toMatchObject({ points: 500, spent: 120, remaining: 380 });
    expect(await budgetOf(shoesManager.id)).toEqual({ points: 500, spent: 120 });

    const notifications = (await t.http.get('/api/notifications').set(heroSession.auth)).body.items;
    expect(notifications[0]).toMatchObject({ kind: 'rewarded', story: { id: story.id }, actor: { id: shoesManager.id } });
    expect((await t.http.get(`/api/stories/${story.id}`).set(heroSession.auth)).body.rewarded).toBe(true);
    const [audit] = await t.dataSource.query(`SELECT actor_id, before, after FROM audit_log WHERE action = 'reward.given' AND subject_id = $1`, [
      response.body.reward.id,
    ]);
    expect(audit).toMatchObject({
      actor_id: shoesManager.id,
      before: { budgetRemaining: 500 },
      after: { points: 120, recipientId: hero.id, budgetRemaining: 380 },
    });
    // The hero sees it in their ledger.
    expect((await t.http.get('/api/rewards').set(heroSession.auth)).body.items.map((r: { id: string }) => r.id)).toEqual([response.body.reward.id]);
  });

  it('refuses a reward that would overdraw the budget with 422 and the remaining points', async () => {
    const manager = await createEmployee(t.dataSource, { departmentId: shoes, role: 'manager', manages: [shoes] });
    const session = await signIn(t.http, manager.email);
    await setBudget(t.dataSource, manager.id, quarter, 100, 70);
    const hero = await staffIn(shoes);
    const refused = await reward(session, { recipientId: hero.id, points: 31 });
    expect(refused.status).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'budget_exceeded', remaining: 30, requested: 31, errors: [{ field: 'points' }] });
    expect(await budgetOf(manager.id)).toEqual({ points: 100, spent: 70 });
    expect((await reward(session, { recipientId: hero.id, points: 30 })).status).toBe(201);
    expect(await budgetOf(manager.id)).toEqual({ points: 100, spent: 100 });
    // Badges cost nothing, so an empty budget still allows them.
    expect((await reward(session, { recipientId: hero.id, kind: 'badge', badgeId: (await createBadge(t.dataSource)).id })).status).toBe(201);
  });

  // 20 concurrent rewards at the budget edge: OWASP API6 in owasp-top-10.api-spec.ts.

  it('keeps managers to their departments: the manager of Shoes cannot reward someone in Online Chat', async () => {
    await setBudget(t.dataSource, shoesManager.id, quarter, 10_000);
    const chatAgent = await staffIn(chat);
    const response = await reward(managerSession, { recipientId: chatAgent.id, points: 10 });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: 'recipient_out_of_scope', errors: [{ field: 'recipientId' }] });
    // An admin may reward anyone (from their own budget).
    await setBudget(t.dataSource, admin.id, quarter, 100);
    expect((await reward(adminSession, { recipientId: chatAgent.id, points: 10 })).status).toBe(201);
    // Staff cannot reward at all.
    const staff = await signIn(t.http, (await staffIn(shoes)).email);
    expect((await reward(staff, { recipientId: chatAgent.id, points: 0, kind: 'badge' })).status).toBe(403);
  });

  it('refuses self-rewards, leavers, strangers and bad input, naming the field', async () => {
    const leaver = await staffIn(shoes, { leftOn: '2025-01-31' });
    const hero = await staffIn(shoes);
    const cases: [Record<string, unknown>, number, string][] = [
      [{ recipientId: shoesManager.id, points: 5 }, 422, 'recipientId'],
      [{ recipientId: leaver.id, points: 5 }, 422, 'recipientId'],
      [{ recipientId: '00000000-0000-4000-8000-000000000000', points: 5 }, 422, 'recipientId'],
      [{ recipientId: 'not-a-uuid', points: 5 }, 400, 'recipientId'],
      [{ recipientId: hero.id, points: 10_001 }, 400, 'points'],
      [{ recipientId: hero.id, points: -1 }, 400, 'points'],
      [{ recipientId: hero.id, points: 1.5 }, 400, 'points'],
      [{ recipientId: hero.id, points: 0 }, 400, 'points'],
      [{ recipientId: hero.id, points: 5, citation: 'x'.repeat(1001) }, 400, 'citation'],
      [{ recipientId: hero.id, points: 5, citation: '   ' }, 400, 'citation'],
      [{ recipientId: hero.id, points: 5, kind: 'cash' }, 400, 'kind'],
      [{ recipientId: hero.id, points: 5, championPeriod: 'month' }, 400, 'championPeriod'],
      [{ recipientId: hero.id, points: 5, budget: 1_000_000 }, 400, 'budget'],
    ];
    for (const [body, status, field] of cases) {
      const response = await reward(managerSession, body);
      expect({ body, status: response.status, field: response.body.errors?.[0]?.field }).toEqual({ body, status, field });
    }
    const self = await reward(managerSession, { recipientId: shoesManager.id, points: 5 });
    expect(self.body.code).toBe('self_reward');
    expect((await reward(managerSession, { recipientId: leaver.id, points: 5 })).body.code).toBe('recipient_has_left');
  });

  it('rewards a story only to one of its heroes, and not when it is hidden', async () => {
    const [hero, other] = [await staffIn(shoes), await staffIn(shoes)];
    const heroSession = await signIn(t.http, hero.email);
    const story = await ownStory(heroSession, hero.id);
    expect((await reward(managerSession, { recipientId: other.id, storyId: story.id, kind: 'badge' })).body).toMatchObject({
      status: 422,
      code: 'recipient_not_a_hero',
    });
    await t.http.post(`/api/stories/${story.id}/hide`).set(managerSession.auth).send({ reason: 'Names a customer' }).expect(200);
    expect((await reward(managerSession, { recipientId: hero.id, storyId: story.id, kind: 'badge' })).body).toMatchObject({
      status: 422,
      code: 'story_not_rewardable',
    });
  });

  it('revokes within 24 hours: the points go back, the revoke is audited, a second revoke is a conflict', async () => {
    const manager = await createEmployee(t.dataSource, { departmentId: shoes, role: 'manager', manages: [shoes] });
    const session = await signIn(t.http, manager.email);
    await setBudget(t.dataSource, manager.id, quarter, 200);
    const hero = await staffIn(shoes);
    const given = (await reward(session, { recipientId: hero.id, points: 150 }).expect(201)).body.reward;
    expect(await budgetOf(manager.id)).toEqual({ points: 200, spent: 150 });

    // Another manager of the same department cannot revoke it; staff cannot either.
    const colleague = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId: shoes, role: 'manager', manages: [shoes] })).email);
    expect((await t.http.post(`/api/rewards/${given.id}/revoke`).set(colleague.auth).send({ reason: 'Wrong person' })).body).toMatchObject({
      status: 403,
      code: 'not_giver',
    });
    expect((await t.http.post(`/api/rewards/${given.id}/revoke`).set(session.auth).send({})).body).toMatchObject({
      status: 400,
      errors: [{ field: 'reason' }],
    });

    const revoked = await t.http.post(`/api/rewards/${given.id}/revoke`).set(session.auth).send({ reason: 'Meant for a colleague' });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ id: given.id, revokeReason: 'Meant for a colleague', revocable: false });
    expect(revoked.body.revokedAt).toEqual(expect.any(String));
    expect(await budgetOf(manager.id)).toEqual({ points: 200, spent: 0 });
    expect((await t.http.post(`/api/rewards/${given.id}/revoke`).set(session.auth).send({ reason: 'again' })).body).toMatchObject({
      status: 409,
      code: 'already_revoked',
    });
    const [audit] = await t.dataSource.query(`SELECT before, after FROM audit_log WHERE action = 'reward.revoked' AND subject_id = $1`, [given.id]);
    expect(audit).toMatchObject({ before: { revoked: false, points: 150 }, after: { revoked: true, reason: 'Meant for a colleague' } });
    // Rewards are never deleted: the revoked one is still in the ledger.
    expect((await t.http.get(`/api/rewards/${given.id}`).set(session.auth)).body.revokedAt).not.toBeNull();

    const old = (await reward(session, { recipientId: hero.id, points: 50 }).expect(201)).body.reward;
    await t.dataSource.query(`UPDATE rewards SET created_at = now() - interval '25 hours' WHERE id = $1`, [old.id]);
    expect((await t.http.post(`/api/rewards/${old.id}/revoke`).set(session.auth).send({ reason: 'Too late' })).body).toMatchObject({
      status: 422,
      code: 'revoke_window_closed',
    });
    expect(await budgetOf(manager.id)).toEqual({ points: 200, spent: 50 });
  });

  it('names one champion per department and period, public to everyone', async () => {
    const department = (await createDepartment(t.dataSource)).id;
    const manager = await createEmployee(t.dataSource, { departmentId: department, role: 'manager', manages: [department] });
    const session = await signIn(t.http, manager.email);
    const [first, second] = [await staffIn(department), await staffIn(department)];
    const month = periodStart('month', todayIn('UTC'));
    // A manager names this month's champion or last month's (earlier periods are an admin's).
    const lastMonth = periodStart('month', addDays(month, -1));
    const champion = await reward(session, { recipientId: first.id, kind: 'champion', championPeriod: 'month', citation: 'Champion of the month' });
    expect(champion.status).toBe(201);
    expect(champion.body.reward.champion).toMatchObject({ period: 'month', periodStart: month, department: { id: department } });

    const taken = await reward(session, { recipientId: second.id, kind: 'champion', championPeriod: 'month', periodStart: month, citation: 'Also great' });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('champion_taken');
    expect(taken.body.detail).toContain(first.name);
    // A quarter champion is a different title; a misaligned or future period is refused.
    expect((await reward(session, { recipientId: second.id, kind: 'champion', championPeriod: 'quarter', citation: 'Quarter' })).status).toBe(201);
    expect(
      (await reward(session, { recipientId: second.id, kind: 'champion', championPeriod: 'month', periodStart: '2026-02-02', citation: 'x' })).body,
    ).toMatchObject({ status: 400, code: 'period_start_misaligned' });
    expect(
      (await reward(session, { recipientId: second.id, kind: 'champion', championPeriod: 'month', periodStart: '2099-01-01', citation: 'x' })).body,
    ).toMatchObject({ status: 422, code: 'period_in_future' });
    expect(
      (await reward(session, { recipientId: second.id, kind: 'champion', championPeriod: 'month', periodStart: lastMonth, departmentId: shoes, citation: 'x' }))
        .body,
    ).toMatchObject({ status: 422, code: 'champion_department_mismatch' });

    // Concurrent nominations for a fresh period: exactly one wins.
    const racers = await Promise.all(
      [first, second, await staffIn(department), await staffIn(department)].map((p) =>
        reward(session, { recipientId: p.id, kind: 'champion', championPeriod: 'month', periodStart: lastMonth, citation: 'Last month' }),
      ),
    );
    expect(racers.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);

    const staff = await signIn(t.http, (await staffIn(chat)).email);
    const champions = (await t.http.get(`/api/rewards/champions?departmentId=${department}`).set(staff.auth)).body;
    expect(champions.map((c: { title: { period: string; periodStart: string } }) => `${c.title.period} ${c.title.periodStart}`)).toEqual(
      expect.arrayContaining([`month ${month}`, `month ${lastMonth}`]),
    );
    // …and the champion's badge shows on their story cards.
    const firstSession = await signIn(t.http, first.email);
    const story = await ownStory(firstSession, first.id);
    expect(story.heroes[0].champion).toMatchObject({ period: 'month', periodStart: month, department: { id: department } });
  });

  it('lets admins set and top up budgets, audited, never below what is spent', async () => {
    const manager = await createEmployee(t.dataSource, { departmentId: shoes, role: 'manager', manages: [shoes] });
    const label = quarterLabel(quarter);
    const set = await t.http.put('/api/budgets').set(adminSession.auth).send({ holderId: manager.id, quarter: label, points: 300 });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ holderId: manager.id, quarter: label, points: 300, spent: 0, remaining: 300 });
    const topped = await t.http
      .post('/api/budgets/top-ups')
      .set(adminSession.auth)
      .send({ holderId: manager.id, quarter: label, points: 200, note: 'Holiday season' });
    expect(topped.body).toMatchObject({ points: 500, remaining: 500 });
    const audit = await t.dataSource.query(`SELECT action, before, after FROM audit_log WHERE subject_id = $1 AND action LIKE 'budget.%' ORDER BY id`, [
      manager.id,
    ]);
    expect(audit).toEqual([
      expect.objectContaining({ action: 'budget.set', before: expect.objectContaining({ points: 0 }), after: expect.objectContaining({ points: 300 }) }),
      expect.objectContaining({
        action: 'budget.topped_up',
        before: expect.objectContaining({ points: 300 }),
        after: expect.objectContaining({ points: 500, added: 200, note: 'Holiday season' }),
      }),
    ]);
    await setBudget(t.dataSource, manager.id, quarter, 500, 400);
    expect((await t.http.put('/api/budgets').set(adminSession.auth).send({ holderId: manager.id, quarter: label, points: 399 })).body).toMatchObject({
      status: 422,
      code: 'budget_below_spent',
      spent: 400,
    });
    expect((await t.http.put('/api/budgets').set(adminSession.auth).send({ holderId: manager.id, quarter: '2026-Q5', points: 1 })).body).toMatchObject({
      status: 400,
      errors: [{ field: 'quarter' }],
    });
    const staff = await staffIn(shoes);
    expect((await t.http.put('/api/budgets').set(adminSession.auth).send({ holderId: staff.id, quarter: label, points: 1 })).body).toMatchObject({
      status: 422,
      code: 'not_a_budget_holder',
    });
    expect((await t.http.put('/api/budgets').set(managerSession.auth).send({ holderId: shoesManager.id, quarter: label, points: 1_000_000 })).status).toBe(403);
    const list = (await t.http.get(`/api/budgets?quarter=${label}`).set(adminSession.auth)).body as { holderId: string; points: number }[];
    expect(list.find((b) => b.holderId === manager.id)).toMatchObject({ points: 500 });
    expect(list.some((b) => b.holderId === staff.id)).toBe(false);
  });

  it('shows each person the part of the ledger that is theirs', async () => {
    const department = (await createDepartment(t.dataSource)).id;
    const manager = await createEmployee(t.dataSource, { departmentId: department, role: 'manager', manages: [department] });
    const session = await signIn(t.http, manager.email);
    const hero = await staffIn(department);
    const given = (
      await reward(session, {
        recipientId: hero.id,
        kind: 'badge',
        badgeId: (await createBadge(t.dataSource)).id,
        citation: 'A calm voice on a hard call',
      }).expect(201)
    ).body.reward;
    const outsider = await signIn(t.http, (await staffIn(department)).email);
    expect((await t.http.get(`/api/rewards/${given.id}`).set(outsider.auth)).status).toBe(404);
    expect((await t.http.get(`/api/rewards?recipientId=${hero.id}`).set(outsider.auth)).body.items).toEqual([]);
    // The manager of Shoes does not see another department's ledger.
    expect((await t.http.get(`/api/rewards?recipientId=${hero.id}`).set(managerSession.auth)).body.items).toEqual([]);
    expect((await t.http.get(`/api/rewards?recipientId=${hero.id}`).set(adminSession.auth)).body.items.map((r: { id: string }) => r.id)).toEqual([given.id]);
  });
});
