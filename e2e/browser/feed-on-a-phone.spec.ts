import { expect as baseExpect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { STAFF, signIn } from './support/session';

// Pages load slowly on a busy shared machine: wait for conditions with generous deadlines, never for durations.
const expect = baseExpect.configure({ timeout: 45_000 });
test.setTimeout(300_000);
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/* On a phone (issue 14): the first story starts on the first screen; the filters wait behind one button. */
test('at 390×844 the first story is on the first screen, and the filters open from a button', async ({ page }) => {
  await signIn(page, STAFF.email);
  // Opened afresh, Home restores the session and asks for its first stories once each: boot.js asks while the
  // app's code downloads, and the app takes those answers instead of asking again.
  const asked: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/api/auth/refresh' || url.pathname === '/api/feed') asked.push(`${request.method()} ${url.pathname}${url.search}`);
  });
  await page.goto('/');
  const first = page.getByRole('article').first();
  await expect(first).toBeVisible();
  expect(asked).toEqual(['POST /api/auth/refresh', 'GET /api/feed?scope=company&limit=10']);
  // Those were boot.js's requests, and the app took every answer it had waiting.
  const waiting = await page.evaluate(() => {
    const early = (window as { __heroicsPrefetched?: { responses: Record<string, unknown> } }).__heroicsPrefetched;
    return early ? Object.keys(early.responses) : 'nothing was asked early';
  });
  expect(waiting).toEqual([]);
  const box = await first.boundingBox();
  expect(box, 'the first story has a box').not.toBeNull();
  // Its title is above the fold: a person sees which story it is without scrolling.
  expect(box!.y + 40).toBeLessThan(844);
  await expect(page.getByRole('combobox', { name: 'Channel' })).toBeHidden();
  const filters = page.getByRole('button', { name: 'Filters' });
  await expect(filters).toHaveAttribute('aria-expanded', 'false');
  await filters.click();
  await expect(filters).toHaveAttribute('aria-expanded', 'true');
  await page
    .getByRole('switch', { name: 'Featured only' })
    .or(page.getByRole('checkbox', { name: 'Featured only' }))
    .check();
  await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'feed on a phone with filters open');
});
