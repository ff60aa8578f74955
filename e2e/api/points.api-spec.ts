import { addDays, periodStart, todayIn } from '../../server/src/common/calendar';
import { expiryDate } from '../../server/src/points/points.policy';
import { PointsService } from '../../server/src/points/points.service';
import { POINTS_BALANCE_DIFFERENCES_SQL } from '../../server/src/points/points.sql';
import { createDepartment, createEmployee, setBudget, signIn, SignedIn, TestEmployee } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';
import { createSiblingDatabase, TestDatabase } from '../../server/test/test-database';

/**
 * Points settings are company-wide, so this file runs on a database of its own: expiry on a fixed clock,
 * leavers' points, who may see a balance, and the points leaderboard as a company setting.
 */
describe('points: expiry, leavers and privacy', () => {
  let database: TestDatabase;
  let t: TestApp;
  let points: PointsService;
  let shoes: string;
  let chat: string;
  let admin: TestEmployee;
  let shoesManager: TestEmployee;
  let chatManager: TestEmployee;
  let as: { admin: SignedIn; shoesManager: SignedIn; chatManager: SignedIn };
  const today = todayIn('UTC');
  const quarter = periodStart('quarter', today);

  beforeAll(async () => {
    database = await createSiblingDatabase('heroics_points');
    t = await startTestApp({ DB_POOL_SIZE: '6' }, {}, database.url);
    points = t.app.get(PointsService);
    shoes = (await createDepartment(t.dataSource)).id;
    chat = (await createDepartment(t.dataSource)).id;
    admin = await createEmployee(t.dataSource, { departmentId: chat, role: 'admin' });
    shoesManager = await createEmployee(t.dataSource, { departmentId: shoes, role: 'manager', manages: [shoes] });
    chatManager = await createEmployee(t.dataSource, { departmentId: chat, role: 'manager', manages: [chat] });
    as = {
      admin: await signIn(t.http, admin.email),
      shoesManager: await signIn(t.http, shoesManager.email),
      chatManager: await signIn(t.http, chatManager.email),
    };
    await setBudget(t.dataSource, shoesManager.id, quarter, 100_000);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  const rewarded = async (amount: number) => {
    const person = await createEmployee(t.dataSource, { departmentId: shoes });
    await t.http
      .post('/api/rewards')
      .set(as.shoesManager.auth)
      .send({ recipientId: person.id, kind: 'points', points: amount, citation: 'Thank you.' })
      .expect(201);
    return { person, session: await signIn(t.http, person.email) };
  };
  const settings = (body: Record<string, unknown>) => t.http.put('/api/points/settings').set(as.admin.auth).send(body).expect(200);
  const balanceOf = async (id: string) => (await t.dataSource.query('SELECT balance FROM points_accounts WHERE employee_id = $1', [id]))[0].balance as number;

  it('shows a person’s balance and ledger to them, their managers and admins, and to nobody else', async () => {
    const { person, session } = await rewarded(80);
    const colleague = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId: shoes })).email);
    const cases: [string, SignedIn, number][] = [
      ['the person', session, 200],
      ['their department’s manager', as.shoesManager, 200],
      ['an admin', as.admin, 200],
      ['a colleague', colleague, 403],
      ['another department’s manager', as.chatManager, 403],
    ];
    for (const [who, viewer, status] of cases) {
      for (const path of ['/api/points', '/api/points/ledger']) {
        const response = await t.http.get(path).query({ employeeId: person.id }).set(viewer.auth);
        expect({ who, path, status: response.status, code: response.body.code }).toEqual({
          who,
          path,
          status,
          code: status === 403 ? 'points_not_visible' : undefined,
        });
      }
    }
    expect((await t.http.get('/api/points').query({ employeeId: person.id }).set(as.shoesManager.auth)).body.balance).toBe(80);
    // The person's own id in capitals is still theirs; a colleague's in capitals is still not.
    expect((await t.http.get('/api/points').query({ employeeId: person.id.toUpperCase() }).set(session.auth)).body.balance).toBe(80);
    expect((await t.http.get('/api/points').query({ employeeId: person.id.toUpperCase() }).set(colleague.auth)).status).toBe(403);
  });

  it('keeps the points leaderboard private until the company opts in; stories, endorsements and score stay public', async () => {
    await rewarded(40);
    const staff = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId: chat })).email);
    expect((await t.http.get('/api/points/settings').set(staff.auth)).body).toEqual({ expiryMonths: null, leaderboardPublic: false, leaverGraceDays: 90 });
    const refused = await t.http.get('/api/leaderboards').query({ metric: 'points' }).set(staff.auth);
    expect([refused.status, refused.body.code]).toEqual([403, 'points_leaderboard_private']);
    const score = (await t.http.get('/api/leaderboards').query({ metric: 'score' }).set(staff.auth).expect(200)).body;
    expect(score.pointsPublic).toBe(false);
    expect(score.items.length).toBeGreaterThan(0);
    expect(score.items.every((e: { pointsReceived: number | null }) => e.pointsReceived === null)).toBe(true);
    for (const metric of ['stories', 'endorsements']) expect((await t.http.get('/api/leaderboards').query({ metric }).set(staff.auth)).status).toBe(200);

    await settings({ leaderboardPublic: true });
    const open = (await t.http.get('/api/leaderboards').query({ metric: 'points' }).set(staff.auth).expect(200)).body;
    expect(open.items.some((e: { pointsReceived: number | null }) => e.pointsReceived === 40)).toBe(true);
    const [audit] = await t.dataSource.query(`SELECT before, after FROM audit_log WHERE action = 'points.settings_changed' ORDER BY id DESC LIMIT 1`);
    expect(audit).toMatchObject({ before: { leaderboardPublic: false }, after: { leaderboardPublic: true } });
    await settings({ leaderboardPublic: false });
    const bad = await t.http.put('/api/points/settings').set(as.admin.auth).send({ expiryMonths: 1.5 });
    expect([bad.status, bad.body.errors[0].field]).toEqual([400, 'expiryMonths']);
  });

  it('expires points N months after they were received on a fixed clock, shows it in advance, and runs once per day', async () => {
    await settings({ expiryMonths: 12 });
    const { person, session } = await rewarded(170);
    const item = (await t.http.post('/api/catalogue').set(as.admin.auth).send({ title: 'Coffee card', category: 'gift_card', cost: 50 }).expect(201)).body;
    await t.http.post('/api/redemptions').set(session.auth).send({ itemId: item.id }).expect(201);
    const expiresOn = expiryDate(today, 12);
    expect((await t.http.get('/api/points').set(session.auth)).body.upcomingExpiry).toEqual([{ expiresOn, points: 120 }]);

    expect(await points.expirePoints(new Date(`${addDays(expiresOn, -1)}T12:00:00Z`))).toMatchObject({ points: 0 });
    expect(await balanceOf(person.id)).toBe(120);
    const run = await points.expirePoints(new Date(`${expiresOn}T00:30:00Z`));
    expect(run.points).toBeGreaterThanOrEqual(120);
    expect(await balanceOf(person.id)).toBe(0);
    expect((await points.expirePoints(new Date(`${expiresOn}T23:00:00Z`))).points).toBe(0);
    const ledger = (await t.http.get('/api/points/ledger').set(session.auth)).body.items;
    expect(ledger.map((e: { kind: string; points: number }) => `${e.kind} ${e.points}`)).toEqual(['expiry -120', 'redemption -50', 'reward 170']);
    expect(ledger[0].description).toBe('Expired: Received more than 12 months ago');
    expect(await t.dataSource.query(POINTS_BALANCE_DIFFERENCES_SQL)).toEqual([]);
    await settings({ expiryMonths: null });
  });

  it('keeps a leaver’s unspent points for the grace days after their last day, then expires them', async () => {
    await settings({ leaverGraceDays: 30 });
    const { person } = await rewarded(90);
    await t.http.post(`/api/employees/${person.id}/departure`).set(as.admin.auth).send({ leftOn: today, reason: 'voluntary' }).expect(200);
    expect((await t.http.get('/api/points').query({ employeeId: person.id }).set(as.admin.auth)).body).toMatchObject({
      balance: 90,
      leaverExpiresOn: addDays(today, 30),
    });
    await points.expirePoints(new Date(`${addDays(today, 29)}T12:00:00Z`));
    expect(await balanceOf(person.id)).toBe(90);
    await points.expirePoints(new Date(`${addDays(today, 30)}T12:00:00Z`));
    expect(await balanceOf(person.id)).toBe(0);
    const [audit] = await t.dataSource.query(`SELECT after FROM audit_log WHERE action = 'points.expired' AND subject_id = $1`, [person.id]);
    expect(audit.after).toMatchObject({ expired: 90, balance: 0 });
    expect(await t.dataSource.query(POINTS_BALANCE_DIFFERENCES_SQL)).toEqual([]);
  });

  it('reads the balance from the person’s account row, never a sum over the ledger, and the check names a row that drifted', async () => {
    const { person, session } = await rewarded(30);
    for (let i = 0; i < 5; i++) {
      await t.http.post('/api/rewards').set(as.shoesManager.auth).send({ recipientId: person.id, kind: 'points', points: 2, citation: 'Again.' }).expect(201);
    }
    expect((await t.http.get('/api/points').set(session.auth)).body.balance).toBe(40);
    // The account row alone answers the read: nudge it by hand and the read follows, while the ledger still says 40.
    await t.dataSource.query('UPDATE points_accounts SET balance = balance + 7 WHERE employee_id = $1', [person.id]);
    expect((await t.http.get('/api/points').set(session.auth)).body.balance).toBe(47);
    expect(await t.dataSource.query(POINTS_BALANCE_DIFFERENCES_SQL)).toEqual([
      expect.objectContaining({ employeeId: person.id, balance: 47, ledger: 40, sources: 40 }),
    ]);
    await t.dataSource.query('UPDATE points_accounts SET balance = balance - 7 WHERE employee_id = $1', [person.id]);
    expect(await t.dataSource.query(POINTS_BALANCE_DIFFERENCES_SQL)).toEqual([]);
  });
});
