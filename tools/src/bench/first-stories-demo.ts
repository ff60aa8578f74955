import { fork } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { APP_MAIN, freePort } from './bench-servers';
import { median } from './load';

/**
 * `npm run bench:first-stories`: how soon a person sees the first stories of the feed on the demo company, as
 * `npm install && npm start` gives it (embedded PostgreSQL, demo seed), in headless Chromium: five navigations
 * each on loopback, on Chrome DevTools' "Fast 3G" profile with the app's files in the browser cache (a return
 * visit), and on Fast 3G with an empty cache (a first visit). Timed from the navigation to the first story card
 * visible. A script, not a test: it prints figures against the targets (1 s; 3 s on Fast 3G) and never fails.
 */
const DEMO_STAFF = { email: 'staff@larkspur.example', password: 'heroics-demo' };
/** Chrome DevTools' "Fast 3G" preset: 562.5 ms round trip, 1.44 Mbit/s down, 675 kbit/s up. */
const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: (1.44 * 1024 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-dev-shm-usage'];

async function timeFirstStories(page: Page, url: string, times: number): Promise<number[]> {
  const timesMs: number[] = [];
  for (let i = 0; i < times; i++) {
    await page.goto('about:blank');
    const started = Date.now();
    await page.goto(`${url}/`);
    await page.locator('main article').first().waitFor({ state: 'visible', timeout: 60_000 });
    timesMs.push(Date.now() - started);
  }
  return timesMs;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'heroics-first-stories-'));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const app = fork(APP_MAIN, [], {
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      COOKIE_SECURE: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    for (let deadline = Date.now() + 120_000; ;) {
      if (
        await fetch(`${url}/api/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (Date.now() > deadline || app.exitCode !== null) throw new Error('the app did not start');
      await new Promise((r) => setTimeout(r, 250));
    }
    const page = await browser.newPage();
    await page.goto(`${url}/sign-in`);
    await page.getByRole('textbox', { name: 'Work email' }).fill(DEMO_STAFF.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_STAFF.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor({ timeout: 60_000 });
    // One navigation first, so the server's caches and the browser's hold what a person coming back has.
    await timeFirstStories(page, url, 1);

    const rows: [string, number[], number][] = [['loopback, files cached', await timeFirstStories(page, url, 5), 1000]];
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
    rows.push(['Fast 3G, files cached (a return visit)', await timeFirstStories(page, url, 5), 3000]);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    rows.push(['Fast 3G, empty cache (a first visit)', await timeFirstStories(page, url, 5), 3000]);

    console.log('\nFirst stories of the feed on the demo company (median of 5 navigations; each time in ms):\n');
    console.log('| network | median ms | each | target | result |\n|---|---:|---|---:|---|');
    for (const [name, times, target] of rows) {
      const m = median(times);
      console.log(`| ${name} | ${Math.round(m)} | ${times.join(', ')} | ≤ ${target} | ${m <= target ? 'met' : '**missed**'} |`);
    }
  } finally {
    await browser.close();
    app.kill('SIGTERM');
    await new Promise((r) => app.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
