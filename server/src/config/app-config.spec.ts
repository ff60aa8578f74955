import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const dataDir = () => mkdtempSync(join(tmpdir(), 'heroics-config-'));

describe('loadConfig', () => {
  it('has working defaults for a first start', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config).toMatchObject({ env: 'development', port: 3000, seedDemo: true, swaggerUi: true, cookieSecure: false, accessTokenTtlSeconds: 900 });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('keeps the generated development secret across restarts', () => {
    const dir = dataDir();
    expect(loadConfig({ DATA_DIR: dir }).jwtSecret).toBe(loadConfig({ DATA_DIR: dir }).jwtSecret);
  });

  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration: PORT="abc"/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ SEED_DEMO: 'maybe' }, /SEED_DEMO/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET/],
    [{ NODE_ENV: 'production' }, /JWT_SECRET is required/],
    [{ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40) }, /PUBLIC_URL is required when NODE_ENV=production/],
    [{ REFRESH_REUSE_GRACE_SECONDS: '600' }, /REFRESH_REUSE_GRACE_SECONDS/],
    [{ WRITE_LIMIT_STORIES: '0' }, /WRITE_LIMIT_STORIES/],
    [{ PUBLIC_URL: 'ftp://heroics.example' }, /PUBLIC_URL/],
    [{ PUBLIC_URL: 'file:///etc/passwd' }, /PUBLIC_URL/],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env })).toThrow(message);
  });

  it('turns off demo data, Swagger UI and insecure cookies in production unless asked', () => {
    const production = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'p'.repeat(40),
      PUBLIC_URL: 'https://heroics.example.com/',
      DATABASE_URL: 'postgres://db:5432/heroics',
    });
    expect(production).toMatchObject({
      seedDemo: false,
      swaggerUi: false,
      cookieSecure: true,
      databaseUrl: 'postgres://db:5432/heroics',
      publicUrl: 'https://heroics.example.com',
    });
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40), PUBLIC_URL: 'https://heroics.example.com', SEED_DEMO: 'true' }).seedDemo).toBe(
      true,
    );
  });

  it('outside production, links point at this machine on its own port: never at a Host a request names', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ DATA_DIR: dataDir(), PORT: '4123' }).publicUrl).toBe('http://localhost:4123');
  });

  it('reads lists and numbers', () => {
    const config = loadConfig({ DATA_DIR: dataDir(), CORS_ORIGINS: 'https://a.example, https://b.example', LOGIN_MAX_FAILURES_PER_ACCOUNT: '7' });
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.login.maxFailuresPerAccount).toBe(7);
  });
});
