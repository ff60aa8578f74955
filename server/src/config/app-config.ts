import 'reflect-metadata';
import { hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { plainToInstance, Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min, MinLength, validateSync } from 'class-validator';

/** The repository root: the nearest folder above this file whose package.json declares the workspaces. */
export const REPOSITORY_ROOT = findRepositoryRoot(__dirname);

function findRepositoryRoot(start: string): string {
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).workspaces) return dir;
  }
  return process.cwd();
}

const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : value === true || value === 'true' || value === '1'
      ? true
      : value === 'false' || value === '0'
        ? false
        : value;

/**
 * Every environment variable Heroics reads. This is the only place that reads process.env;
 * the README's configuration table mirrors it.
 */
export class EnvironmentVariables {
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @IsString()
  HOST = '0.0.0.0';

  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  DATA_DIR?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT?: number;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  SEED_DEMO?: boolean;

  @IsOptional()
  @IsString()
  @MinLength(32)
  JWT_SECRET?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(86400)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(3600)
  @Max(31536000)
  REFRESH_TOKEN_TTL_SECONDS = 30 * 86400;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  COOKIE_SECURE?: boolean;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 10;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  LOGIN_MAX_FAILURES_PER_IP = 100;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  LOGIN_FREE_FAILURES_PER_CLIENT = 3;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(86400)
  LOGIN_THROTTLE_WINDOW_SECONDS = 900;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3650)
  LOGIN_DEVICE_TRUST_DAYS = 180;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60)
  REFRESH_REUSE_GRACE_SECONDS = 5;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(86400)
  WRITE_LIMIT_WINDOW_SECONDS = 3600;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000000)
  WRITE_LIMIT_STORIES = 30;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000000)
  WRITE_LIMIT_ENDORSEMENTS = 300;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000000)
  WRITE_LIMIT_REWARDS = 200;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000000)
  WRITE_LIMIT_IMPORTS = 30;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  REPORTS_MAX_CONCURRENT_PER_PERSON = 2;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(90)
  INVITATION_TTL_DAYS = 7;

  // Only a web address: it is the base of links people click (invitations), never fetched by the server.
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  PUBLIC_URL?: string;

  @IsOptional()
  @Matches(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/)
  COMPANY_TIME_ZONE = 'UTC';

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  SWAGGER_UI?: boolean;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  CORS_ORIGINS?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  DB_POOL_SIZE = 10;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  TRUST_PROXY?: boolean;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  PEER_NOMINATION_THRESHOLD = 5;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3600)
  LEADERBOARD_REFRESH_SECONDS = 5;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(600000)
  SLOW_QUERY_MS = 500;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(86400)
  REPORT_CACHE_SECONDS = 60;

  // Five-field cron (minute hour day month weekday) in COMPANY_TIME_ZONE; pg-boss starts it once per slot across instances.
  @IsOptional()
  @Matches(/^\S+( \S+){4}$/, { message: 'must be a five-field cron expression such as "17 * * * *"' })
  HOUSEKEEPING_CRON = '17 * * * *';

  @IsOptional()
  @Matches(/^\S+( \S+){4}$/, { message: 'must be a five-field cron expression such as "0 7 * * 1"' })
  WEEKLY_DIGEST_CRON = '0 7 * * 1';

  @IsOptional()
  @Matches(/^\S+( \S+){4}$/, { message: 'must be a five-field cron expression such as "0 7 * * *"' })
  DAILY_MAIL_CRON = '0 7 * * *';

  // smtp:// or smtps://user:pass@host:port; unset: every email goes to the outbox table that admins read in the app.
  @IsOptional()
  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true })
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  @MaxLength(254)
  MAIL_FROM = 'Heroics <heroics@localhost>';

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(600000)
  SMTP_TIMEOUT_MS = 20000;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  COMPANY_NAME = 'Larkspur';

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  JOB_RETRY_LIMIT = 5;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3600)
  JOB_RETRY_DELAY_SECONDS = 30;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(86400)
  ENDORSEMENT_EMAIL_BATCH_SECONDS = 3600;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(5)
  @Max(1440)
  PASSWORD_RESET_TTL_MINUTES = 30;

  @IsOptional()
  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true })
  REDIS_URL?: string;

  // Single sign-on set by infrastructure-as-code; when SSO_ISSUER is set these win over the admin's settings.
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  SSO_ISSUER?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  SSO_CLIENT_ID?: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  SSO_CLIENT_SECRET?: string;

  @IsOptional()
  @IsString()
  @MaxLength(60)
  SSO_PROVIDER_NAME?: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  SSO_ALLOWED_DOMAINS?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  SSO_REQUIRED?: boolean;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  SSO_BREAK_GLASS_EMAILS?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  SSO_JIT_PROVISIONING?: boolean;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  SSO_DEPARTMENT_CLAIM?: string;

  // Lets webhooks and Teams cards reach private, loopback and link-local addresses (on-premise receivers).
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  WEBHOOK_ALLOW_PRIVATE = false;

  // Comma-separated hosts that webhooks and Teams cards may reach; empty: any public host.
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  OUTBOUND_ALLOWED_HOSTS = '';

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3600)
  WEBHOOK_RETRY_BASE_SECONDS = 30;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  WEBHOOK_MAX_ATTEMPTS = 6;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(60000)
  WEBHOOK_TIMEOUT_MS = 5000;

  // Where Slack's Web API is; only a test (or a proxy) changes it.
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  SLACK_API_URL = 'https://slack.com/api/';

  /** 32 bytes as 64 hex characters or base64: encrypts secrets kept in the database (the SSO client secret). */
  @IsOptional()
  @Matches(/^([0-9a-fA-F]{64}|[A-Za-z0-9+/_-]{43}=?)$/)
  SECRETS_KEY?: string;

  @IsOptional()
  @IsString()
  @MinLength(32)
  REDEMPTION_CODE_KEY?: string;
}

