import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { keepScreenshot } from './support/screenshots';
import { ADMIN, STAFF, signIn } from './support/session';

/**
 * Filters and choices live in the address: a person can share what they see, reload it, and go back a step.
 * The feed's filters with their count and "Clear all", the leaderboard's period and ranking, and the roster's
 * sorting, total and numbered pages.
 */
test('feed filters and leaderboard choices survive a reload, can be shared, and back undoes them', async ({ page, browser }) => {
  await signIn(page, STAFF.email);
  const cards = page.locator('main article');
  await expect(cards.first()).toBeVisible();

  await page.getByRole('switch', { name: 'Featured only' }).check();
  await expect(page).toHaveURL(/[?&]featured=1/);
  await expect(page.getByText(/^\d+\+? (story matches|stories match) these filters$/)).toBeVisible();
  await page.locator('label', { hasText: /^Told by me$/ }).click();
  await expect(page).toHaveURL(/[?&]scope=mine/);

  // Reload: the same view. Back: one step undone (the scope), then the filter too.
  await page.reload();
  await expect(page.getByRole('switch', { name: 'Featured only' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Told by me' })).toBeChecked();
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'Company' })).toBeChecked();
  await expect(page.getByRole('switch', { name: 'Featured only' })).toBeChecked();

  // Shared with a colleague: the same address opens the same filtered feed for them.
  const shared = page.url();
  const colleagueContext = await browser.newContext();
  const colleague = await colleagueContext.newPage();
  await signIn(colleague, ADMIN.email);
  await colleague.goto(shared);
  await expect(colleague.getByRole('switch', { name: 'Featured only' })).toBeChecked();
  await colleagueContext.close();

  await expectNoSeriousA11yViolations(page, 'feed filtered to featured stories');
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(page.getByRole('switch', { name: 'Featured only' })).not.toBeChecked();
  await expect(page).not.toHaveURL(/featured=/);
  await expect(page.getByRole('button', { name: 'Clear all' })).toBeHidden();

  // The leaderboard: period and ranking in the address.
  await page.goto('/leaderboards');
  await page.locator('label', { hasText: /^Quarter$/ }).click();
  await page.locator('label', { hasText: /^Stories$/ }).click();
  await expect(page).toHaveURL(/period=quarter/);
  await expect(page).toHaveURL(/metric=stories/);
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Quarter' })).toBeChecked();
  await expect(page.getByRole('columnheader', { name: 'Stories as hero' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'Score' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Quarter' })).toBeChecked();
});

test('the roster sorts by a column, shows its total and pages by number as well as by "Load more"', async ({ page }) => {
  await signIn(page, ADMIN.email);
  await page.goto('/roster');
  const rows = page.locator('table tbody tr');
  await expect(rows.first()).toBeVisible();
  const count = page.getByText(/^Showing 1–25 of (\d+) people$/);
  await expect(count).toBeVisible();
  const total = Number(/of (\d+)/.exec((await count.textContent())!)![1]);
  expect(total).toBeGreaterThan(50);

  // Sort by hire date, newest first (two clicks): the first rows' hire dates go down.
  const hired = page.getByRole('columnheader', { name: 'Hired' });
  await hired.getByRole('button').click();
  await expect(hired).toHaveAttribute('aria-sort', 'ascending');
  await hired.getByRole('button').click();
  await expect(hired).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=hiredOn/);
  await expect(page).toHaveURL(/dir=desc/);
  const dates = async () => {
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[3]?.textContent ?? ''));
    return cells.map((text) => new Date(text).getTime());
  };
  await expect.poll(async () => (await dates()).every((time, i, all) => i === 0 || all[i - 1]! >= time)).toBe(true);
  const firstName = await rows.first().locator('a').first().textContent();

  // Page 2 by number, then "Load more" continues from it.
  await page.getByRole('button', { name: 'Page 2', exact: true }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(`Showing 26–50 of ${total} people`)).toBeVisible();
  await expect(rows.first().locator('a').first()).not.toHaveText(firstName!);
  await page.getByRole('button', { name: 'Load more' }).click();
  await expect(page.getByText(`Showing 26–75 of ${total} people`)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'roster sorted by hire date, page 2');
  await keepScreenshot(page, 'roster-sorted-paged');

  // Reload keeps the order and the page; back returns to page 1 of the same order.
  await page.reload();
  await expect(page.getByText(`Showing 26–50 of ${total} people`)).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Hired' })).toHaveAttribute('aria-sort', 'descending');
  await page.goBack();
  await expect(page.getByText(`Showing 1–25 of ${total} people`)).toBeVisible();
  await expect(rows.first().locator('a').first()).toHaveText(firstName!);

  // At phone width the headers are gone; a menu sorts instead.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('combobox', { name: 'Sort by' }).click();
  await page.getByRole('option', { name: 'Name, A to Z' }).click();
  await expect(page).not.toHaveURL(/sort=/);
  await expect(page.getByRole('list', { name: 'Employees' }).getByRole('listitem').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'roster on a phone, sorted by name');
});
