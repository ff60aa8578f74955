import { createDepartment, createEmployee, signIn, SignedIn } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';

/** Reports are computed once per REPORT_CACHE_SECONDS for the same question, but a roster change shows at once. */
describe('cached reports', () => {
  let t: TestApp;
  let admin: SignedIn;
  let department: string;

  beforeAll(async () => {
    t = await startTestApp({ REPORT_CACHE_SECONDS: '60' });
    department = (await createDepartment(t.dataSource)).id;
    const boss = await createEmployee(t.dataSource, { departmentId: department, role: 'admin' });
    admin = await signIn(t.http, boss.email);
  });
  afterAll(() => t.close());

  const headcount = async () => {
    const response = await t.http.get('/api/reports/tenure').query({ departmentId: department }).set(admin.auth);
    expect(response.status).toBe(200);
    return response.body.total.headcount as number;
  };

  it('answers the same question from the cache and recomputes when someone is hired or leaves', async () => {
    const before = await headcount();
    expect(await headcount()).toBe(before);
    const hire = await createEmployee(t.dataSource, { departmentId: department, hiredOn: '2020-01-06' });
    expect(await headcount()).toBe(before + 1);
    await t.dataSource.query(`UPDATE employees SET left_on = CURRENT_DATE - 1, leave_reason = 'voluntary', updated_at = now() WHERE id = $1`, [hire.id]);
    expect(await headcount()).toBe(before);
  });
});
