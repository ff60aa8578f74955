import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3217);
export const BASE_URL = `http://localhost:${PORT}`;
/** Where the integrations journey's local Slack listens (the app is told at start). */
export const FAKE_SLACK_PORT = PORT + 1;
/** A second app of its own, sending through a test SMTP server (the email-by-SMTP journey). */
export const SMTP_APP_PORT = PORT + 5;

/*
 * A fresh embedded database per run. PostgreSQL runs as the `postgres` user when we are root,
 * so the directory must be reachable by it (mkdtemp makes it 0700).
 * Playwright loads this file in the runner and in each worker: only the runner needs the dir,
 * and the web server is started once, by the runner.
 */
function freshDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), `heroics-e2e-${Date.now()}-`));
  chmodSync(dir, 0o755);
  return dir;
}

export default defineConfig({
  testDir: './browser',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Journeys of several pages, each checked with axe, in two browsers at times: two minutes each on a 2-core box.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-GB',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-dev-shm-usage',
          ],
        },
      },
    },
  ],
  webServer: {
    // The built app; `npm test` at the root builds it first.
    command: 'node ../server/dist/server/src/main.js',
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      // Workers load this file too but never start the server: only the runner makes a directory.
      DATA_DIR: process.env.E2E_DATA_DIR ?? (process.env.TEST_WORKER_INDEX === undefined ? freshDataDir() : ''),
      // Always the embedded database, even if the caller has DATABASE_URL set.
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      // Every journey signs in from 127.0.0.1; the per-IP limit itself is covered by the API tests.
      LOGIN_MAX_FAILURES_PER_IP: '1000',
      // The integrations journey starts a local Slack on the next port, and a webhook receiver on loopback.
      SLACK_API_URL: `http://127.0.0.1:${PORT + 1}/api/`,
      WEBHOOK_ALLOW_PRIVATE: 'true',
      OUTBOUND_ALLOWED_HOSTS: '127.0.0.1,localhost',
    },
  },
});
