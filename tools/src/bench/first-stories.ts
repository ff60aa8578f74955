import { chromium } from '@playwright/test';
import { median } from './load';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * How long the feed takes to show its first stories in headless Chromium: signed in once, then the home page
 * is opened from blank five times (a fresh navigation each time: HTML, the script bundle from cache, the
 * session refresh and the first page of the feed) and timed until the first story card is visible.
 */
export async function measureFirstStories(
  url: string,
  email: string,
  password: string,
  times = 5,
): Promise<{ timesMs: number[]; medianMs: number; maxMs: number }> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/sign-in`);
    await page.getByRole('textbox', { name: 'Work email' }).fill(email);
    await page.getByRole('textbox', { name: 'Password' }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    const timesMs: number[] = [];
    for (let i = 0; i < times; i++) {
      await page.goto('about:blank');
      const started = Date.now();
      await page.goto(`${url}/`);
      await page.locator('article').first().waitFor({ state: 'visible', timeout: 30_000 });
      timesMs.push(Date.now() - started);
    }
    return { timesMs, medianMs: median(timesMs), maxMs: Math.max(...timesMs) };
  } finally {
    await browser.close();
  }
}
