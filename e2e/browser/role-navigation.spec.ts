import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { MANAGER, STAFF, signIn } from './support/session';

test('a manager sees the roster of their departments but not the departments admin page', async ({ page }) => {
  await signIn(page, MANAGER.email);
  await expectNoSeriousA11yViolations(page, 'home (manager)');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Departments' })).toHaveCount(0);
  for (const page of ['Leaderboards', 'Review queue', 'Unrecognised champions']) await expect(nav.getByRole('link', { name: page })).toBeVisible();
  for (const page of ['Budgets', 'Fairness']) await expect(nav.getByRole('link', { name: page })).toHaveCount(0);

  await nav.getByRole('link', { name: 'Roster' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Roster' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add employee' })).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Search by name' }).fill('Sofia');
  await expect(page.getByRole('link', { name: STAFF.name })).toBeVisible();
  await expect(page).toHaveURL(/q=Sofia/);
  await expectNoSeriousA11yViolations(page, 'roster (manager)');

  // One page is current in the navigation, the most specific one: Email settings, not My profile as well.
  await nav.getByRole('link', { name: 'Email settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Email settings' })).toBeVisible();
  await expect(nav.locator('[aria-current="page"]')).toHaveText(['Email settings']);

  await page.goto('/departments');
  await expect(page.getByRole('heading', { level: 1, name: 'This page is not part of your role' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'departments refused (manager)');
});

test('a staff member has no roster in the navigation, and the address does not open it', async ({ page }) => {
  await signIn(page, STAFF.email);
  await expectNoSeriousA11yViolations(page, 'home (staff)');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'My profile' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Roster' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Departments' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Company values' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Leaderboards' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Review queue' })).toHaveCount(0);

  await page.goto('/review-queue');
  await expect(page.getByRole('heading', { level: 1, name: 'This page is not part of your role' })).toBeVisible();

  await page.goto('/roster');
  await expect(page.getByRole('heading', { level: 1, name: 'This page is not part of your role' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'roster refused (staff)');

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'We could not find that page' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'not found');
});
