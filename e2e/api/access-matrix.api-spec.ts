import { createDepartment, createEmployee, signIn, SignedIn } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';

type Role = 'staff' | 'manager' | 'admin';
const EVERYONE: Role[] = ['staff', 'manager', 'admin'];

/**
 * Who may call each route. Every operation in the OpenAPI document must have a rule here, so a new route
 * without a decision about access fails this test.
 */
const RULES: Record<string, { public: true; anonymousStatus?: number } | { roles: Role[] }> = {
  'GET /api/health': { public: true },
  'GET /api/config': { public: true },
  'POST /api/auth/login': { public: true },
  'POST /api/auth/refresh': { public: true, anonymousStatus: 401 },
  'POST /api/auth/logout': { public: true },
  'GET /api/me': { roles: EVERYONE },
  'GET /api/employees': { roles: EVERYONE },
  'GET /api/employees/{id}': { roles: EVERYONE },
  'POST /api/employees': { roles: ['admin'] },
  'PATCH /api/employees/{id}': { roles: ['manager', 'admin'] },
  'POST /api/employees/{id}/departure': { roles: ['manager', 'admin'] },
  'POST /api/employees/import': { roles: ['admin'] },
  'GET /api/employees/export': { roles: ['admin'] },
  'POST /api/employees/{id}/invitations': { roles: ['admin'] },
  'GET /api/invitations/{token}': { public: true },
  'POST /api/invitations/{token}/accept': { public: true },
  'GET /api/departments': { roles: EVERYONE },
  'GET /api/departments/{id}': { roles: EVERYONE },
  'POST /api/departments': { roles: ['admin'] },
  'PATCH /api/departments/{id}': { roles: ['admin'] },
  'GET /api/values': { roles: EVERYONE },
  'POST /api/values': { roles: ['admin'] },
  'PATCH /api/values/{id}': { roles: ['admin'] },
  'POST /api/stories': { roles: EVERYONE },
  'GET /api/stories/{id}': { roles: EVERYONE },
  'PATCH /api/stories/{id}': { roles: EVERYONE },
  'DELETE /api/stories/{id}': { roles: EVERYONE },
  'POST /api/stories/{id}/hide': { roles: ['manager', 'admin'] },
  'POST /api/stories/{id}/unhide': { roles: ['manager', 'admin'] },
  'POST /api/stories/{id}/feature': { roles: ['manager', 'admin'] },
  'DELETE /api/stories/{id}/feature': { roles: ['manager', 'admin'] },
  'GET /api/employees/{id}/recognition': { roles: EVERYONE },
  'GET /api/stories/{id}/endorsements': { roles: EVERYONE },
  'POST /api/stories/{id}/endorsements': { roles: EVERYONE },
  'DELETE /api/stories/{id}/endorsements/mine': { roles: EVERYONE },
  'GET /api/feed': { roles: EVERYONE },
  'GET /api/feed/huddle': { roles: EVERYONE },
  'GET /api/notifications': { roles: EVERYONE },
  'GET /api/notifications/unread-count': { roles: EVERYONE },
  'POST /api/notifications/read': { roles: EVERYONE },
  'GET /api/reports/tenure': { roles: ['manager', 'admin'] },
  'GET /api/reports/retention': { roles: ['manager', 'admin'] },
  'GET /api/reports/recognition-retention': { roles: ['manager', 'admin'] },
  'GET /api/reports/recognition-coverage': { roles: ['manager', 'admin'] },
  'GET /api/reports/empowerment': { roles: ['manager', 'admin'] },
  'GET /api/budgets/mine': { roles: ['manager', 'admin'] },
  'GET /api/budgets': { roles: ['admin'] },
  'PUT /api/budgets': { roles: ['admin'] },
  'POST /api/budgets/top-ups': { roles: ['admin'] },
  'POST /api/rewards': { roles: ['manager', 'admin'] },
  'GET /api/rewards': { roles: EVERYONE },
  'GET /api/rewards/champions': { roles: EVERYONE },
  'GET /api/rewards/{id}': { roles: EVERYONE },
  'POST /api/rewards/{id}/revoke': { roles: ['manager', 'admin'] },
  'GET /api/review-queue': { roles: ['manager', 'admin'] },
  'GET /api/leaderboards': { roles: EVERYONE },
  'GET /api/champions/unrecognised': { roles: ['manager', 'admin'] },
  'GET /api/fairness': { roles: ['admin'] },
};

describe('access: every route, as anonymous, staff, manager and admin', () => {
  let t: TestApp;
  let sessions: Record<Role, SignedIn>;
  let operations: { method: string; path: string }[];

  beforeAll(async () => {
    t = await startTestApp();
    const departmentId = (await createDepartment(t.dataSource)).id;
    sessions = {
      staff: await signIn(t.http, (await createEmployee(t.dataSource, { departmentId })).email),
      manager: await signIn(t.http, (await createEmployee(t.dataSource, { departmentId, role: 'manager', manages: [departmentId] })).email),
      admin: await signIn(t.http, (await createEmployee(t.dataSource, { departmentId, role: 'admin' })).email),
    };
    const document = (await t.http.get('/api/docs.json')).body as { paths: Record<string, Record<string, unknown>> };
    operations = Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => ({ method: method.toUpperCase(), path })));
  });
  afterAll(() => t.close());

  const call = (method: string, path: string, session?: SignedIn) => {
    const url = path.replace('{id}', '00000000-0000-4000-8000-000000000000').replace('{token}', 'A'.repeat(43));
    let req = t.http[method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'](url);
    if (session) req = req.set(session.auth);
    return method === 'GET' || method === 'DELETE' ? req : req.send({});
  };

  it('has an access rule for every documented route, and documents every route that has one', () => {
    expect(operations.map((o) => `${o.method} ${o.path}`).sort()).toEqual(Object.keys(RULES).sort());
  });

  it('answers 401 to anonymous callers of protected routes and 403 to roles without access', async () => {
    const failures: string[] = [];
    for (const { method, path } of operations) {
      const rule = RULES[`${method} ${path}`];
      const anonymous = await call(method, path);
      const expectedAnonymous = 'public' in rule ? rule.anonymousStatus : 401;
      if (expectedAnonymous ? anonymous.status !== expectedAnonymous : [401, 403].includes(anonymous.status)) {
        failures.push(`${method} ${path} as anonymous: ${anonymous.status}`);
      }
      if ('public' in rule) continue;
      for (const role of EVERYONE) {
        const response = await call(method, path, sessions[role]);
        const allowed = rule.roles.includes(role);
        if (allowed ? [401, 403].includes(response.status) : response.status !== 403) failures.push(`${method} ${path} as ${role}: ${response.status}`);
        if (response.status >= 500) failures.push(`${method} ${path} as ${role}: ${response.status}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
