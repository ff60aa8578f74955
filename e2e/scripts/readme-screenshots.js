#!/usr/bin/env node
/*
 * Refreshes the README's screenshots from a running Heroics with the demo company:
 *   BASE_URL=http://localhost:3000 node e2e/scripts/readme-screenshots.js
 */
const { chromium } = require('@playwright/test');
const { join } = require('node:path');

const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
const OUT = join(__dirname, '..', '..', 'docs', 'screenshots');
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function main() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
  await page.goto(`${BASE_URL}/sign-in`);
  await page.screenshot({ path: join(OUT, 'sign-in.png') });
  await page.getByRole('textbox', { name: /email/i }).fill('admin@larkspur.example');
  await page.getByRole('textbox', { name: 'Password' }).fill('heroics-demo');
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(OUT, 'feed.png') });
  await page.getByRole('link', { name: 'Read the whole story' }).first().click();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(OUT, 'story.png') });
  const pages = [
    ['/huddle', 'huddle'],
    ['/roster', 'roster'],
    ['/me', 'profile'],
    ['/departments', 'departments'],
    ['/leaderboards', 'leaderboards'],
    ['/review-queue', 'review-queue'],
    ['/champions', 'unrecognised-champions'],
    ['/budgets', 'budgets'],
    ['/fairness', 'fairness'],
    ['/reports', 'reports'],
  ];
  for (const [path, name] of pages) {
    await page.goto(`${BASE_URL}${path}`);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(OUT, `${name}.png`) });
  }
  const phone = await browser.newPage({ viewport: { width: 375, height: 760 } });
  await phone.goto(`${BASE_URL}/sign-in`);
  await phone.getByRole('button', { name: /sign in/i }).waitFor();
  await phone.screenshot({ path: join(OUT, 'sign-in-phone.png') });
  await browser.close();
  console.log(`Screenshots written to ${OUT}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
