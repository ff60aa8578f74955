import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { ConfigError, ensureDevelopmentSecret, EnvironmentVariables, loadConfig, unknownVariables } from './app-config';
import { configTable } from './config-docs';
import { variableDocs } from './doc.decorator';

const dataDir = () => mkdtempSync(join(tmpdir(), 'heroics-config-'));
/** A data folder as start-up leaves it: with its development signing key. */
const startedDataDir = () => {
  const dir = dataDir();
  ensureDevelopmentSecret({ DATA_DIR: dir });
  return dir;
};

describe('loadConfig', () => {
  it('has working defaults for a first start', () => {
    const config = loadConfig({ DATA_DIR: startedDataDir() });
    expect(config).toMatchObject({ env: 'development', port: 3000, seedDemo: true, swaggerUi: true, cookieSecure: false, accessTokenTtlSeconds: 900 });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('keeps the generated development secret across restarts', () => {
    const dir = startedDataDir();
    const first = loadConfig({ DATA_DIR: dir }).jwtSecret;
    ensureDevelopmentSecret({ DATA_DIR: dir });
    expect(loadConfig({ DATA_DIR: dir }).jwtSecret).toBe(first);
  });

  it('writes nothing: without JWT_SECRET it only reads the key start-up created, and says so when there is none', () => {
    const dir = join(dataDir(), 'fresh');
    expect(() => loadConfig({ DATA_DIR: dir })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dir })).toThrow(/JWT_SECRET is not set and there is no development signing key at .*jwt-secret/);
    expect(existsSync(dir)).toBe(false);
    expect(loadConfig({ DATA_DIR: dir, JWT_SECRET: 'j'.repeat(40) }).jwtSecret).toBe('j'.repeat(40));
    expect(existsSync(dir)).toBe(false);
  });

  it('creates the development key only where it is used: not with JWT_SECRET, never in production', () => {
    const dir = dataDir();
    ensureDevelopmentSecret({ DATA_DIR: dir, JWT_SECRET: 'j'.repeat(40) });
    expect(readdirSync(dir)).toEqual([]);
    expect(() => ensureDevelopmentSecret({ DATA_DIR: dir, NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required/);
    expect(readdirSync(dir)).toEqual([]);
    ensureDevelopmentSecret({ DATA_DIR: dir });
    expect(readdirSync(dir)).toEqual(['jwt-secret']);
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
    expect(loadConfig({ DATA_DIR: startedDataDir() }).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ DATA_DIR: startedDataDir(), PORT: '4123' }).publicUrl).toBe('http://localhost:4123');
  });

  it('reads STORAGE_URL as an S3 endpoint, its credentials and bucket; without it pictures stay in PostgreSQL', () => {
    expect(loadConfig({ DATA_DIR: startedDataDir() }).storage).toBeNull();
    expect(
      loadConfig({ DATA_DIR: startedDataDir(), STORAGE_URL: 's3+http://AK%2FIA:se%40cret@127.0.0.1:9000/heroics-pictures?region=eu-west-3' }).storage,
    ).toEqual({
      endpoint: 'http://127.0.0.1:9000',
      region: 'eu-west-3',
      bucket: 'heroics-pictures',
      accessKeyId: 'AK/IA',
      secretAccessKey: 'se@cret',
      forcePathStyle: true,
    });
    expect(loadConfig({ DATA_DIR: startedDataDir(), STORAGE_URL: 's3://k:s@s3.example/b?forcePathStyle=false' }).storage).toMatchObject({
      endpoint: 'https://s3.example',
      region: 'us-east-1',
      forcePathStyle: false,
    });
    expect(() => loadConfig({ DATA_DIR: startedDataDir(), STORAGE_URL: 'https://s3.example/bucket' })).toThrow(/STORAGE_URL/);
    expect(() => loadConfig({ DATA_DIR: startedDataDir(), STORAGE_URL: 's3://k:s@s3.example' })).toThrow(/STORAGE_URL/);
  });

  it('reads lists and numbers', () => {
    const config = loadConfig({ DATA_DIR: startedDataDir(), CORS_ORIGINS: 'https://a.example, https://b.example', LOGIN_MAX_FAILURES_PER_ACCOUNT: '7' });
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.login.maxFailuresPerAccount).toBe(7);
  });
});

