import { createDepartment, createEmployee, signIn, SignedIn, TestEmployee } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';

describe('roster: employees', () => {
  let t: TestApp;
  let apparel: { id: string; name: string };
  let shoes: { id: string; name: string };
  let admin: TestEmployee;
  let manager: TestEmployee;
  let staff: TestEmployee;
  let as: Record<'admin' | 'manager' | 'staff', SignedIn>;

  beforeAll(async () => {
    t = await startTestApp();
    apparel = await createDepartment(t.dataSource);
    shoes = await createDepartment(t.dataSource);
    admin = await createEmployee(t.dataSource, { departmentId: apparel.id, role: 'admin' });
    manager = await createEmployee(t.dataSource, { departmentId: apparel.id, role: 'manager', manages: [apparel.id] });
    staff = await createEmployee(t.dataSource, { departmentId: apparel.id });
    as = { admin: await signIn(t.http, admin.email), manager: await signIn(t.http, manager.email), staff: await signIn(t.http, staff.email) };
  });
  afterAll(() => t.close());

  const newEmployee = (overrides: Record<string, unknown> = {}) => ({
    name: 'Priya Natarajan',
    email: `priya.${Math.random().toString(36).slice(2, 10)}@heroics.test`,
    jobTitle: 'Chat Agent',
    departmentId: apparel.id,
    hiredOn: '2023-03-18',
    ...overrides,
  });

  describe('create', () => {
    it('lets an admin add an employee, with the email stored case-insensitively', async () => {
      const body = newEmployee({ email: 'Mixed.Case.' + Date.now() + '@Heroics.TEST', managerId: manager.id });
      const response = await t.http.post('/api/employees').set(as.admin.auth).send(body);
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        name: 'Priya Natarajan',
        email: body.email.toLowerCase(),
        jobTitle: 'Chat Agent',
        role: 'staff',
        department: { id: apparel.id, name: apparel.name },
        manager: { id: manager.id, name: manager.name },
        hiredOn: '2023-03-18',
        leftOn: null,
        active: true,
        account: 'not_invited',
      });
      const duplicate = await t.http
        .post('/api/employees')
        .set(as.admin.auth)
        .send(newEmployee({ email: body.email.toUpperCase() }));
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.errors).toEqual([{ field: 'email', message: expect.any(String) }]);
    });

    it('names every invalid field and rejects fields that are not part of the form', async () => {
      const response = await t.http
        .post('/api/employees')
        .set(as.admin.auth)
        .send({ name: '', email: 'nope', departmentId: 'not-a-uuid', hiredOn: '2023-02-30', role: 'owner', passwordHash: 'x' });
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      const fields = response.body.errors.map((e: { field: string }) => e.field).sort();
      expect(fields).toEqual(['departmentId', 'email', 'hiredOn', 'name', 'passwordHash', 'role']);
    });

    it('refuses a hire date in the future, an unknown department and an unknown manager with 422 naming the field', async () => {
      const future = await t.http
        .post('/api/employees')
        .set(as.admin.auth)
        .send(newEmployee({ hiredOn: '2999-01-01' }));
      expect(future.status).toBe(422);
      expect(future.body.errors[0].field).toBe('hiredOn');
      const department = await t.http
        .post('/api/employees')
        .set(as.admin.auth)
        .send(newEmployee({ departmentId: '00000000-0000-4000-8000-000000000000' }));
      expect(department.status).toBe(422);
      expect(department.body.errors[0].field).toBe('departmentId');
      const boss = await t.http
        .post('/api/employees')
        .set(as.admin.auth)
        .send(newEmployee({ managerId: '00000000-0000-4000-8000-000000000000' }));
      expect(boss.status).toBe(422);
      expect(boss.body.errors[0].field).toBe('managerId');
    });

    it('is for admins only', async () => {
      expect((await t.http.post('/api/employees').send(newEmployee())).status).toBe(401);
      expect((await t.http.post('/api/employees').set(as.staff.auth).send(newEmployee())).status).toBe(403);
      expect((await t.http.post('/api/employees').set(as.manager.auth).send(newEmployee())).status).toBe(403);
    });
  });

  describe('list, search and privacy', () => {
    it('pages through a department by cursor without gaps or repeats', async () => {
      const department = await createDepartment(t.dataSource);
      const names = ['Avery', 'Blake', 'Casey', 'Devon', 'Emery', 'Finley', 'Gray'].map((n) => `${n} Pager`);
      for (const name of names) await createEmployee(t.dataSource, { departmentId: department.id, name });
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const response: { status: number; body: { items: { name: string }[]; nextCursor: string | null } } = await t.http
          .get('/api/employees')
          .query({ departmentId: department.id, limit: 3, ...(cursor ? { cursor } : {}) })
          .set(as.staff.auth);
        expect(response.status).toBe(200);
        seen.push(...response.body.items.map((e) => e.name));
        cursor = response.body.nextCursor;
        pages += 1;
      } while (cursor);
      expect(seen).toEqual(names);
      expect(pages).toBe(3);
    });

    it('sorts by hire date or department either way, gives the total, and a numbered page matches paging by cursor', async () => {
      const first = await createDepartment(t.dataSource);
      const second = await createDepartment(t.dataSource);
      const tag = `Sorter${Date.now().toString(36)}`;
      const people = [
        { name: `Ada ${tag}`, hiredOn: '2019-05-01', departmentId: second.id },
        { name: `Ben ${tag}`, hiredOn: '2024-02-10', departmentId: first.id },
        { name: `Cy ${tag}`, hiredOn: '2016-11-30', departmentId: second.id },
        { name: `Dee ${tag}`, hiredOn: '2021-07-04', departmentId: first.id },
        { name: `Eli ${tag}`, hiredOn: '2023-01-09', departmentId: second.id },
      ];
      for (const person of people) await createEmployee(t.dataSource, person);
      const list = async (query: Record<string, string | number>) => {
        const response = await t.http
          .get('/api/employees')
          .query({ q: tag, ...query })
          .set(as.admin.auth);
        expect(response.status).toBe(200);
        return response.body as { items: { name: string; hiredOn: string }[]; nextCursor: string | null; total: number | null };
      };
      const short = (items: { name: string }[]) => items.map((e) => e.name.split(' ')[0]);

      const newest = await list({ sort: 'hiredOn', direction: 'desc' });
      expect(short(newest.items)).toEqual(['Ben', 'Eli', 'Dee', 'Ada', 'Cy']);
      expect(newest.total).toBe(5);
      expect(short((await list({ sort: 'hiredOn' })).items)).toEqual(['Cy', 'Ada', 'Dee', 'Eli', 'Ben']);
      // By department name, then by name inside each department.
      const [firstName, secondName] = [first.name, second.name];
      const byDepartment = short((await list({ sort: 'department' })).items);
      const firstFirst = firstName < secondName;
      expect(byDepartment).toEqual(firstFirst ? ['Ben', 'Dee', 'Ada', 'Cy', 'Eli'] : ['Ada', 'Cy', 'Eli', 'Ben', 'Dee']);
      expect(short((await list({ sort: 'department', direction: 'desc' })).items)).toEqual([...byDepartment].reverse());

      // Page 2 of 2-person pages is what the cursor of page 1 gives; a continued list does not recount.
      const pageOne = await list({ sort: 'hiredOn', direction: 'desc', limit: 2 });
      const byCursor = await list({ sort: 'hiredOn', direction: 'desc', limit: 2, cursor: pageOne.nextCursor! });
      const pageTwo = await list({ sort: 'hiredOn', direction: 'desc', limit: 2, page: 2 });
      expect(short(pageTwo.items)).toEqual(['Dee', 'Ada']);
      expect(pageTwo.items).toEqual(byCursor.items);
      expect(pageTwo.total).toBe(5);
      expect(byCursor.total).toBeNull();
      const lastPage = await list({ sort: 'hiredOn', direction: 'desc', limit: 2, page: 3 });
      expect(short(lastPage.items)).toEqual(['Cy']);
      expect(lastPage.nextCursor).toBeNull();
      expect((await list({ sort: 'hiredOn', limit: 2, page: 4 })).items).toEqual([]);

      // A cursor from one order is refused in another (it has a different shape) rather than misread.
      const wrongOrder = await t.http.get('/api/employees').query({ q: tag, sort: 'department', cursor: pageOne.nextCursor! }).set(as.admin.auth);
      expect(wrongOrder.status).toBe(400);
      expect(wrongOrder.body.errors).toEqual([{ field: 'cursor', message: expect.any(String) }]);
      const badSort = await t.http.get('/api/employees').query({ sort: 'email' }).set(as.admin.auth);
      expect(badSort.status).toBe(400);
      expect(badSort.body.errors).toEqual([{ field: 'sort', message: expect.any(String) }]);
    });

    it('searches by part of the name, case-insensitively, and filters by status', async () => {
      const department = await createDepartment(t.dataSource);
      await createEmployee(t.dataSource, { departmentId: department.id, name: 'Marguerite Searchable' });
      await createEmployee(t.dataSource, { departmentId: department.id, name: 'Old Searchable', leftOn: '2024-01-31' });
      const active = await t.http.get('/api/employees').query({ q: 'SEARCHABLE', departmentId: department.id }).set(as.staff.auth);
      expect(active.body.items.map((e: { name: string }) => e.name)).toEqual(['Marguerite Searchable']);
      const left = await t.http.get('/api/employees').query({ q: 'searchable', departmentId: department.id, status: 'left' }).set(as.staff.auth);
      expect(left.body.items.map((e: { name: string; active: boolean }) => [e.name, e.active])).toEqual([['Old Searchable', false]]);
      const wildcard = await t.http.get('/api/employees').query({ q: '%', departmentId: department.id }).set(as.staff.auth);
      expect(wildcard.body.items).toEqual([]);
    });

    it('shows staff only public fields of others, and managers the private fields of their own departments', async () => {
      const colleague = await createEmployee(t.dataSource, { departmentId: apparel.id });
      const elsewhere = await createEmployee(t.dataSource, { departmentId: shoes.id });
      const byStaff = await t.http.get(`/api/employees/${colleague.id}`).set(as.staff.auth);
      expect(byStaff.status).toBe(200);
      expect(byStaff.body).not.toHaveProperty('email');
      expect(byStaff.body).not.toHaveProperty('leaveReason');
      expect(byStaff.body).not.toHaveProperty('account');
      expect((await t.http.get(`/api/employees/${colleague.id}`).set(as.manager.auth)).body.email).toBe(colleague.email);
      expect((await t.http.get(`/api/employees/${elsewhere.id}`).set(as.manager.auth)).body).not.toHaveProperty('email');
      expect((await t.http.get(`/api/employees/${elsewhere.id}`).set(as.admin.auth)).body.email).toBe(elsewhere.email);
      const list = await t.http.get('/api/employees').query({ departmentId: apparel.id, limit: 100 }).set(as.staff.auth);
      const others = list.body.items.filter((e: { id: string }) => e.id !== staff.id);
      expect(others.length).toBeGreaterThan(0);
      expect(others.every((e: object) => !('email' in e))).toBe(true);
      expect(JSON.stringify(list.body)).not.toMatch(/password/i);
    });

    it('gives a manager the roster of the departments they manage (managed=true), and says on each person whether they may edit', async () => {
      const colleague = await createEmployee(t.dataSource, { departmentId: apparel.id });
      const elsewhere = await createEmployee(t.dataSource, { departmentId: shoes.id });
      const everyone = async (who: SignedIn, query: Record<string, unknown>) => {
        const items: { id: string; department: { id: string }; canEdit: boolean }[] = [];
        let cursor: string | undefined;
        do {
          const page = await t.http
            .get('/api/employees')
            .query({ ...query, limit: 100, ...(cursor ? { cursor } : {}) })
            .set(who.auth)
            .expect(200);
          items.push(...page.body.items);
          cursor = page.body.nextCursor ?? undefined;
        } while (cursor);
        return items;
      };
      const managed = await everyone(as.manager, { managed: true });
      expect(managed.map((e) => e.id)).toContain(colleague.id);
      expect(managed.map((e) => e.id)).not.toContain(elsewhere.id);
      expect(managed.every((e) => e.department.id === apparel.id)).toBe(true);
      // Staff below them are theirs to edit; they themselves (and any admin or manager in the department) are not.
      expect(managed.find((e) => e.id === colleague.id)?.canEdit).toBe(true);
      expect(managed.find((e) => e.id === manager.id)?.canEdit).toBe(false);
      // Without managed the list is the company directory; the person outside their departments is not theirs to edit.
      const directory = await everyone(as.manager, {});
      expect(directory.find((e) => e.id === elsewhere.id)?.canEdit).toBe(false);
      expect((await t.http.get(`/api/employees/${elsewhere.id}`).set(as.manager.auth)).body.canEdit).toBe(false);
      expect((await t.http.get(`/api/employees/${elsewhere.id}`).set(as.admin.auth)).body.canEdit).toBe(true);
      // Staff manage nobody; admins manage everyone.
      expect(await everyone(as.staff, { managed: true })).toEqual([]);
      expect((await everyone(as.admin, { managed: true })).map((e) => e.id)).toContain(elsewhere.id);
      const bad = await t.http.get('/api/employees').query({ managed: 'yes' }).set(as.manager.auth);
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('managed');
    });

    it('filters by role, one or several', async () => {
      const department = await createDepartment(t.dataSource);
      const lead = await createEmployee(t.dataSource, { departmentId: department.id, role: 'manager', name: 'Lead Person' });
      const boss = await createEmployee(t.dataSource, { departmentId: department.id, role: 'admin', name: 'Boss Person' });
      await createEmployee(t.dataSource, { departmentId: department.id, name: 'Clerk Person' });
      const managers = await t.http.get('/api/employees').query({ departmentId: department.id, role: 'manager' }).set(as.admin.auth);
      expect(managers.body.items.map((e: { id: string }) => e.id)).toEqual([lead.id]);
      const both = await t.http.get(`/api/employees?departmentId=${department.id}&role=manager&role=admin`).set(as.admin.auth);
      expect(both.body.items.map((e: { id: string }) => e.id)).toEqual([boss.id, lead.id]);
      const bad = await t.http.get('/api/employees').query({ role: 'owner' }).set(as.admin.auth);
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('role');
    });

    it('rejects a bad cursor, a page size over 100 and a malformed id with 400 naming the field', async () => {
      const cursor = await t.http.get('/api/employees').query({ cursor: 'bm90LWEtY3Vyc29y' }).set(as.staff.auth);
      expect(cursor.status).toBe(400);
      expect(cursor.body.errors).toEqual([{ field: 'cursor', message: expect.any(String) }]);
      const limit = await t.http.get('/api/employees').query({ limit: 500 }).set(as.staff.auth);
      expect(limit.status).toBe(400);
      expect(limit.body.errors[0].field).toBe('limit');
      const id = await t.http.get('/api/employees/42').set(as.staff.auth);
      expect(id.status).toBe(400);
      expect(id.body.errors[0].field).toBe('id');
      const missing = await t.http.get('/api/employees/00000000-0000-4000-8000-000000000000').set(as.staff.auth);
      expect(missing.status).toBe(404);
    });
  });

  describe('edit', () => {
    it('lets a manager edit people of departments they manage, but not change roles or reach other departments', async () => {
      const mine = await createEmployee(t.dataSource, { departmentId: apparel.id });
      const theirs = await createEmployee(t.dataSource, { departmentId: shoes.id });
      const edit = await t.http.patch(`/api/employees/${mine.id}`).set(as.manager.auth).send({ jobTitle: 'Senior Stylist', managerId: manager.id });
      expect(edit.status).toBe(200);
      expect(edit.body).toMatchObject({ jobTitle: 'Senior Stylist', manager: { id: manager.id } });
      const promote = await t.http.patch(`/api/employees/${mine.id}`).set(as.manager.auth).send({ role: 'admin' });
      expect(promote.status).toBe(403);
      expect(promote.body.errors[0].field).toBe('role');
      expect((await t.http.patch(`/api/employees/${theirs.id}`).set(as.manager.auth).send({ jobTitle: 'x' })).status).toBe(403);
      const move = await t.http.patch(`/api/employees/${mine.id}`).set(as.manager.auth).send({ departmentId: shoes.id });
      expect(move.status).toBe(403);
      expect(move.body.errors[0].field).toBe('departmentId');
      expect((await t.http.patch(`/api/employees/${mine.id}`).set(as.staff.auth).send({ jobTitle: 'x' })).status).toBe(403);
    });

    it('lets an admin change a role and a department, and writes both to the audit log', async () => {
      const person = await createEmployee(t.dataSource, { departmentId: apparel.id });
      const response = await t.http.patch(`/api/employees/${person.id}`).set(as.admin.auth).send({ role: 'manager', departmentId: shoes.id });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ role: 'manager', department: { id: shoes.id } });
      const audit = await t.dataSource.query(`SELECT action, actor_id, before, after FROM audit_log WHERE subject_id = $1`, [person.id]);
      expect(audit).toEqual([
        {
          action: 'employee.role_changed',
          actor_id: admin.id,
          before: { role: 'staff', departmentId: apparel.id },
          after: { role: 'manager', departmentId: shoes.id },
        },
      ]);
    });

    it('applies a role change to open sessions at once', async () => {
      const person = await createEmployee(t.dataSource, { departmentId: apparel.id, role: 'admin' });
      const session = await signIn(t.http, person.email);
      expect(
        (
          await t.http
            .post('/api/departments')
            .set(session.auth)
            .send({ name: `Dept ${Date.now()}` })
        ).status,
      ).toBe(201);
      await t.http.patch(`/api/employees/${person.id}`).set(as.admin.auth).send({ role: 'staff' }).expect(200);
      expect(
        (
          await t.http
            .post('/api/departments')
            .set(session.auth)
            .send({ name: `Dept ${Date.now()}b` })
        ).status,
      ).toBe(403);
    });

    it('refuses a duplicate email, a self-reporting line and a hire date after the departure', async () => {
      const person = await createEmployee(t.dataSource, { departmentId: apparel.id });
      const other = await createEmployee(t.dataSource, { departmentId: apparel.id });
      const email = await t.http.patch(`/api/employees/${person.id}`).set(as.admin.auth).send({ email: other.email.toUpperCase() });
      expect(email.status).toBe(409);
      expect(email.body.errors[0].field).toBe('email');
      const self = await t.http.patch(`/api/employees/${person.id}`).set(as.admin.auth).send({ managerId: person.id });
      expect(self.status).toBe(422);
      expect(self.body.errors[0].field).toBe('managerId');
      const gone = await createEmployee(t.dataSource, { departmentId: apparel.id, hiredOn: '2020-01-01', leftOn: '2021-01-01' });
      const hired = await t.http.patch(`/api/employees/${gone.id}`).set(as.admin.auth).send({ hiredOn: '2022-01-01' });
      expect(hired.status).toBe(422);
      expect(hired.body.errors[0].field).toBe('hiredOn');
    });
  });

  describe('departures', () => {
    it('records a departure: the person cannot sign in and their open session stops working at once', async () => {
      const leaver = await createEmployee(t.dataSource, { departmentId: apparel.id, hiredOn: '2019-06-01' });
      const session = await signIn(t.http, leaver.email);
      expect((await t.http.get('/api/me').set(session.auth)).status).toBe(200);

      const response = await t.http.post(`/api/employees/${leaver.id}/departure`).set(as.manager.auth).send({ leftOn: '2025-10-31', reason: 'voluntary' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ leftOn: '2025-10-31', leaveReason: 'voluntary', active: false });

      expect((await t.http.get('/api/me').set(session.auth)).status).toBe(401);
      expect((await t.http.post('/api/auth/refresh').set('Cookie', session.refreshCookie)).status).toBe(401);
      const login = await t.http.post('/api/auth/login').send({ email: leaver.email, password: 'correct horse battery staple' });
      expect(login.status).toBe(401);
      const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE subject_id = $1`, [leaver.id]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['employee.departed']);
    });

    it('refuses a departure before the hire date, in the future, twice, of oneself, or out of scope', async () => {
      const person = await createEmployee(t.dataSource, { departmentId: apparel.id, hiredOn: '2022-05-01' });
      const early = await t.http.post(`/api/employees/${person.id}/departure`).set(as.admin.auth).send({ leftOn: '2022-04-30', reason: 'other' });
      expect(early.status).toBe(422);
      expect(early.body.errors[0].field).toBe('leftOn');
      const future = await t.http.post(`/api/employees/${person.id}/departure`).set(as.admin.auth).send({ leftOn: '2999-01-01', reason: 'other' });
      expect(future.status).toBe(422);
      const badReason = await t.http.post(`/api/employees/${person.id}/departure`).set(as.admin.auth).send({ leftOn: '2024-01-01', reason: 'fired' });
      expect(badReason.status).toBe(400);
      expect(badReason.body.errors[0].field).toBe('reason');
      await t.http.post(`/api/employees/${person.id}/departure`).set(as.admin.auth).send({ leftOn: '2024-01-01', reason: 'involuntary' }).expect(200);
      expect((await t.http.post(`/api/employees/${person.id}/departure`).set(as.admin.auth).send({ leftOn: '2024-01-02', reason: 'other' })).status).toBe(409);
      expect((await t.http.post(`/api/employees/${admin.id}/departure`).set(as.admin.auth).send({ leftOn: '2024-01-02', reason: 'other' })).status).toBe(403);
      const elsewhere = await createEmployee(t.dataSource, { departmentId: shoes.id });
      expect((await t.http.post(`/api/employees/${elsewhere.id}/departure`).set(as.manager.auth).send({ leftOn: '2024-01-02', reason: 'other' })).status).toBe(
        403,
      );
      expect((await t.http.post(`/api/employees/${elsewhere.id}/departure`).set(as.staff.auth).send({ leftOn: '2024-01-02', reason: 'other' })).status).toBe(
        403,
      );
    });
  });
});

describe('roster: departments', () => {
  let t: TestApp;
  let admin: SignedIn;
  let staff: SignedIn;
  let home: { id: string };

  beforeAll(async () => {
    t = await startTestApp();
    home = await createDepartment(t.dataSource);
    admin = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId: home.id, role: 'admin' })).email);
    staff = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId: home.id })).email);
  });
  afterAll(() => t.close());

  it('lets an admin create and rename a department, refusing duplicate names whatever their case', async () => {
    const name = `Online Chat ${Date.now()}`;
    const created = await t.http
      .post('/api/departments')
      .set(admin.auth)
      .send({ name: `  ${name}  ` });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name, headcount: 0, managers: [] });
    expect((await t.http.post('/api/departments').set(admin.auth).send({ name: name.toUpperCase() })).status).toBe(409);
    const renamed = await t.http
      .patch(`/api/departments/${created.body.id}`)
      .set(admin.auth)
      .send({ name: `${name} & Messaging` });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe(`${name} & Messaging`);
    const listed = await t.http.get('/api/departments').set(staff.auth);
    expect(listed.body.map((d: { name: string }) => d.name)).toContain(`${name} & Messaging`);
  });

  it('sets managers, accepting only current managers or admins', async () => {
    const department = await createDepartment(t.dataSource);
    const lead = await createEmployee(t.dataSource, { departmentId: department.id, role: 'manager' });
    const clerk = await createEmployee(t.dataSource, { departmentId: department.id });
    const ok = await t.http
      .patch(`/api/departments/${department.id}`)
      .set(admin.auth)
      .send({ managerIds: [lead.id] });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ headcount: 2, managers: [{ id: lead.id, name: lead.name }] });
    const refused = await t.http
      .patch(`/api/departments/${department.id}`)
      .set(admin.auth)
      .send({ managerIds: [clerk.id] });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].field).toBe('managerIds');
    // The new manager now manages the department: they can edit its people.
    const leadSession = await signIn(t.http, lead.email);
    expect((await t.http.patch(`/api/employees/${clerk.id}`).set(leadSession.auth).send({ jobTitle: 'Chat Lead' })).status).toBe(200);
  });

  it('validates names and is closed to non-admins', async () => {
    const empty = await t.http.post('/api/departments').set(admin.auth).send({ name: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].field).toBe('name');
    const long = await t.http
      .post('/api/departments')
      .set(admin.auth)
      .send({ name: 'x'.repeat(81) });
    expect(long.status).toBe(400);
    expect((await t.http.post('/api/departments').set(staff.auth).send({ name: 'Sneaky' })).status).toBe(403);
    expect((await t.http.patch(`/api/departments/${home.id}`).set(staff.auth).send({ name: 'Sneaky' })).status).toBe(403);
    expect((await t.http.get('/api/departments')).status).toBe(401);
  });
});
