import 'reflect-metadata';
import { hkdfSync } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  getMetadataStorage,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { createDevelopmentSecret, developmentSecretFile, readDevelopmentSecret } from './development-secret';
import { Doc } from './doc.decorator';
import { parseStorageUrl } from './storage-url';

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
 * Every environment variable Heroics reads, each declared once: its type, default, validation and description.
 * This is the only place that reads process.env; `npm run config:docs` writes the README's configuration table from it.
 */
export class EnvironmentVariables {
  @Doc('HTTP port for the API and the SPA')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @Doc('interface to listen on')
  @IsOptional()
  @IsString()
  HOST = '0.0.0.0';

  @Doc('`development`, `production` or `test`')
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Doc('PostgreSQL to use; unset means the embedded one')
  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL?: string;

  @Doc('where the embedded PostgreSQL keeps its data (and the development signing key)', { default: '`./.data`' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  DATA_DIR?: string;

  @Doc('port of the embedded PostgreSQL; the choice is remembered in `DATA_DIR`', { default: '`54329`, or a free port' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT?: number;

  @Doc('load the demo company into an empty database at start', { default: '`true`, `false` in production' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  SEED_DEMO?: boolean;

  @Doc('key that signs access tokens (≥ 32 chars); **required in production** and the same on every instance', { default: 'generated into `DATA_DIR`' })
  @IsOptional()
  @IsString()
  @MinLength(32)
  JWT_SECRET?: string;

  @Doc('access-token lifetime')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(86400)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Doc('refresh-token lifetime', { default: '`2592000` (30 days)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(3600)
  @Max(31536000)
  REFRESH_TOKEN_TTL_SECONDS = 30 * 86400;

  @Doc('send the refresh cookie over HTTPS only', { default: '`true` in production' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  COOKIE_SECURE?: boolean;

  @Doc(
    'failed sign-ins on one account, from anywhere, within the window before it is locked for new clients; a device that signed in to that account before (the signed, http-only `heroics_device` cookie) still gets in with the right password. A lock is written to the audit log',
  )
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 10;

  @Doc('failed sign-ins per client IP within the window (successes never count, so an office behind one address can all sign in at once)')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  LOGIN_MAX_FAILURES_PER_IP = 100;

  @Doc(
    'failures one client (address, or trusted device) may make on one account before it must wait 1 s, 2 s, 4 s … (up to 15 minutes) before each further attempt',
  )
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  LOGIN_FREE_FAILURES_PER_CLIENT = 3;

  @Doc('the throttling window')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(86400)
  LOGIN_THROTTLE_WINDOW_SECONDS = 900;

  @Doc('lifetime of the device cookie that lets a known device past an account lock')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3650)
  LOGIN_DEVICE_TRUST_DAYS = 180;

  @Doc('a refresh token just rotated still works this long (two tabs refreshing at once); presented after that, it ends the whole sign-in')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60)
  REFRESH_REUSE_GRACE_SECONDS = 5;

  @Doc('window of the per-person write limits below (429 with `Retry-After` beyond them; shared by every instance, in PostgreSQL or Redis)')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(86400)
  WRITE_LIMIT_WINDOW_SECONDS = 3600;

  @Doc('stories one person may post per window')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000000)
  WRITE_LIMIT_STORIES = 30;

  @Doc('endorsements one person may give per window')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000000)
  WRITE_LIMIT_ENDORSEMENTS = 300;

  @Doc('rewards one person may give per window')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000000)
  WRITE_LIMIT_REWARDS = 200;

  @Doc('roster imports (dry runs included) one admin may send per window')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000000)
  WRITE_LIMIT_IMPORTS = 30;

  @Doc('quick kudos one person may give per window')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000000)
  WRITE_LIMIT_KUDOS = 300;

  @Doc('comments, edits and thanks one person may write per window')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000000)
  WRITE_LIMIT_COMMENTS = 600;

  @Doc('reports one person may have running at once on one instance (429 beyond)')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  REPORTS_MAX_CONCURRENT_PER_PERSON = 2;

  @Doc('how long an invitation link works')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(90)
  INVITATION_TTL_DAYS = 7;

  // Only a web address: it is the base of links people click (invitations), never fetched by the server.
  @Doc("base URL used in invitation links (`http` or `https` only; never taken from a request's `Host` header; the server never fetches it)", {
    default: '`http://localhost:<PORT>`; **required in production**',
  })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  PUBLIC_URL?: string;

  @Doc(
    'IANA zone that decides what "today" is for dates, and where budget quarters and leaderboard periods begin and end (a reward at 23:59 on 31 December counts in Q4); after changing it, run `npm run tallies:rebuild`',
  )
  @IsOptional()
  @Matches(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/)
  COMPANY_TIME_ZONE = 'UTC';

  @Doc('trust `X-Forwarded-For` (set behind a load balancer so throttling sees client IPs)')
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  TRUST_PROXY = false;

  @Doc('comma-separated origins allowed to call the API from another site', { default: '*(none)*' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  CORS_ORIGINS?: string;

  @Doc('serve Swagger UI at `/api/docs` (`/api/docs.json` is always served)', { default: '`true`, `false` in production' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  SWAGGER_UI?: boolean;

  @Doc('`fatal` … `trace`, or `silent` (request logs are JSON lines at `info`)', { default: '`info` in production, `warn` otherwise' })
  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL?: string;

  @Doc('PostgreSQL connections per app instance')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  DB_POOL_SIZE = 10;

  // Single sign-on set by infrastructure-as-code; when SSO_ISSUER is set these win over the admin's settings.
  @Doc("OpenID provider's issuer URL; when set, single sign-on comes from these variables and the admin page is read-only")
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  SSO_ISSUER?: string;

  @Doc('the client registered at the provider (required with `SSO_ISSUER`)')
  @IsOptional()
  @IsString()
  @MaxLength(200)
  SSO_CLIENT_ID?: string;

  @Doc("that client's secret at the provider")
  @IsOptional()
  @IsString()
  @MaxLength(500)
  SSO_CLIENT_SECRET?: string;

  @Doc('shown on the sign-in button')
  @IsOptional()
  @IsString()
  @MaxLength(60)
  SSO_PROVIDER_NAME = 'your company account';

  @Doc('comma-separated email domains allowed to sign in', { default: '*(any)*' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  SSO_ALLOWED_DOMAINS?: string;

  @Doc('passwords only for `SSO_BREAK_GLASS_EMAILS`')
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  SSO_REQUIRED = false;

  @Doc('comma-separated admin emails that may still sign in with a password when `SSO_REQUIRED` is on', { default: '*(none)*' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  SSO_BREAK_GLASS_EMAILS?: string;

  @Doc('create unknown people as staff on first sign-in, in the department that `SSO_DEPARTMENT_CLAIM` names')
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  SSO_JIT_PROVISIONING = false;

  @Doc('the claim that names the department of a person created on first sign-in')
  @IsOptional()
  @IsString()
  @MaxLength(100)
  SSO_DEPARTMENT_CLAIM = 'department';

  @Doc('32 bytes (64 hex characters or base64) encrypting secrets kept in the database, such as the SSO client secret', {
    default: 'derived from `JWT_SECRET`',
  })
  @IsOptional()
  @Matches(/^([0-9a-fA-F]{64}|[A-Za-z0-9+/_-]{43}=?)$/)
  SECRETS_KEY?: string;

  @Doc(
    'secret (≥ 32 chars) from which the key that encrypts gift-card codes at rest (AES-256-GCM) is derived; set it so that rotating `JWT_SECRET` keeps stored codes readable',
    { default: '`JWT_SECRET`' },
  )
  @IsOptional()
  @IsString()
  @MinLength(32)
  REDEMPTION_CODE_KEY?: string;

  @Doc("endorsements that mark a story *nominated by peers* in a manager's review queue")
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  PEER_NOMINATION_THRESHOLD = 5;

  @Doc(
    'a ranked leaderboard is served from memory for this long, then re-ranked in the background (never served older than six times this; `0` ranks on every request). Your own row is always live',
  )
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3600)
  LEADERBOARD_REFRESH_SECONDS = 5;

  @Doc(
    'a report is computed at most once per this many seconds for the same scope and question, and shared meanwhile; any roster change (hire, edit, departure, import) makes it current at once; recognition figures may lag a new story or reward by up to this plus one recomputation (an answer past this age is served while it is recomputed, up to twice this age); `0` computes every time',
  )
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(86400)
  REPORT_CACHE_SECONDS = 60;

  @Doc('database queries slower than this are logged as warnings with their SQL and timing (never parameter values); `0` turns it off')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(600000)
  SLOW_QUERY_MS = 500;

  // Five-field cron (minute hour day month weekday) in COMPANY_TIME_ZONE; pg-boss starts it once per slot across instances.
  @Doc(
    'when the housekeeping job (purging expired refresh tokens and throttle counters) runs: a five-field cron in `COMPANY_TIME_ZONE`, once per slot across all instances (pg-boss schedule)',
  )
  @IsOptional()
  @Matches(/^\S+( \S+){4}$/, { message: 'must be a five-field cron expression such as "17 * * * *"' })
  HOUSEKEEPING_CRON = '17 * * * *';

  @Doc('when managers get the weekly digest (Monday 07:00 company time)')
  @IsOptional()
  @Matches(/^\S+( \S+){4}$/, { message: 'must be a five-field cron expression such as "0 7 * * 1"' })
  WEEKLY_DIGEST_CRON = '0 7 * * 1';

  @Doc('when the daily recognition digests and the work-anniversary emails go out')
  @IsOptional()
  @Matches(/^\S+( \S+){4}$/, { message: 'must be a five-field cron expression such as "0 7 * * *"' })
  DAILY_MAIL_CRON = '0 7 * * *';

  @Doc(
    '`smtp://user:pass@host:587` or `smtps://…:465`: deliver email through this server. Unset: every email goes to the **outbox** (admins read it in the app); in production start-up warns that mail is not delivered',
  )
  @IsOptional()
  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true })
  SMTP_URL?: string;

  @Doc('the From of every email')
  @IsOptional()
  @IsString()
  @MaxLength(254)
  MAIL_FROM = 'Heroics <heroics@localhost>';

  @Doc('connection, greeting and socket timeout towards the mail server; a server that hangs fails the attempt, which is retried')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(600000)
  SMTP_TIMEOUT_MS = 20000;

  @Doc("the company's name in emails")
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  COMPANY_NAME = 'Larkspur';

  @Doc('retries of a failed background job before it is dead-lettered (shown on the Jobs page)')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  JOB_RETRY_LIMIT = 5;

  @Doc('delay before the first retry; it doubles for each retry after that (exponential backoff)')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3600)
  JOB_RETRY_DELAY_SECONDS = 30;

  @Doc('endorsement emails are batched: at most one per person per window, listing the endorsements since the last one')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(86400)
  ENDORSEMENT_EMAIL_BATCH_SECONDS = 3600;

  @Doc('how long a password-reset link works (once)')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(5)
  @Max(1440)
  PASSWORD_RESET_TTL_MINUTES = 30;

  @Doc(
    '`redis://host:6379`: keep sign-in throttle counters and per-person write limits in Redis instead of PostgreSQL (shared by every instance either way; PostgreSQL takes over while Redis is away)',
  )
  @IsOptional()
  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true })
  REDIS_URL?: string;

  @Doc('let webhooks and Teams cards reach private, loopback and link-local addresses (for receivers on your own network)')
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  WEBHOOK_ALLOW_PRIVATE = false;

  @Doc('comma-separated egress allow-list for webhooks and Teams cards (`hooks.zendesk.com,prod-12.westeurope.logic.azure.com`)', {
    default: '*(any public host)*',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  OUTBOUND_ALLOWED_HOSTS = '';

  @Doc('first retry delay of a failed delivery; it doubles each attempt, up to an hour')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3600)
  WEBHOOK_RETRY_BASE_SECONDS = 30;

  @Doc('attempts before a delivery is marked failed (three failed deliveries in a row pause the subscription)')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  WEBHOOK_MAX_ATTEMPTS = 6;

  @Doc('how long a receiver has to answer')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(60000)
  WEBHOOK_TIMEOUT_MS = 5000;

  @Doc(
    '`s3://ACCESS_KEY:SECRET@host:port/bucket?region=us-east-1&forcePathStyle=true` (`s3+http://` for a plain-HTTP endpoint such as a MinIO on your network): keep uploaded pictures in this S3-compatible bucket, served through the app so the bucket stays private. Unset: they are kept in PostgreSQL',
  )
  @IsOptional()
  @Matches(/^s3(\+http)?:\/\/[^:@/\s]+:[^@/\s]+@[^/\s]+\/[^/?\s]+\/?(\?\S*)?$/, {
    message: 'must look like s3://ACCESS_KEY:SECRET@host:port/bucket?region=us-east-1 (URL-encode a key or secret that holds / : or @)',
  })
  STORAGE_URL?: string;

  @Doc('how long a request to the storage bucket may take before the upload or picture answers 503')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(60000)
  STORAGE_TIMEOUT_MS = 5000;

  @Doc("Slack's Web API (tests point it at a local Slack)")
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  SLACK_API_URL = 'https://slack.com/api/';
}

/** The names of the environment variables the class declares: every property class-validator validates. */
export function declaredVariables(): string[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(EnvironmentVariables, '', true, false);
  return [...new Set(metadata.map((m) => m.propertyName))];
}

/**
 * Variables in the environment that look like Heroics's (they share a prefix with two or more declared ones, such as
 * `SSO_` or `WEBHOOK_`) but are not declared: a typo, or a setting Heroics does not have. Start-up warns about them.
 */
export function unknownVariables(env: Record<string, string | undefined> = process.env): string[] {
  const declared = declaredVariables();
  const prefix = (name: string) => name.split('_')[0];
  const shared = new Set(declared.map(prefix).filter((p, _, all) => all.filter((q) => q === p).length > 1));
  return Object.keys(env)
    .filter((name) => !declared.includes(name) && name.includes('_') && shared.has(prefix(name)))
    .sort();
}

export class ConfigError extends Error {}

/** Reads and validates every declared variable (an empty value counts as unset), or throws a ConfigError naming the first bad one. */
function readEnvironment(env: Record<string, string | undefined>): EnvironmentVariables {
  const raw: Record<string, string> = {};
  for (const key of declaredVariables()) {
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
  if (vars.NODE_ENV === 'production' && !vars.JWT_SECRET) {
    throw new ConfigError('Invalid configuration: JWT_SECRET is required when NODE_ENV=production (at least 32 characters)');
  }
  if (vars.NODE_ENV === 'production' && !vars.PUBLIC_URL) {
    // Links in invitations must not depend on whatever Host header a request names.
    throw new ConfigError('Invalid configuration: PUBLIC_URL is required when NODE_ENV=production (the https:// address people open Heroics at)');
  }
  if (vars.SSO_ISSUER && !vars.SSO_CLIENT_ID) throw new ConfigError('Invalid configuration: SSO_CLIENT_ID is required when SSO_ISSUER is set');
  return vars;
}

const dataDirectory = (vars: EnvironmentVariables) => resolve(vars.DATA_DIR ?? join(REPOSITORY_ROOT, '.data'));

/**
 * Start-up's step before loadConfig: outside production, without JWT_SECRET, it creates the signing key in DATA_DIR
 * once (`jwt-secret`), so restarts keep sessions. main.ts, the command-line tasks and the tools call it; loadConfig
 * only reads the file.
 */
export function ensureDevelopmentSecret(env: Record<string, string | undefined> = process.env): void {
  const vars = readEnvironment(env);
  if (!vars.JWT_SECRET) createDevelopmentSecret(dataDirectory(vars));
}

/** Validates the environment and returns the typed configuration, or throws a ConfigError naming the variable. Reads, never writes. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const vars = readEnvironment(env);
  const dataDir = dataDirectory(vars);
  const jwtSecret = vars.JWT_SECRET ?? readDevelopmentSecret(dataDir);
  if (!jwtSecret) {
    throw new ConfigError(
      `Invalid configuration: JWT_SECRET is not set and there is no development signing key at ${developmentSecretFile(dataDir)} (npm start creates it)`,
    );
  }
  return toAppConfig(vars, dataDir, jwtSecret);
}

/** The configuration the app receives (ConfigModule's APP_CONFIG): its type is what this mapping returns. */
export type AppConfig = ReturnType<typeof toAppConfig>;

function toAppConfig(vars: EnvironmentVariables, dataDir: string, jwtSecret: string) {
  const production = vars.NODE_ENV === 'production';
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
      /** Failures one client may make on one account before each further failure makes it wait, twice as long each time. */
      freeFailuresPerClient: vars.LOGIN_FREE_FAILURES_PER_CLIENT,
      windowSeconds: vars.LOGIN_THROTTLE_WINDOW_SECONDS,
      /** How long a device that proved the password keeps signing in through an account lock. */
      deviceTrustDays: vars.LOGIN_DEVICE_TRUST_DAYS,
    },
    /** A refresh token just rotated still works this long (two tabs refreshing at once); a replay after it ends the sign-in. */
    refreshReuseGraceSeconds: vars.REFRESH_REUSE_GRACE_SECONDS,
    /** Writes per person per window, by kind; 429 with Retry-After beyond. Shared by every instance like the sign-in throttle. */
    writeLimits: {
      windowSeconds: vars.WRITE_LIMIT_WINDOW_SECONDS,
      stories: vars.WRITE_LIMIT_STORIES,
      endorsements: vars.WRITE_LIMIT_ENDORSEMENTS,
      rewards: vars.WRITE_LIMIT_REWARDS,
      imports: vars.WRITE_LIMIT_IMPORTS,
      kudos: vars.WRITE_LIMIT_KUDOS,
      comments: vars.WRITE_LIMIT_COMMENTS,
    },
    /** Expensive reports one person may have running at once on one instance. */
    reportsMaxConcurrentPerPerson: vars.REPORTS_MAX_CONCURRENT_PER_PERSON,
    invitationTtlDays: vars.INVITATION_TTL_DAYS,
    /** Base of every link Heroics hands out (invitations); never taken from a request header. */
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
    trustProxy: vars.TRUST_PROXY,
    /** Endorsements that put a story at the top of a manager's review queue as nominated by peers. */
    peerNominationThreshold: vars.PEER_NOMINATION_THRESHOLD,
    /** A ranked leaderboard is recomputed after this many seconds (0: on every request); the viewer's own row is always live. */
    leaderboardRefreshSeconds: vars.LEADERBOARD_REFRESH_SECONDS,
    /** Queries slower than this are logged as warnings with their SQL (0: off). */
    slowQueryMs: vars.SLOW_QUERY_MS,
    /** A report is computed at most once per this many seconds for the same scope and question (0: every time). */
    reportCacheSeconds: vars.REPORT_CACHE_SECONDS,
    jobs: {
      housekeepingCron: vars.HOUSEKEEPING_CRON,
      weeklyDigestCron: vars.WEEKLY_DIGEST_CRON,
      dailyMailCron: vars.DAILY_MAIL_CRON,
      retryLimit: vars.JOB_RETRY_LIMIT,
      retryDelaySeconds: vars.JOB_RETRY_DELAY_SECONDS,
      /** pg-boss's schema; tests give each app its own so their workers never take each other's jobs. */
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
    /** Where sign-in throttle counters live when set; PostgreSQL otherwise. */
    redisUrl: vars.REDIS_URL,
    /** Single sign-on from the environment (SSO_*); null when the admin's settings in the app apply. */
    ssoFromEnvironment: vars.SSO_ISSUER
      ? {
          issuer: vars.SSO_ISSUER,
          clientId: vars.SSO_CLIENT_ID!,
          clientSecret: vars.SSO_CLIENT_SECRET ?? '',
          providerName: vars.SSO_PROVIDER_NAME,
          allowedDomains: list(vars.SSO_ALLOWED_DOMAINS),
          requireSso: vars.SSO_REQUIRED,
          breakGlassEmails: list(vars.SSO_BREAK_GLASS_EMAILS),
          jitProvisioning: vars.SSO_JIT_PROVISIONING,
          departmentClaim: vars.SSO_DEPARTMENT_CLAIM,
        }
      : null,
    /** AES-256-GCM key for secrets at rest: SECRETS_KEY, or derived from JWT_SECRET. */
    secretsKey: vars.SECRETS_KEY
      ? Buffer.from(vars.SECRETS_KEY, /^[0-9a-fA-F]{64}$/.test(vars.SECRETS_KEY) ? 'hex' : 'base64')
      : Buffer.from(hkdfSync('sha256', jwtSecret, 'heroics', 'secrets at rest', 32)),
    /** Secret from which the key that encrypts gift-card codes is derived (default: JWT_SECRET). */
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
    /** The S3-compatible bucket for uploaded pictures; null keeps them in PostgreSQL. */
    storage: vars.STORAGE_URL ? parseStorageUrl(vars.STORAGE_URL) : null,
    /** Connection and request timeout towards the bucket (then 503 storage_unavailable). */
    storageTimeoutMs: vars.STORAGE_TIMEOUT_MS,
    slack: { apiUrl: vars.SLACK_API_URL.endsWith('/') ? vars.SLACK_API_URL : `${vars.SLACK_API_URL}/` },
    clientDistDir: join(REPOSITORY_ROOT, 'client', 'dist'),
    /** Where log lines go: standard output, unless a test reads them. */
    logStream: undefined as NodeJS.WritableStream | undefined,
  };
}