export interface SsoEnvironment {
  issuer: string;
  clientId: string;
  clientSecret: string;
  providerName: string;
  allowedDomains: string[];
  requireSso: boolean;
  breakGlassEmails: string[];
  jitProvisioning: boolean;
  departmentClaim: string;
}

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  embeddedPgPort?: number;
  seedDemo: boolean;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  cookieSecure: boolean;
  login: {
    maxFailuresPerAccount: number;
    maxFailuresPerIp: number;
    /** Failures one client may make on one account before each further failure makes it wait, twice as long each time. */
    freeFailuresPerClient: number;
    windowSeconds: number;
    /** How long a device that proved the password keeps signing in through an account lock. */
    deviceTrustDays: number;
  };
  /** A refresh token just rotated still works this long (two tabs refreshing at once); a replay after it ends the sign-in. */
  refreshReuseGraceSeconds: number;
  /** Writes per person per window, by kind; 429 with Retry-After beyond. Shared by every instance like the sign-in throttle. */
  writeLimits: { windowSeconds: number; stories: number; endorsements: number; rewards: number; imports: number };
  /** Expensive reports one person may have running at once on one instance. */
  reportsMaxConcurrentPerPerson: number;
  invitationTtlDays: number;
  /** Base of every link Heroics hands out (invitations); never taken from a request header. */
  publicUrl: string;
  companyTimeZone: string;
  logLevel: string;
  swaggerUi: boolean;
  corsOrigins: string[];
  dbPoolSize: number;
  trustProxy: boolean;
  /** Endorsements that put a story at the top of a manager's review queue as nominated by peers. */
  peerNominationThreshold: number;
  /** A ranked leaderboard is recomputed after this many seconds (0: on every request); the viewer's own row is always live. */
  leaderboardRefreshSeconds: number;
  /** Queries slower than this are logged as warnings with their SQL (0: off). */
  slowQueryMs: number;
  /** A report is computed at most once per this many seconds for the same scope and question (0: every time). */
  reportCacheSeconds: number;
  jobs: {
    housekeepingCron: string;
    weeklyDigestCron: string;
    dailyMailCron: string;
    retryLimit: number;
    retryDelaySeconds: number;
    /** pg-boss's schema; tests give each app its own so their workers never take each other's jobs. */
    schema: string;
  };
  mail: { smtpUrl?: string; from: string; timeoutMs: number; companyName: string; endorsementBatchSeconds: number };
  passwordResetTtlMinutes: number;
  /** Where sign-in throttle counters live when set; PostgreSQL otherwise. */
  redisUrl?: string;
  /** Single sign-on from the environment (SSO_*); null when the admin's settings in the app apply. */
  ssoFromEnvironment: SsoEnvironment | null;
  /** AES-256-GCM key for secrets at rest: SECRETS_KEY, or derived from JWT_SECRET. */
  secretsKey: Buffer;
  /** Secret from which the key that encrypts gift-card codes is derived (default: JWT_SECRET). */
  redemptionCodeKey: string;
  webhooks: { allowPrivate: boolean; allowedHosts: string[]; retryBaseSeconds: number; maxAttempts: number; timeoutMs: number };
  slack: { apiUrl: string };
  clientDistDir: string;
  /** Where log lines go: standard output, unless a test reads them. */
  logStream?: NodeJS.WritableStream;
}

