import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../../server/test/test-app';

describe('platform: health, contract, errors and headers', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports the app and the database as up', async () => {
    const response = await t.http.get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', checks: { app: 'up', database: 'up' } });
  });

  it('tells the web app whether the demo company is on, before sign-in', async () => {
    const response = await t.http.get('/api/config');
    expect(response.status).toBe(200);
    // today is the company's calendar day by the server's clock (UTC here), so a browser ahead of the company is not trusted.
    expect(response.body).toEqual({ demo: true, companyTimeZone: 'UTC', today: new Date().toISOString().slice(0, 10) });
  });

  it('serves the OpenAPI document the client types were generated from (run `npm run openapi:generate` if this fails)', async () => {
    const response = await t.http.get('/api/docs.json');
    expect(response.status).toBe(200);
    const committed = JSON.parse(readFileSync(join(__dirname, '../../client/src/api/openapi.json'), 'utf8'));
    expect(response.body).toEqual(committed);
    expect(response.body.components.securitySchemes).toHaveProperty('bearer');
    expect(response.body.components.schemas).toHaveProperty('ProblemDto');
  });

  it('answers unknown API paths with a problem+json 404, never the SPA', async () => {
    const response = await t.http.get('/api/no-such-thing').set('Accept', 'text/html');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 404, title: 'Not Found', instance: '/api/no-such-thing' });
  });

  it('names the body when it is not JSON, too large, or of another media type', async () => {
    const malformed = await t.http.post('/api/auth/login').set('Content-Type', 'application/json').send('{"email":');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].field).toBe('body');
    const huge = await t.http.post('/api/auth/login').set('Content-Type', 'application/json').send(JSON.stringify({ email: 'x'.repeat(1_100_000) }));
    expect(huge.status).toBe(413);
    expect(huge.headers['content-type']).toMatch(/application\/problem\+json/);
    const text = await t.http.post('/api/auth/login').set('Content-Type', 'text/plain').send('hello');
    expect(text.status).toBe(415);
    expect(text.body.errors[0].field).toBe('body');
  });

  it('sends security headers with a content security policy and no x-powered-by', async () => {
    const response = await t.http.get('/api/health');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers).not.toHaveProperty('x-powered-by');
  });
});
