import { addDays, todayIn } from '../../server/src/common/calendar';
import { LeavingDatesService } from '../../server/src/employees/leaving-dates.service';
import { createDepartment, createEmployee, signIn, SignedIn, TEST_PASSWORD, TestEmployee, uniqueSuffix, clientIp } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';
import { createSiblingDatabase, TestDatabase } from '../../server/test/test-database';

/**
 * Employee numbers, leaving dates known in advance and undoing a departure. Leaving dates are applied by a job over
 * the whole roster on a fixed clock, so this file runs on a database of its own, in a company far from UTC
 * (Auckland), where the company's day starts while it is still the day before in UTC.
 */
const ZONE = 'Pacific/Auckland';

describe('employment: employee numbers, leaving dates and corrections', () => {
  let database: TestDatabase;
  let t: TestApp;
  let employees: LeavingDatesService;
  let team: { id: string; name: string };
  let admin: TestEmployee;
  let manager: TestEmployee;
  let as: { admin: SignedIn; manager: SignedIn };
  const today = () => todayIn(ZONE);

  beforeAll(async () => {
    database = await createSiblingDatabase('heroics_employment');
    t = await startTestApp({ COMPANY_TIME_ZONE: ZONE }, {}, database.url);
    employees = t.app.get(LeavingDatesService);
    team = await createDepartment(t.dataSource);
    admin = await createEmployee(t.dataSource, { departmentId: team.id, role: 'admin' });
    manager = await createEmployee(t.dataSource, { departmentId: team.id, role: 'manager', manages: [team.id] });
    as = { admin: await signIn(t.http, admin.email), manager: await signIn(t.http, manager.email) };
  });
  afterAll(async () => {
    await t.close();
    await database.dispose();
  });

  const newPerson = (overrides: Record<string, unknown> = {}) => ({
    name: 'Noa Tane',
    email: `noa.${uniqueSuffix()}@heroics.test`,
    departmentId: team.id,
    hiredOn: '2023-03-18',
    ...overrides,
  });
  const auditOf = (subjectId: string) =>
    t.dataSource.query('SELECT actor_id AS "actorId", action, before, after FROM audit_log WHERE subject_id = $1 ORDER BY id', [subjectId]) as Promise<
      { actorId: string | null; action: string; before: Record<string, unknown>; after: Record<string, unknown> }[]
    >;
  const canSignIn = async (email: string) =>
    (await t.http.post('/api/auth/login').set('X-Forwarded-For', clientIp()).send({ email, password: TEST_PASSWORD })).status === 200;

  describe('employee numbers', () => {
    it('keeps an employee number beside the email, unique when present and compared exactly, with a clear 409 and 400 naming the field', async () => {
      const number = `E-${uniqueSuffix()}`;
      const created = await t.http
        .post('/api/employees')
        .set(as.admin.auth)
        .send(newPerson({ employeeNumber: `  ${number} ` }))
        .expect(201);
      expect(created.body).toMatchObject({ employeeNumber: number, active: true });
      expect((await t.http.get(`/api/employees/${created.body.id}`).set(as.manager.auth).expect(200)).body.employeeNumber).toBe(number);

      const duplicate = await t.http
        .post('/api/employees')
        .set(as.admin.auth)
        .send(newPerson({ employeeNumber: number }));
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.errors).toEqual([{ field: 'employeeNumber', message: 'Another employee already has this employee number.' }]);

      // Case matters in an HR system's key: e-… is another number.
      const other = await t.http
        .post('/api/employees')
        .set(as.admin.auth)
        .send(newPerson({ employeeNumber: number.toLowerCase() }))
        .expect(201);
      const taken = await t.http.patch(`/api/employees/${other.body.id}`).set(as.admin.auth).send({ employeeNumber: number });
      expect(taken.status).toBe(409);
      expect(taken.body.errors[0].field).toBe('employeeNumber');

      const tooLong = await t.http
        .post('/api/employees')
        .set(as.admin.auth)
        .send(newPerson({ employeeNumber: 'x'.repeat(65) }));
      expect(tooLong.status).toBe(400);
      expect(tooLong.body.errors).toEqual([{ field: 'employeeNumber', message: expect.stringContaining('64') }]);

      const byManager = await t.http.patch(`/api/employees/${other.body.id}`).set(as.manager.auth).send({ employeeNumber: 'M-1' });
      expect(byManager.status).toBe(403);
      expect(byManager.body.errors[0].field).toBe('employeeNumber');

      // An empty number clears it, and the number is free for someone else.
      expect(
        (await t.http.patch(`/api/employees/${created.body.id}`).set(as.admin.auth).send({ employeeNumber: '' }).expect(200)).body.employeeNumber,
      ).toBeNull();
      expect((await t.http.patch(`/api/employees/${other.body.id}`).set(as.admin.auth).send({ employeeNumber: number }).expect(200)).body.employeeNumber).toBe(
        number,
      );
    });

    it('matches an import row by employee number first: a new email is an update of that person, not a new person and a departure', async () => {
      const number = `HR-${uniqueSuffix()}`;
      const person = await createEmployee(t.dataSource, { departmentId: team.id, hiredOn: '2019-04-01' });
      await t.http.patch(`/api/employees/${person.id}`).set(as.admin.auth).send({ employeeNumber: number }).expect(200);
      const renamed = `renamed.${uniqueSuffix()}@heroics.test`;
      const csv = ['name,email,department,hiredOn,employeeNumber', `${person.name},${renamed},${team.name},2019-04-01,${number}`].join('\n');
      const upload = (apply: boolean) => t.http.post('/api/employees/import').query({ apply }).set(as.admin.auth).set('Content-Type', 'text/csv').send(csv);

      const dryRun = await upload(false).expect(200);
      expect(dryRun.body.summary).toMatchObject({ creates: 0, updates: 1, departures: 0, rowsWithErrors: 0 });
      expect(dryRun.body.rows[0]).toMatchObject({ action: 'update', changes: ['email'] });

      const before = Number((await t.dataSource.query('SELECT count(*) FROM employees'))[0].count);
      await upload(true).expect(200);
      expect(Number((await t.dataSource.query('SELECT count(*) FROM employees'))[0].count)).toBe(before);
      const after = await t.http.get(`/api/employees/${person.id}`).set(as.admin.auth).expect(200);
      expect(after.body).toMatchObject({ email: renamed, employeeNumber: number, active: true, leftOn: null });
      expect(await canSignIn(renamed)).toBe(true);
      expect(await canSignIn(person.email)).toBe(false);
    });
  });

  describe('leaving dates', () => {
    it('takes a departure up to a year ahead as a leaving date: the person stays employed, signs in and counts in today’s reports', async () => {
      const person = await createEmployee(t.dataSource, { departmentId: (await createDepartment(t.dataSource)).id, hiredOn: '2020-01-15' });
      const session = await signIn(t.http, person.email);
      const leavingOn = addDays(today(), 10);

      const recorded = await t.http
        .post(`/api/employees/${person.id}/departure`)
        .set(as.admin.auth)
        .send({ leftOn: leavingOn, reason: 'voluntary' })
        .expect(200);
      expect(recorded.body).toMatchObject({
        active: true,
        leftOn: null,
        leavingOn,
        leavingReason: 'voluntary',
        canCancelLeaving: true,
        canRecordDeparture: true,
      });
      await t.http.get('/api/me').set(session.auth).expect(200);
      expect(await canSignIn(person.email)).toBe(true);
      const list = await t.http.get('/api/employees').query({ departmentId: person.departmentId }).set(as.admin.auth).expect(200);
      expect(list.body.items.map((e: { id: string }) => e.id)).toContain(person.id);
      const tenure = await t.http.get('/api/reports/tenure').query({ departmentId: person.departmentId }).set(as.admin.auth).expect(200);
      expect(tenure.body.total.headcount).toBe(1);
      expect((await auditOf(person.id)).map((a) => a.action)).toEqual(['employee.leaving_date_set']);

      const tooFar = await t.http
        .post(`/api/employees/${person.id}/departure`)
        .set(as.admin.auth)
        .send({ leftOn: addDays(today(), 367), reason: 'other' });
      expect(tooFar.status).toBe(422);
      expect(tooFar.body.errors).toEqual([{ field: 'leftOn', message: 'leftOn can be at most 366 days ahead.' }]);
    });

    it('applies a leaving date on its day in the company’s time zone, as an immediate departure: inactive, sessions ended, audited', async () => {
      const department = await createDepartment(t.dataSource);
      const person = await createEmployee(t.dataSource, { departmentId: department.id, hiredOn: '2020-01-15' });
      const session = await signIn(t.http, person.email);
      const leavingOn = addDays(today(), 20);
      await t.http.post(`/api/employees/${person.id}/departure`).set(as.admin.auth).send({ leftOn: leavingOn, reason: 'involuntary' }).expect(200);

      // The evening before in Auckland (and in UTC), then the first hours of that day in Auckland (still the day before in UTC).
      const eveningBefore = new Date(Date.parse(`${leavingOn}T00:00:00Z`) - 14 * 3600_000);
      const thatMorning = new Date(Date.parse(`${leavingOn}T00:00:00Z`) - 10 * 3600_000);
      expect([todayIn(ZONE, eveningBefore), todayIn(ZONE, thatMorning), todayIn('UTC', thatMorning)]).toEqual([
        addDays(leavingOn, -1),
        leavingOn,
        addDays(leavingOn, -1),
      ]);

      // The job goes over the whole roster (other tests' leaving dates too): what counts here is this person.
      await employees.applyDueLeavingDates(eveningBefore);
      expect((await t.http.get(`/api/employees/${person.id}`).set(as.admin.auth).expect(200)).body).toMatchObject({ active: true, leavingOn });
      await t.http.get('/api/me').set(session.auth).expect(200);

      expect((await employees.applyDueLeavingDates(thatMorning)).departed).toBeGreaterThanOrEqual(1);
      const after = await t.http.get(`/api/employees/${person.id}`).set(as.admin.auth).expect(200);
      expect(after.body).toMatchObject({ active: false, leftOn: leavingOn, leaveReason: 'involuntary', leavingOn: null, canUndoDeparture: true });
      await t.http.get('/api/me').set(session.auth).expect(401);
      expect(await canSignIn(person.email)).toBe(false);
      expect((await auditOf(person.id)).map((a) => [a.action, a.actorId])).toEqual([
        ['employee.leaving_date_set', admin.id],
        ['employee.departed', null],
      ]);
      // Idempotent: the day's second run finds nothing.
      expect(await employees.applyDueLeavingDates(thatMorning)).toEqual({ departed: 0 });
    });

    it('lets a manager call off a leaving date, audited; the person simply stays', async () => {
      const person = await createEmployee(t.dataSource, { departmentId: team.id });
      await t.http
        .post(`/api/employees/${person.id}/departure`)
        .set(as.manager.auth)
        .send({ leftOn: addDays(today(), 5), reason: 'other' })
        .expect(200);
      const cancelled = await t.http.delete(`/api/employees/${person.id}/departure`).set(as.manager.auth).expect(200);
      expect(cancelled.body).toMatchObject({ active: true, leavingOn: null, leavingReason: null, canCancelLeaving: false });
      expect((await auditOf(person.id)).map((a) => [a.action, a.actorId])).toEqual([
        ['employee.leaving_date_set', manager.id],
        ['employee.leaving_date_cancelled', manager.id],
      ]);
      await employees.applyDueLeavingDates(new Date(Date.now() + 30 * 86400_000));
      expect((await t.http.get(`/api/employees/${person.id}`).set(as.manager.auth).expect(200)).body).toMatchObject({ active: true, leftOn: null });
    });

    it('takes a leaving date from the roster import, through the same departure operation', async () => {
      const person = await createEmployee(t.dataSource, { departmentId: team.id, hiredOn: '2019-04-01' });
      const leavingOn = addDays(today(), 40);
      const csv = ['name,email,department,hiredOn,leftOn,leaveReason', `${person.name},${person.email},${team.name},2019-04-01,${leavingOn},voluntary`].join(
        '\n',
      );
      const applied = await t.http
        .post('/api/employees/import')
        .query({ apply: true })
        .set(as.admin.auth)
        .set('Content-Type', 'text/csv')
        .send(csv)
        .expect(200);
      expect(applied.body.summary).toMatchObject({ departures: 1 });
      expect((await t.http.get(`/api/employees/${person.id}`).set(as.admin.auth).expect(200)).body).toMatchObject({ active: true, leavingOn });
      expect((await auditOf(person.id)).map((a) => a.action)).toEqual(['employee.leaving_date_set']);
      expect(await canSignIn(person.email)).toBe(true);
    });
  });

  describe('undoing a departure recorded by mistake', () => {
    it('lets an admin undo it (active again, left-on and reason cleared, audited); a manager cannot', async () => {
      const person = await createEmployee(t.dataSource, { departmentId: team.id });
      await t.http.post(`/api/employees/${person.id}/departure`).set(as.manager.auth).send({ leftOn: today(), reason: 'voluntary' }).expect(200);
      expect(await canSignIn(person.email)).toBe(false);

      const byManager = await t.http.delete(`/api/employees/${person.id}/departure`).set(as.manager.auth);
      expect(byManager.status).toBe(403);
      expect((await t.http.get(`/api/employees/${person.id}`).set(as.manager.auth).expect(200)).body).toMatchObject({ active: false, canUndoDeparture: false });

      const undone = await t.http.delete(`/api/employees/${person.id}/departure`).set(as.admin.auth).expect(200);
      expect(undone.body).toMatchObject({ active: true, leftOn: null, leaveReason: null, canRecordDeparture: true, canUndoDeparture: false });
      expect(await canSignIn(person.email)).toBe(true);
      const audit = await auditOf(person.id);
      expect(audit.map((a) => [a.action, a.actorId])).toEqual([
        ['employee.departed', manager.id],
        ['employee.departure_undone', admin.id],
      ]);
      expect(audit[1]).toMatchObject({ before: { leftOn: today(), leaveReason: 'voluntary' }, after: { leftOn: null, leaveReason: null } });

      const again = await t.http.delete(`/api/employees/${person.id}/departure`).set(as.admin.auth);
      expect(again.status).toBe(409);
    });
  });
});
