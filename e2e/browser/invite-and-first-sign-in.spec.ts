import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { hiredAgo } from './support/dates';
import { acceptInvitation, addEmployee, inviteFromEmployeePage } from './support/roster';
import { keepScreenshot } from './support/screenshots';
import { ADMIN, freshPerson, signIn, signOut } from './support/session';

test('an admin adds and invites a new employee, who sets a password and sees their profile', async ({ page }) => {
  const person = { ...freshPerson('Nadia'), jobTitle: 'Chat Agent', department: 'Online Chat', hiredOn: hiredAgo(2, 3) };
  const password = 'a long enough secret phrase';

  await test.step('the admin adds the employee to the roster', async () => {
    await signIn(page, ADMIN.email);
    await expectNoSeriousA11yViolations(page, 'home');
    await addEmployee(page, person);
    await expect(page.getByText('No account')).toBeVisible();
  });

  const link = await test.step('the admin creates an invitation link and signs out', async () => {
    const url = await inviteFromEmployeePage(page, person.name);
    await expect(page.getByText('Invited', { exact: true })).toBeVisible();
    await signOut(page, ADMIN.name);
    return url;
  });

  await test.step('the new employee sets a password from the link', async () => {
    await acceptInvitation(page, link, person.name, password);
    await expect(page.getByRole('textbox', { name: 'Work email' })).toHaveValue(person.email);
    await expectNoSeriousA11yViolations(page, 'sign-in after accepting');
  });

  await test.step('the new employee signs in and sees their profile', async () => {
    await page.getByRole('textbox', { name: 'Password' }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Good (morning|afternoon|evening), Nadia\.$|^Working late, Nadia\.$/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'home (new employee)');

    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Roster' })).toHaveCount(0);
    await nav.getByRole('link', { name: 'My profile' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
    const profile = page.getByRole('main');
    await expect(profile.getByRole('heading', { level: 2, name: person.name })).toBeVisible();
    await expect(profile.getByText(person.jobTitle)).toBeVisible();
    await expect(profile.getByRole('definition').filter({ hasText: person.department })).toBeVisible();
    await expect(profile.getByRole('definition').filter({ hasText: '2 years 3 months' })).toBeVisible();
    await expect(profile.getByRole('definition').filter({ hasText: person.email })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'profile');
    await keepScreenshot(page, 'new-employee-profile');
  });
});