describe('the declared environment variables', () => {
  // Every property class-validator knows on the class, and every one described: each is a declared variable.
  const declared = [
    ...new Set([
      ...getMetadataStorage()
        .getTargetValidationMetadatas(EnvironmentVariables, '', true, false)
        .map((m) => m.propertyName),
      ...variableDocs(EnvironmentVariables).keys(),
    ]),
  ];
  const base = { DATA_DIR: dataDir(), JWT_SECRET: 'j'.repeat(40), SSO_ISSUER: 'https://id.example', SSO_CLIENT_ID: 'heroics' };
  // A valid value that differs from the base's, for the variables whose default is not a number or a boolean.
  const samples: Record<string, string> = {
    HOST: '127.0.0.1',
    NODE_ENV: 'test',
    DATABASE_URL: 'postgres://db:5432/heroics',
    DATA_DIR: dataDir(),
    EMBEDDED_PG_PORT: '54400',
    SEED_DEMO: 'false',
    JWT_SECRET: 'k'.repeat(40),
    COOKIE_SECURE: 'true',
    PUBLIC_URL: 'https://heroics.example',
    COMPANY_TIME_ZONE: 'Europe/Paris',
    CORS_ORIGINS: 'https://a.example',
    SWAGGER_UI: 'false',
    LOG_LEVEL: 'debug',
    SSO_ISSUER: 'https://other-id.example',
    SSO_CLIENT_ID: 'other',
    SSO_CLIENT_SECRET: 'shh',
    SSO_PROVIDER_NAME: 'Okta',
    SSO_ALLOWED_DOMAINS: 'example.com',
    SSO_BREAK_GLASS_EMAILS: 'admin@example.com',
    SSO_DEPARTMENT_CLAIM: 'team',
    SECRETS_KEY: 'ab'.repeat(32),
    REDEMPTION_CODE_KEY: 'r'.repeat(40),
    HOUSEKEEPING_CRON: '5 * * * *',
    WEEKLY_DIGEST_CRON: '0 8 * * 1',
    DAILY_MAIL_CRON: '0 8 * * *',
    SMTP_URL: 'smtp://mail.example:587',
    MAIL_FROM: 'Kudos <kudos@example.com>',
    COMPANY_NAME: 'Acme',
    REDIS_URL: 'redis://127.0.0.1:6379',
    OUTBOUND_ALLOWED_HOSTS: 'hooks.example.com',
    SLACK_API_URL: 'http://127.0.0.1:9/api/',
    STORAGE_URL: 's3://AKIA:secret@s3.example:9000/pictures',
  };
  const initial = new EnvironmentVariables() as unknown as Record<string, unknown>;
  const sample = (name: string) => {
    const value = initial[name];
    return samples[name] ?? (typeof value === 'number' ? String(value + 1) : typeof value === 'boolean' ? String(!value) : undefined);
  };

  it('are read from the class, optional ones without a default included', () => {
    expect(declared).toEqual(expect.arrayContaining(['DATABASE_URL', 'SSO_DEPARTMENT_CLAIM', 'REDEMPTION_CODE_KEY', 'PORT', 'SLACK_API_URL']));
    const read = new Set<string>();
    const env = new Proxy(base as Record<string, string | undefined>, { get: (target, key: string) => (read.add(key), target[key]) });
    loadConfig(env);
    expect(declared.filter((name) => !read.has(name))).toEqual([]);
  });

  it.each(declared)('%s set in the environment changes the configuration (none is silently ignored)', (name) => {
    const value = sample(name);
    expect({ name, value }).toEqual({ name, value: expect.any(String) });
    expect(loadConfig({ ...base, [name]: value })).not.toEqual(loadConfig(base));
  });

  it('are each described, and the README table has a row for each', () => {
    const docs = variableDocs(EnvironmentVariables);
    expect(declared.filter((name) => !docs.get(name)?.meaning)).toEqual([]);
    const table = configTable();
    expect(declared.filter((name) => !table.includes(`| \`${name}\` |`))).toEqual([]);
    expect(table).toContain('| `PORT` | `3000` | HTTP port for the API and the SPA |');
    expect(table).toContain('| `DATABASE_URL` | *(unset)* |');
    expect(table).toContain('| `SEED_DEMO` | `true`, `false` in production |');
  });

  it('an unknown variable that looks like one of them is reported, not silently taken', () => {
    const env = {
      SSO_CLIENTID: 'x',
      WEBHOOK_TIMEOUT: '9',
      LOGIN_MAX_FAILURES: '3',
      SSO_ISSUER: 'https://id.example',
      NODE_OPTIONS: '',
      PATH: '/bin',
      HOSTNAME: 'box',
    };
    expect(unknownVariables(env)).toEqual(['LOGIN_MAX_FAILURES', 'SSO_CLIENTID', 'WEBHOOK_TIMEOUT']);
  });
});