export class ConfigError extends Error {}

/** Validates the environment and returns the typed configuration, or throws a ConfigError naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const known = Object.keys(new EnvironmentVariables());
  const raw: Record<string, string> = {};
  for (const key of [
    ...known,
    'DATABASE_URL',
    'DATA_DIR',
    'EMBEDDED_PG_PORT',
    'SEED_DEMO',
    'JWT_SECRET',
    'COOKIE_SECURE',
    'PUBLIC_URL',
    'SWAGGER_UI',
    'CORS_ORIGINS',
    'TRUST_PROXY',
    'LOG_LEVEL',
    'REDIS_URL',
    'SSO_ISSUER',
    'SSO_CLIENT_ID',
    'SSO_CLIENT_SECRET',
    'SSO_PROVIDER_NAME',
    'SSO_ALLOWED_DOMAINS',
    'SSO_REQUIRED',
    'SSO_BREAK_GLASS_EMAILS',
    'SSO_JIT_PROVISIONING',
    'SSO_DEPARTMENT_CLAIM',
    'SECRETS_KEY',
    'SMTP_URL',
    'REDEMPTION_CODE_KEY',
  ]) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const vars = plainToInstance(EnvironmentVariables, raw);
  const errors = validateSync(vars, { whitelist: true });
  if (errors.length > 0) {
    const first = errors[0];
    const reason = Object.values(first.constraints ?? {})[0] ?? 'is invalid';
    throw new ConfigError(`Invalid configuration: ${first.property}=${JSON.stringify(raw[first.property])} (${reason.replace(first.property + ' ', '')})`);
  }
  const production = vars.NODE_ENV === 'production';
  const dataDir = resolve(vars.DATA_DIR ?? join(REPOSITORY_ROOT, '.data'));
  if (production && !vars.JWT_SECRET) {
    throw new ConfigError('Invalid configuration: JWT_SECRET is required when NODE_ENV=production (at least 32 characters)');
  }
  if (production && !vars.PUBLIC_URL) {
    // Links in invitations must not depend on whatever Host header a request names.
    throw new ConfigError('Invalid configuration: PUBLIC_URL is required when NODE_ENV=production (the https:// address people open Heroics at)');
  }
  if (vars.SSO_ISSUER && !vars.SSO_CLIENT_ID) throw new ConfigError('Invalid configuration: SSO_CLIENT_ID is required when SSO_ISSUER is set');
  const jwtSecret = vars.JWT_SECRET ?? developmentSecret(dataDir);
  const list = (value?: string) =>
    (value ?? '')
      .split(',')
      .map((v) => v.trim().toLowerCase())
      .filter(Boolean);
  return {
    env: vars.NODE_ENV,
    port: vars.PORT,
    host: vars.HOST,
    databaseUrl: vars.DATABASE_URL,
    dataDir,
    embeddedPgPort: vars.EMBEDDED_PG_PORT,
    seedDemo: vars.SEED_DEMO ?? !production,
    jwtSecret,
    accessTokenTtlSeconds: vars.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: vars.REFRESH_TOKEN_TTL_SECONDS,
    cookieSecure: vars.COOKIE_SECURE ?? production,
    login: {
      maxFailuresPerAccount: vars.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerIp: vars.LOGIN_MAX_FAILURES_PER_IP,
      freeFailuresPerClient: vars.LOGIN_FREE_FAILURES_PER_CLIENT,
      windowSeconds: vars.LOGIN_THROTTLE_WINDOW_SECONDS,
      deviceTrustDays: vars.LOGIN_DEVICE_TRUST_DAYS,
    },
    refreshReuseGraceSeconds: vars.REFRESH_REUSE_GRACE_SECONDS,
    writeLimits: {
      windowSeconds: vars.WRITE_LIMIT_WINDOW_SECONDS,
      stories: vars.WRITE_LIMIT_STORIES,
      endorsements: vars.WRITE_LIMIT_ENDORSEMENTS,
      rewards: vars.WRITE_LIMIT_REWARDS,
      imports: vars.WRITE_LIMIT_IMPORTS,
    },
    reportsMaxConcurrentPerPerson: vars.REPORTS_MAX_CONCURRENT_PER_PERSON,
    invitationTtlDays: vars.INVITATION_TTL_DAYS,
    publicUrl: (vars.PUBLIC_URL ?? `http://localhost:${vars.PORT}`).replace(/\/$/, ''),
    companyTimeZone: vars.COMPANY_TIME_ZONE,
    // Request logs are for servers; on a laptop `npm start` shows the banner and warnings only.
    logLevel: vars.LOG_LEVEL ?? (production ? 'info' : 'warn'),
    swaggerUi: vars.SWAGGER_UI ?? !production,
    corsOrigins: (vars.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    dbPoolSize: vars.DB_POOL_SIZE,
    trustProxy: vars.TRUST_PROXY ?? false,
    peerNominationThreshold: vars.PEER_NOMINATION_THRESHOLD,
    leaderboardRefreshSeconds: vars.LEADERBOARD_REFRESH_SECONDS,
    slowQueryMs: vars.SLOW_QUERY_MS,
    reportCacheSeconds: vars.REPORT_CACHE_SECONDS,
    jobs: {
      housekeepingCron: vars.HOUSEKEEPING_CRON,
      weeklyDigestCron: vars.WEEKLY_DIGEST_CRON,
      dailyMailCron: vars.DAILY_MAIL_CRON,
      retryLimit: vars.JOB_RETRY_LIMIT,
      retryDelaySeconds: vars.JOB_RETRY_DELAY_SECONDS,
      schema: 'pgboss',
    },
    mail: {
      smtpUrl: vars.SMTP_URL,
      from: vars.MAIL_FROM,
      timeoutMs: vars.SMTP_TIMEOUT_MS,
      companyName: vars.COMPANY_NAME,
      endorsementBatchSeconds: vars.ENDORSEMENT_EMAIL_BATCH_SECONDS,
    },
    passwordResetTtlMinutes: vars.PASSWORD_RESET_TTL_MINUTES,
    redisUrl: vars.REDIS_URL,
    ssoFromEnvironment: vars.SSO_ISSUER
      ? {
          issuer: vars.SSO_ISSUER,
          clientId: vars.SSO_CLIENT_ID!,
          clientSecret: vars.SSO_CLIENT_SECRET ?? '',
          providerName: vars.SSO_PROVIDER_NAME ?? 'your company account',
          allowedDomains: list(vars.SSO_ALLOWED_DOMAINS),
          requireSso: vars.SSO_REQUIRED ?? false,
          breakGlassEmails: list(vars.SSO_BREAK_GLASS_EMAILS),
          jitProvisioning: vars.SSO_JIT_PROVISIONING ?? false,
          departmentClaim: vars.SSO_DEPARTMENT_CLAIM ?? 'department',
        }
      : null,
    secretsKey: vars.SECRETS_KEY
      ? Buffer.from(vars.SECRETS_KEY, /^[0-9a-fA-F]{64}$/.test(vars.SECRETS_KEY) ? 'hex' : 'base64')
      : Buffer.from(hkdfSync('sha256', jwtSecret, 'heroics', 'secrets at rest', 32)),
    redemptionCodeKey: vars.REDEMPTION_CODE_KEY ?? jwtSecret,
    webhooks: {
      allowPrivate: vars.WEBHOOK_ALLOW_PRIVATE,
      allowedHosts: vars.OUTBOUND_ALLOWED_HOSTS.split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
      retryBaseSeconds: vars.WEBHOOK_RETRY_BASE_SECONDS,
      maxAttempts: vars.WEBHOOK_MAX_ATTEMPTS,
      timeoutMs: vars.WEBHOOK_TIMEOUT_MS,
    },
    slack: { apiUrl: vars.SLACK_API_URL.endsWith('/') ? vars.SLACK_API_URL : `${vars.SLACK_API_URL}/` },
    clientDistDir: join(REPOSITORY_ROOT, 'client', 'dist'),
  };
}

/** Outside production a signing secret is generated once and kept beside the data, so restarts keep sessions. */
function developmentSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
