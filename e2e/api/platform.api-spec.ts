import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
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
    const huge = await t.http
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'x'.repeat(1_100_000) }));
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

const BIG_SCRIPT = `console.log(${JSON.stringify('a hero story '.repeat(2000))});`;

describe('platform: the SPA served as pages', () => {
  let spa: TestApp;
  const html = '<!doctype html><html><head><title>Heroics</title></head><body><div id="root"></div></body></html>';

  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'heroics-spa-'));
    writeFileSync(join(dist, 'index.html'), html);
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log("heroics")');
    // What the build writes beside each asset: the same file compressed.
    writeFileSync(join(dist, 'assets', 'big.js'), BIG_SCRIPT);
    writeFileSync(join(dist, 'assets', 'big.js.br'), brotliCompressSync(Buffer.from(BIG_SCRIPT)));
    writeFileSync(join(dist, 'assets', 'big.js.gz'), gzipSync(Buffer.from(BIG_SCRIPT)));
    writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => undefined)');
    writeFileSync(join(dist, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    spa = await startTestApp({}, { clientDistDir: dist });
  });
  afterAll(() => spa.close());

  it('answers every page, / included, with a 200 and index.html whatever the client accepts (curl, an uptime monitor)', async () => {
    for (const path of ['/', '/roster', '/stories/6f1c2a8e-0000-4000-8000-000000000000', '/reports/retention?from=2026-01-01']) {
      for (const accept of [undefined, '*/*', 'application/json', 'text/html']) {
        const call = spa.http.get(path);
        const page = accept ? await call.set('Accept', accept) : await call;
        expect({ path, accept, status: page.status }).toEqual({ path, accept, status: 200 });
        expect(page.headers['content-type']).toMatch(/^text\/html/);
        expect(page.text).toBe(html);
      }
    }
    const head = await spa.http.head('/');
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toMatch(/^text\/html/);
  });

  it('sends a built file compressed to a browser that accepts it, and keeps hashed assets for good but the service worker never', async () => {
    const plain = await spa.http.get('/assets/big.js').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(BIG_SCRIPT);
    for (const [accept, encoding] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
    ] as const) {
      // Fastify's own inject: the bytes as sent, not decompressed by an HTTP client on the way.
      const compressed = await spa.app
        .getHttpAdapter()
        .getInstance()
        .inject({ method: 'GET', url: '/assets/big.js', headers: { 'accept-encoding': accept } });
      expect(compressed.headers['content-encoding']).toBe(encoding);
      expect(Number(compressed.headers['content-length'])).toBeLessThan(BIG_SCRIPT.length / 10);
      const body = compressed.rawPayload;
      expect((encoding === 'br' ? brotliDecompressSync(body) : gunzipSync(body)).toString()).toBe(BIG_SCRIPT);
    }
    expect((await spa.http.get('/assets/big.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await spa.http.get('/sw.js')).headers['cache-control']).toBe('no-cache');
    expect((await spa.http.get('/icon.svg')).headers['cache-control']).toBe('public, max-age=3600');
  });

  it('still serves the built files as themselves, and a missing file or API path as a problem+json 404', async () => {
    const script = await spa.http.get('/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.text).toBe('console.log("heroics")');
    for (const path of ['/api/no-such-thing', '/api', '/api/stories/feed/extra', '/assets/gone.js']) {
      const response = await spa.http.get(path).set('Accept', 'text/html');
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 404, title: 'Not Found', instance: path });
    }
  });
});
