import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { fakeServer, problem, type SentRequest } from '../../test/render';

type Modules = { api: typeof import('./api-client').api; session: typeof import('./auth-session') };

const employee = { id: 'e1', name: 'Ada Agent', email: 'ada@example.test', role: 'staff', departmentId: 'd1', managedDepartmentIds: [] };

/** Fresh modules per test: the session lives in auth-session's memory, as in the browser. */
async function load(): Promise<Modules> {
  jest.resetModules();
  const session = await import('./auth-session');
  const { api } = await import('./api-client');
  session.startSession({ accessToken: 'expired-token', employee } as never);
  return { api, session };
}

/** The server: access tokens in `valid` work; a refresh hands out `fresh-token` (or fails when `refreshFails`). */
function server(options: { refreshFails?: boolean } = {}) {
  let refreshes = 0;
  const valid = new Set<string>();
  const fake = fakeServer((request: SentRequest) => {
    if (request.path === '/api/auth/refresh') {
      refreshes++;
      if (options.refreshFails) return { status: 401, body: problem(401, 'Your session has ended.') };
      valid.add('fresh-token');
      return { status: 200, body: { accessToken: 'fresh-token', employee } };
    }
    const token = request.authorization?.replace('Bearer ', '') ?? '';
    if (!valid.has(token)) return { status: 401, body: problem(401, 'Sign in again.') };
    return { status: 200, body: { echo: request.body || null, path: request.path } };
  });
  return { ...fake, refreshes: () => refreshes };
}

describe('the API client: 401, then one refresh, then the request again', () => {
  beforeEach(() => {
    jest.restoreAllMocks();
  });

  it('refreshes an expired access token once and retries the request with the new one', async () => {
    const { api, session } = await load();
    const net = server();
    const result = await api.GET('/api/me');
    expect(result.response.status).toBe(200);
    expect(net.sent.map((r) => `${r.method} ${r.path} ${r.authorization ?? ''}`)).toEqual([
      'GET /api/me Bearer expired-token',
      'POST /api/auth/refresh ',
      'GET /api/me Bearer fresh-token',
    ]);
    expect(session.accessToken()).toBe('fresh-token');
  });

  it('sends the same body again on the retry', async () => {
    const { api } = await load();
    const net = server();
    const result = await api.POST('/api/stories/{id}/endorsements', { params: { path: { id: 's1' } }, body: { comment: 'Well done' } });
    expect(result.response.status).toBe(200);
    const posts = net.sent.filter((r) => r.method === 'POST' && r.path !== '/api/auth/refresh');
    expect(posts.map((r) => [r.authorization, JSON.parse(r.body)])).toEqual([
      ['Bearer expired-token', { comment: 'Well done' }],
      ['Bearer fresh-token', { comment: 'Well done' }],
    ]);
  });

  it('shares one refresh among requests that fail at the same time (a reused refresh token would end the sign-in)', async () => {
    const { api } = await load();
    const net = server();
    const results = await Promise.all([api.GET('/api/me'), api.GET('/api/feed'), api.GET('/api/notifications')]);
    expect(results.map((r) => r.response.status)).toEqual([200, 200, 200]);
    expect(net.refreshes()).toBe(1);
  });

  it('gives up after a failed refresh: the 401 comes back, no retry, and the person is signed out as expired', async () => {
    const { api, session } = await load();
    const net = server({ refreshFails: true });
    const result = await api.GET('/api/me');
    expect(result.response.status).toBe(401);
    expect(net.sent.map((r) => r.path)).toEqual(['/api/me', '/api/auth/refresh']);
    expect(session.getSession()).toEqual({ status: 'signed-out', reason: 'expired' });
  });
});
