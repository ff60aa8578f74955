import { parse } from 'csv-parse/sync';
import { periodStart, quarterLabel, todayIn } from '../../server/src/common/calendar';
import { createDepartment, createEmployee, setBudget, signIn, SignedIn, TestEmployee } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';

interface Entry {
  id: string;
  at: string;
  actor: { id: string | null; name: string };
  action: string;
  actionLabel: string;
  subject: { type: string; typeLabel: string; id: string; name: string | null };
  changes: { field: string; before: string | null; after: string | null }[];
}

const ZONE = 'America/New_York';

/** The admins' audit log through the real HTTP API: what an admin did shows up with who, what and when, filtered and paged. */
describe('the audit log', () => {
  let t: TestApp;
  let admin: TestEmployee;
  let otherAdmin: TestEmployee;
  let holder: TestEmployee;
  let as: { admin: SignedIn; otherAdmin: SignedIn; manager: SignedIn; staff: SignedIn };
  const today = todayIn(ZONE);
  const quarter = quarterLabel(today);

  beforeAll(async () => {
    // A company a few hours behind UTC: a day of the filter starts at the company's midnight, not at UTC's.
    t = await startTestApp({ COMPANY_TIME_ZONE: ZONE });
    const department = (await createDepartment(t.dataSource)).id;
    admin = await createEmployee(t.dataSource, { departmentId: department, role: 'admin', name: `Audit Admin ${Date.now()}` });
    otherAdmin = await createEmployee(t.dataSource, { departmentId: department, role: 'admin' });
    holder = await createEmployee(t.dataSource, { departmentId: department, role: 'manager', manages: [department] });
    const staff = await createEmployee(t.dataSource, { departmentId: department });
    as = {
      admin: await signIn(t.http, admin.email),
      otherAdmin: await signIn(t.http, otherAdmin.email),
      manager: await signIn(t.http, holder.email),
      staff: await signIn(t.http, staff.email),
    };
    await setBudget(t.dataSource, holder.id, periodStart('quarter', today), 1000);
  });
  afterAll(async () => {
    await t?.close();
  });

  const list = async (query: Record<string, string | string[]>, session = as.admin) =>
    (await t.http.get('/api/audit').query(query).set(session.auth).expect(200)).body as { items: Entry[]; nextCursor: string | null; count: number | null };
  /** An entry written at a chosen instant, as the services write them, for the date and paging checks. */
  const entryAt = async (actorId: string, at: string, action = 'value.updated', subjectId = holder.id) =>
    t.dataSource.query(`INSERT INTO audit_log (actor_id, action, subject_type, subject_id, after, created_at) VALUES ($1, $2, 'employee', $3, '{}', $4)`, [
      actorId,
      action,
      subjectId,
      at,
    ]);

  it("shows an admin's budget change with who did it, what it was in words, the person it was about, and when", async () => {
    const before = Date.now();
    await t.http.post('/api/budgets/top-ups').set(as.admin.auth).send({ holderId: holder.id, quarter, points: 250, note: 'Holiday rush' }).expect(200);
    const page = await list({ actorId: admin.id });
    expect(page.count).toBe(1);
    expect(page.items).toEqual([
      expect.objectContaining({
        actor: { id: admin.id, name: admin.name },
        action: 'budget.topped_up',
        actionLabel: 'Topped up a quarterly reward budget',
        subject: { type: 'employee', typeLabel: 'Person', id: holder.id, name: holder.name },
        changes: expect.arrayContaining([
          { field: 'added', before: null, after: '250' },
          { field: 'note', before: null, after: 'Holiday rush' },
          { field: 'points', before: '1000', after: '1250' },
        ]),
      }),
    ]);
    const at = Date.parse(page.items[0].at);
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('narrows to one actor, to chosen actions and to days of the company calendar', async () => {
    await t.http.put('/api/budgets').set(as.otherAdmin.auth).send({ holderId: holder.id, quarter, points: 2000 }).expect(200);
    await t.http.post('/api/budgets/top-ups').set(as.otherAdmin.auth).send({ holderId: holder.id, quarter, points: 5 }).expect(200);
    // 02:30 UTC on 11 March is still 10 March in New York; 05:30 UTC is the 11th there.
    await entryAt(otherAdmin.id, '2025-03-11T02:30:00Z');
    await entryAt(otherAdmin.id, '2025-03-11T05:30:00Z');
    await entryAt(otherAdmin.id, '2025-03-12T12:00:00Z', 'value.retired');

    const mine = await list({ actorId: otherAdmin.id });
    expect(mine.items.map((e) => e.action)).toEqual(['budget.topped_up', 'budget.set', 'value.retired', 'value.updated', 'value.updated']);
    expect(mine.items.every((e) => e.actor.id === otherAdmin.id)).toBe(true);

    const setOnly = await list({ actorId: otherAdmin.id, action: 'budget.set' });
    expect(setOnly.items.map((e) => e.action)).toEqual(['budget.set']);
    expect(setOnly.items[0].changes).toContainEqual({ field: 'points', before: expect.any(String), after: '2000' });
    const both = await list({ actorId: otherAdmin.id, action: ['budget.set', 'value.retired'] });
    expect(both.items.map((e) => e.action)).toEqual(['budget.set', 'value.retired']);

    const tenth = await list({ actorId: otherAdmin.id, from: '2025-03-10', to: '2025-03-10' });
    expect(tenth.items.map((e) => e.at)).toEqual(['2025-03-11T02:30:00.000Z']);
    const eleventhOn = await list({ actorId: otherAdmin.id, from: '2025-03-11', to: '2025-03-12' });
    expect(eleventhOn.items.map((e) => e.at)).toEqual(['2025-03-12T12:00:00.000Z', '2025-03-11T05:30:00.000Z']);
    const upToThe12th = await list({ actorId: otherAdmin.id, to: '2025-03-12' });
    expect(upToThe12th.count).toBe(3);
    const fromToday = await list({ actorId: otherAdmin.id, from: today });
    expect(fromToday.items.map((e) => e.action)).toEqual(['budget.topped_up', 'budget.set']);
  });

  it('pages newest first, each entry once and none missed, even when entries share one instant', async () => {
    const pager = await createEmployee(t.dataSource, { departmentId: admin.departmentId, role: 'admin' });
    // Seven written in one transaction share their time; the order between them is the id.
    for (let i = 0; i < 7; i++) await entryAt(pager.id, '2026-01-05T10:00:00.123456Z');
    for (let i = 0; i < 16; i++) await entryAt(pager.id, `2026-01-0${1 + (i % 4)}T0${i % 10}:00:00.00000${i % 7}Z`);
    const expected: { id: string }[] = await t.dataSource.query(
      'SELECT a.id::text AS id FROM audit_log a WHERE a.actor_id = $1 ORDER BY a.created_at DESC, a.id DESC',
      [pager.id],
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await list({ actorId: pager.id, limit: '5', ...(cursor ? { cursor } : {}) });
      if (pages === 0) expect(page.count).toBe(23);
      else expect(page.count).toBeNull();
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(5);
    expect(seen).toEqual(expected.map((r) => r.id));
  });

  it('exports the filtered entries as CSV with a header, one row per entry, ISO times and a byte-order mark', async () => {
    const exporter = await createEmployee(t.dataSource, { departmentId: admin.departmentId, role: 'admin', name: `Zoë Exporter ${Date.now()}` });
    await entryAt(exporter.id, '2025-03-11T02:30:00Z');
    await t.http
      .put('/api/budgets')
      .set((await signIn(t.http, exporter.email)).auth)
      .send({ holderId: holder.id, quarter, points: 3000 })
      .expect(200);
    const response = await t.http.get('/api/audit/export').query({ actorId: exporter.id }).set(as.admin.auth).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(response.text.startsWith('\uFEFF')).toBe(true);
    const rows: string[][] = parse(response.text.slice(1));
    expect(rows[0]).toEqual(['When', 'Who', 'What', 'Subject type', 'Subject', 'Subject id', 'Action code', 'Changes']);
    expect(rows).toHaveLength(3);
    expect(rows[1].slice(1, 7)).toEqual([exporter.name, 'Set a quarterly reward budget', 'Person', holder.name, holder.id, 'budget.set']);
    expect(rows[1][0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(rows[1][7]).toContain(`quarter: ${quarter}`);
    expect(rows[1][7]).toMatch(/points: \d+ → 3000/);
    expect(rows[2].slice(0, 3)).toEqual(['2025-03-11T02:30:00.000Z', exporter.name, 'Edited a company value']);
    const onlySet = parse(
      (await t.http.get('/api/audit/export').query({ actorId: exporter.id, action: 'budget.set' }).set(as.admin.auth).expect(200)).text.slice(1),
    );
    expect(onlySet.map((r: string[]) => r[6])).toEqual(['Action code', 'budget.set']);
  });

  it('lists the action kinds with their words for the filter', async () => {
    const actions = (await t.http.get('/api/audit/actions').set(as.admin.auth).expect(200)).body as { action: string; label: string }[];
    expect(actions).toContainEqual({ action: 'budget.set', label: 'Set a quarterly reward budget' });
    expect(actions).toContainEqual({ action: 'employee.role_changed', label: 'Changed a person’s role' });
  });

  it('is for admins only: staff and managers are refused', async () => {
    for (const session of [as.staff, as.manager]) {
      await t.http.get('/api/audit').set(session.auth).expect(403);
      await t.http.get('/api/audit/export').set(session.auth).expect(403);
      await t.http.get('/api/audit/actions').set(session.auth).expect(403);
    }
    await t.http.get('/api/audit').expect(401);
  });

  it.each([
    [{ actorId: 'someone' }, 'actorId'],
    [{ action: 'budget.stolen' }, 'action'],
    [{ subjectType: 'planet' }, 'subjectType'],
    [{ from: '2025-02-30' }, 'from'],
    [{ to: '12/03/2025' }, 'to'],
    [{ from: '2025-03-12', to: '2025-03-11' }, 'from'],
    [{ limit: '0' }, 'limit'],
    [{ limit: '500' }, 'limit'],
    [{ cursor: 'not-a-cursor' }, 'cursor'],
    [{ cursor: Buffer.from(JSON.stringify(['2026-02-30T10:00:00.000000Z', '1'])).toString('base64url') }, 'cursor'],
    [{ cursor: Buffer.from(JSON.stringify(['2026-01-30T10:00:00.000000Z', '1; DROP'])).toString('base64url') }, 'cursor'],
    [{ colour: 'red' }, 'colour'],
  ])('refuses %j with a 400 naming %s', async (query, field) => {
    for (const path of ['/api/audit', '/api/audit/export']) {
      if (path.endsWith('export') && ('cursor' in query || 'limit' in query)) continue;
      const response = await t.http.get(path).query(query).set(as.admin.auth).expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
  });
});
