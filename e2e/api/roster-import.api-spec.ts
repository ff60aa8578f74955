import { parse } from 'csv-parse/sync';
import { createDepartment, createEmployee, signIn, SignedIn, TestEmployee, uniqueSuffix } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';

const HEADER = 'name,email,department,role,title,managerEmail,hiredOn,leftOn,leaveReason';

describe('roster import and export', () => {
  let t: TestApp;
  let department: { id: string; name: string };
  let admin: TestEmployee;
  let as: Record<'admin' | 'manager' | 'staff', SignedIn>;

  beforeAll(async () => {
    t = await startTestApp();
    department = await createDepartment(t.dataSource);
    admin = await createEmployee(t.dataSource, { departmentId: department.id, role: 'admin' });
    const manager = await createEmployee(t.dataSource, { departmentId: department.id, role: 'manager', manages: [department.id] });
    const staff = await createEmployee(t.dataSource, { departmentId: department.id });
    as = { admin: await signIn(t.http, admin.email), manager: await signIn(t.http, manager.email), staff: await signIn(t.http, staff.email) };
  });
  afterAll(() => t.close());

  const upload = (csv: string | Buffer, query: Record<string, unknown> = {}, session = as.admin, type = 'text/csv') =>
    t.http.post('/api/employees/import').query(query).set(session.auth).set('Content-Type', type).send(csv);
  const email = (name: string) => `${name}.${uniqueSuffix()}@import.test`;
  const count = async (emails: string[]) => Number((await t.dataSource.query('SELECT count(*) FROM employees WHERE email = ANY($1)', [emails]))[0].count);

  it('dry-runs without changing anything, then applies creates, updates, a departure and reporting lines in one go', async () => {
    const team = await createDepartment(t.dataSource);
    const existing = await createEmployee(t.dataSource, { departmentId: team.id, hiredOn: '2019-04-01' });
    const leaving = await createEmployee(t.dataSource, { departmentId: team.id, role: 'manager', manages: [team.id], hiredOn: '2018-01-01' });
    const leavingSession = await signIn(t.http, leaving.email);
    const lead = email('lead');
    const agent = email('agent');
    const csv = [
      HEADER,
      `"Okafor, Grace",${lead},${team.name},manager,Team Lead,,2016-02-29,,`,
      `Ana Agent,${agent},${team.name.toUpperCase()},,"Chat ""Ninja""",${lead},2025-01-31,,`,
      `${existing.name},${existing.email},${team.name},staff,Senior Associate,${lead},2019-04-01,,`,
      `${leaving.name},${leaving.email.toUpperCase()},${team.name},manager,Associate,,2018-01-01,2026-10-31,voluntary`,
    ].join('\r\n');

    const dryRun = await upload(csv).expect(200);
    expect(dryRun.body).toMatchObject({
      applied: false,
      valid: true,
      errors: [],
      summary: { rows: 4, creates: 2, updates: 1, departures: 1, unchanged: 0, rowsWithErrors: 0 },
    });
    expect(dryRun.body.rows.map((r: { row: number; action: string }) => [r.row, r.action])).toEqual([
      [2, 'create'],
      [3, 'create'],
      [4, 'update'],
      [5, 'depart'],
    ]);
    expect(dryRun.body.rows[2].changes).toEqual(['title', 'managerEmail']);
    expect(await count([lead, agent])).toBe(0);
    expect((await t.dataSource.query('SELECT left_on FROM employees WHERE id = $1', [leaving.id]))[0].left_on).toBeNull();

    const applied = await upload(csv, { apply: true }).expect(200);
    expect(applied.body).toMatchObject({ applied: true, summary: { creates: 2, updates: 1, departures: 1 } });
    const rows = await t.dataSource.query(
      `SELECT e.name, e.email, e.role, e.job_title, to_char(e.hired_on, 'YYYY-MM-DD') AS hired, to_char(e.left_on, 'YYYY-MM-DD') AS left_on, e.leave_reason, m.email AS manager
         FROM employees e LEFT JOIN employees m ON m.id = e.manager_id WHERE e.department_id = $1 ORDER BY e.hired_on`,
      [team.id],
    );
    expect(rows).toEqual([
      { name: 'Okafor, Grace', email: lead, role: 'manager', job_title: 'Team Lead', hired: '2016-02-29', left_on: null, leave_reason: null, manager: null },
      {
        name: leaving.name,
        email: leaving.email,
        role: 'manager',
        job_title: 'Associate',
        hired: '2018-01-01',
        left_on: '2026-10-31',
        leave_reason: 'voluntary',
        manager: null,
      },
      {
        name: existing.name,
        email: existing.email,
        role: 'staff',
        job_title: 'Senior Associate',
        hired: '2019-04-01',
        left_on: null,
        leave_reason: null,
        manager: lead,
      },
      { name: 'Ana Agent', email: agent, role: 'staff', job_title: 'Chat "Ninja"', hired: '2025-01-31', left_on: null, leave_reason: null, manager: lead },
    ]);
    // The departure ends the person's sessions and their management of departments, as a departure by hand does.
    expect((await t.dataSource.query('SELECT 1 FROM department_managers WHERE employee_id = $1', [leaving.id])).length).toBe(0);
    await t.http.get('/api/me').set(leavingSession.auth).expect(401);
    const [audit] = await t.dataSource.query(`SELECT after FROM audit_log WHERE action = 'roster.imported' AND actor_id = $1 ORDER BY id LIMIT 1`, [admin.id]);
    expect(audit.after).toMatchObject({
      summary: { creates: 2, updates: 1, departures: 1 },
      created: [lead, agent],
      departed: [{ email: leaving.email, leftOn: '2026-10-31' }],
    });

    // The same file again changes nothing.
    const again = await upload(csv).expect(200);
    expect(again.body.summary).toMatchObject({ unchanged: 4, creates: 0, updates: 0, departures: 0 });
  });

  it('is all or nothing: one bad row and nothing is written, with the errors named by row and field', async () => {
    const good = email('good');
    const csv = [
      HEADER,
      `Good Row,${good},${department.name},,,,2020-01-01,,`,
      `Bad Row,${email('bad')},${department.name},,,,2020-01-10,2020-01-01,voluntary`,
    ].join('\n');
    const response = await upload(csv, { apply: 'true' }).expect(422);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ code: 'roster_invalid', errors: [{ field: 'row[3].leftOn', message: expect.stringContaining('before hiredOn') }] });
    expect(response.body.report.errors).toEqual([{ row: 3, field: 'leftOn', message: expect.any(String) }]);
    expect(await count([good])).toBe(0);
  });

  it('reports duplicate emails, unknown departments and managers, bad dates and roles as row errors, never a 500', async () => {
    const dup = email('dup');
    const csv = [
      HEADER,
      `One,${dup},${department.name},,,,2020-01-01,,`,
      `Two,${dup.toUpperCase()},${department.name},,,,2020-01-01,,`,
      `Three,${email('three')},No Such Department ${uniqueSuffix()},,,,2020-01-01,,`,
      `Four,${email('four')},${department.name},,,nobody@nowhere.test,2020-01-01,,`,
      `Five,${email('five')},${department.name},,,,2021-02-29,,`,
      `Six,${email('six')},${department.name},owner,,,2021-01-01,,`,
      `Seven,${admin.email},${department.name},staff,,,2021-01-01,,`,
    ].join('\n');
    const response = await upload(csv).expect(200);
    expect(response.body.valid).toBe(false);
    expect(response.body.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)).toEqual([
      '3:email',
      '4:department',
      '5:managerEmail',
      '6:hiredOn',
      '7:role',
      '8:role',
    ]);
  });

  it('creates unknown departments only with createDepartments=true', async () => {
    const name = `Pop-up Store ${uniqueSuffix()}`;
    const person = email('popup');
    const csv = `${HEADER}\nPop Up,${person},${name},,,,2024-05-01,,\n`;
    const refused = (await upload(csv, { apply: true }).expect(422)).body.report.errors[0];
    expect(refused).toMatchObject({ field: 'department', message: expect.stringContaining('choose "Create departments that do not exist yet"') });
    expect(refused.message).not.toContain('createDepartments');
    const response = await upload(csv, { apply: true, createDepartments: true }).expect(200);
    expect(response.body.newDepartments).toEqual([name]);
    expect((await t.dataSource.query('SELECT d.name FROM employees e JOIN departments d ON d.id = e.department_id WHERE e.email = $1', [person]))[0].name).toBe(
      name,
    );
  });

  it('answers 4xx with problem details for files that are not a roster CSV', async () => {
    const cases: [string | Buffer, number, string][] = [
      ['', 400, 'body'],
      [`${HEADER}\n`, 400, 'body'],
      [`${HEADER}\n"unterminated,a@b.test,X,,,,2020-01-01,,`, 400, 'body'],
      ['name,email,shoe size\nA,a@b.test,9', 400, 'header'],
      [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), 400, 'body'],
    ];
    for (const [body, status, field] of cases) {
      const response = await upload(body).expect(status);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.errors[0].field).toBe(field);
    }
    const json = await t.http.post('/api/employees/import').set(as.admin.auth).send({ rows: [] }).expect(400);
    expect(json.body.errors[0].field).toBe('body');
    await upload('x', {}, as.admin, 'multipart/form-data; boundary=x').expect(415);
    // A file over 5 MiB (413): OWASP API4 in owasp-top-10.api-spec.ts.
    // Other routes do not take CSV.
    await t.http.post('/api/employees').set(as.admin.auth).set('Content-Type', 'text/csv').send('name\nX').expect(400);
    expect((await upload(`${HEADER}\nA,a@b.test,X,,,,2020-01-01,,`, { apply: 'maybe' }).expect(400)).body.errors[0].field).toBe('apply');
  });

  it('is for admins only', async () => {
    await upload(`${HEADER}\n`, {}, as.manager).expect(403);
    await upload(`${HEADER}\n`, {}, as.staff).expect(403);
    await t.http.get('/api/employees/export').set(as.manager.auth).expect(403);
    await t.http.post('/api/employees/import').set('Content-Type', 'text/csv').send(HEADER).expect(401);
  });

  it('exports the same format, which imports back unchanged (quotes, commas and formula cells included)', async () => {
    const team = await createDepartment(t.dataSource);
    const boss = await createEmployee(t.dataSource, { departmentId: team.id, name: 'Bell, "Marcus"' });
    const odd = await createEmployee(t.dataSource, { departmentId: team.id, name: '=cmd|calc', leftOn: '2024-05-31' });
    await t.dataSource.query('UPDATE employees SET manager_id = $1 WHERE id = $2', [boss.id, odd.id]);
    const response = await t.http.get('/api/employees/export').set(as.admin.auth).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="roster-\d{4}-\d{2}-\d{2}\.csv"$/);
    // A byte-order mark first, for Excel; the import reads it back.
    expect(response.text.startsWith('\uFEFF')).toBe(true);
    const [header, ...records]: string[][] = parse(response.text, { bom: true });
    expect(header.join(',')).toBe(`${HEADER},employeeNumber`);
    const ours = records.filter((r) => r[2] === team.name);
    expect(ours).toContainEqual([`'=cmd|calc`, odd.email, team.name, 'staff', 'Associate', boss.email, '2020-01-15', '2024-05-31', 'voluntary', '']);
    expect(response.text).toContain('"Bell, ""Marcus"""');
    const subset = [header, ...ours].map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n');
    const back = await upload(`\uFEFF${subset}`).expect(200);
    expect(back.body.summary).toMatchObject({ rows: 2, unchanged: 2, rowsWithErrors: 0 });
  });

  it('records many departures in one import, each as a departure by hand is: sessions, management, audit, reports', async () => {
    const team = await createDepartment(t.dataSource);
    const lead = await createEmployee(t.dataSource, { departmentId: team.id, role: 'manager', manages: [team.id], hiredOn: '2015-03-01' });
    const member = await createEmployee(t.dataSource, { departmentId: team.id, hiredOn: '2015-03-01' });
    const sessions = [await signIn(t.http, lead.email), await signIn(t.http, member.email)];
    const tag = uniqueSuffix();
    const others = Array.from({ length: 600 }, (_, i) => ({ name: `Leaver ${i}`, email: `leaver${i}.${tag}@bulk.test` }));
    const row = (p: { name: string; email: string }, role: string, left: string) => `${p.name},${p.email},${team.name},${role},Associate,,2015-03-01,${left}`;
    await upload([HEADER, ...others.map((p) => row(p, 'staff', ','))].join('\n'), { apply: true }).expect(200);
    const headcount = async () =>
      (await t.http.get('/api/reports/tenure').query({ departmentId: team.id }).set(as.admin.auth).expect(200)).body.total.headcount;
    expect(await headcount()).toBe(602);

    const leaving = [
      row(lead, 'manager', '2026-01-30,voluntary'),
      row(member, 'staff', '2026-01-30,involuntary'),
      ...others.map((p) => row(p, 'staff', '2026-01-30,other')),
    ];
    const applied = await upload([HEADER, ...leaving].join('\n'), { apply: true }).expect(200);
    expect(applied.body.summary).toMatchObject({ rows: 602, departures: 602, updates: 0, rowsWithErrors: 0 });

    expect(await headcount()).toBe(0);
    for (const session of sessions) await t.http.get('/api/me').set(session.auth).expect(401);
    expect((await t.dataSource.query('SELECT 1 FROM department_managers WHERE department_id = $1', [team.id])).length).toBe(0);
    const departed = await t.dataSource.query(
      `SELECT a.actor_id AS "actorId", a.after->>'leaveReason' AS reason FROM audit_log a JOIN employees e ON e.id = a.subject_id
        WHERE a.action = 'employee.departed' AND e.department_id = $1`,
      [team.id],
    );
    expect(departed).toHaveLength(602);
    expect(departed.every((entry: { actorId: string }) => entry.actorId === admin.id)).toBe(true);
    expect(departed.filter((entry: { reason: string }) => entry.reason === 'involuntary')).toHaveLength(1);
  });

  // The time is printed for the record, not asserted: speed is the benchmark's business, not a test's.
  it('imports 10,000 rows in one go and prints how long the dry run and the apply took', async () => {
    const team = await createDepartment(t.dataSource);
    const tag = uniqueSuffix();
    const lines = [HEADER];
    for (let i = 0; i < 10_000; i++) {
      const manager = i >= 100 ? `,p${i % 100}.${tag}@bulk.test` : ',';
      const left = i % 7 === 0 && i >= 100 ? ',2024-06-30,voluntary' : ',,';
      lines.push(
        `Person ${i},p${i}.${tag}@bulk.test,${team.name},${i < 100 ? 'manager' : 'staff'},Associate${manager},2015-01-${String((i % 28) + 1).padStart(2, '0')}${left}`,
      );
    }
    const csv = lines.join('\n');
    const started = Date.now();
    const dryRun = await upload(csv).expect(200);
    const dryRunMs = Date.now() - started;
    expect(dryRun.body.summary).toMatchObject({ rows: 10_000, creates: 10_000, rowsWithErrors: 0 });
    const applyStarted = Date.now();
    await upload(csv, { apply: true }).expect(200);
    const applyMs = Date.now() - applyStarted;
    console.log(`10,000-row roster import (${(csv.length / 1024).toFixed(0)} KiB): dry run ${dryRunMs} ms, apply ${applyMs} ms`);
    expect(Number((await t.dataSource.query('SELECT count(*) FROM employees WHERE department_id = $1', [team.id]))[0].count)).toBe(10_000);
  });
});
