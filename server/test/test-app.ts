import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app';
import { AppConfig, loadConfig } from '../src/config/app-config';

export interface TestApp {
  app: NestFastifyApplication;
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  config: AppConfig;
  /** Every route Fastify registered, as `METHOD /url` (HEAD routes Fastify adds for GET included). */
  routes: string[];
  close(): Promise<void>;
}

/**
 * The real application (Fastify, guards, pipes, filters, PostgreSQL) on the run's test database.
 * Requests pass through a trusted proxy, so each test can speak from its own client IP (X-Forwarded-For).
 * `overrides` sets what has no environment variable (such as the SPA folder); `databaseUrl` points the app at
 * another database (one from createSiblingDatabase) instead of the run's shared one.
 */
export async function startTestApp(env: Record<string, string> = {}, overrides: Partial<AppConfig> = {}, databaseUrl?: string): Promise<TestApp> {
  const url = databaseUrl ?? process.env.HEROICS_TEST_DATABASE_URL;
  if (!url) throw new Error('HEROICS_TEST_DATABASE_URL is not set: run API tests through jest --selectProjects api');
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'heroics-app-')),
    TRUST_PROXY: 'true',
    LOGIN_MAX_FAILURES_PER_IP: '10000',
    // A replayed refresh token is refused at once; the grace for two tabs refreshing together has its own test.
    REFRESH_REUSE_GRACE_SECONDS: '0',
    // Suites write far faster than a person; the per-person write limits have their own tests (write-limits.api-spec.ts).
    WRITE_LIMIT_STORIES: '1000000',
    WRITE_LIMIT_ENDORSEMENTS: '1000000',
    WRITE_LIMIT_REWARDS: '1000000',
    WRITE_LIMIT_IMPORTS: '1000000',
    DB_POOL_SIZE: '4',
    // Tests check the boards right after each write; the refresh interval has its own test.
    LEADERBOARD_REFRESH_SECONDS: '0',
    REPORT_CACHE_SECONDS: '0',
    // Nothing a test does may leave the machine: Slack's API is a closed local port unless a test starts its own
    // Slack, and webhooks or Teams cards may only go to loopback receivers the tests start.
    SLACK_API_URL: 'http://127.0.0.1:9/api/',
    OUTBOUND_ALLOWED_HOSTS: '127.0.0.1,localhost,::1',
    ...env,
  });
  // Each app gets its own pg-boss schema on the shared test database: its workers take only the jobs it enqueued.
  config.jobs.schema = `pgboss_${randomBytes(6).toString('hex')}`;
  Object.assign(config, overrides);
  const routes: string[] = [];
  const app = await createApp(config, url, { onRoute: ({ method, url: path }) => routes.push(...[method].flat().map((m) => `${m} ${path}`)) });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    http: request(app.getHttpServer()),
    dataSource: app.get(DataSource),
    config,
    routes,
    close: () => app.close(),
  };
}
