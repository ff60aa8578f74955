import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { keepScreenshot } from './support/screenshots';
import { STAFF, signIn } from './support/session';

/**
 * On a phone the app installs like one (a web app manifest with icons, a service worker), and losing the
 * connection is said in words: an endorsement that could not be saved says so and is undone on screen, and a page
 * that cannot load shows an offline page with a way back.
 */
test('installable as an app; offline, an endorsement says it did not save and pages show an offline page', async ({ page, context, request }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, STAFF.email);
  await expect(page.locator('main article').first()).toBeVisible();

  // The manifest a phone reads to install the app, with icons it can fetch.
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ name: 'Heroics', start_url: '/', display: 'standalone' });
  const sizes = (manifest.icons as { src: string; sizes: string; purpose: string }[]).map((icon) => `${icon.sizes} ${icon.purpose}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  for (const icon of manifest.icons as { src: string }[]) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  }
  // The service worker is installed and in control once the page has loaded.
  await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.ready).active), { timeout: 20_000 }).toBe(true);

  // Offline: the optimistic endorsement is taken back on screen, in words.
  await context.setOffline(true);
  // The first story Sofia may endorse, held by its card: two stories may share a title.
  const card = page
    .locator('main article')
    .filter({ has: page.getByRole('button', { name: /^Endorse “/, disabled: false }) })
    .first();
  const endorse = card.getByRole('button', { name: /^Endorse “/ });
  const label = (await endorse.getAttribute('aria-label'))!;
  await endorse.click();
  const notice = page.getByRole('alert').filter({ hasText: 'Endorsement not saved' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('you may be offline');
  await expect(card.getByRole('button', { name: label, exact: true })).toBeVisible();

  // A page that cannot load: the offline page, which leads back once the connection returns.
  await page.goto('/leaderboards').catch(() => undefined);
  await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'offline page on a phone');
  await keepScreenshot(page, 'offline-page-phone');
  await context.setOffline(false);
  await page.getByRole('link', { name: 'Try again' }).click();
  await expect(page.locator('main article').first()).toBeVisible();
});
