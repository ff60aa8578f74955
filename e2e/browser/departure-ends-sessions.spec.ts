import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { hiredAgo } from './support/dates';
import { acceptInvitation, addEmployee, inviteFromEmployeePage } from './support/roster';
import { keepScreenshot } from './support/screenshots';
import { ADMIN, freshPerson, signIn } from './support/session';

test('recording a departure ends the leaver’s open session at once', async ({ browser }) => {
  const person = { ...freshPerson('Leo'), jobTitle: 'Stock Associate', department: 'Shoes', hiredOn: hiredAgo(1, 1) };
  const password = 'another long secret phrase';

  const adminContext = await browser.newContext();
  const leaverContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const leaver = await leaverContext.newPage();

  try {
    await test.step('the admin adds and invites the employee', async () => {
      await signIn(admin, ADMIN.email);
      await addEmployee(admin, person);
    });
    const link = await inviteFromEmployeePage(admin, person.name);

    await test.step('the employee sets a password and signs in, in their own browser', async () => {
      await acceptInvitation(leaver, link, person.name, password);
      await leaver.getByRole('textbox', { name: 'Password' }).fill(password);
      await leaver.getByRole('button', { name: 'Sign in' }).click();
      await expect(leaver.getByRole('navigation', { name: 'Main' })).toBeVisible();
      await leaver.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My profile' }).click();
      await expect(leaver.getByRole('heading', { level: 2, name: person.name })).toBeVisible();
    });

    await test.step('the admin records the departure', async () => {
      await admin.reload();
      await admin.getByRole('button', { name: 'Record departure' }).click();
      const dialog = admin.getByRole('dialog', { name: `Record ${person.name}'s departure` });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('radio', { name: 'Voluntary', exact: true }).check();
      await expectNoSeriousA11yViolations(admin, 'departure dialog');
      await dialog.getByRole('button', { name: 'Record departure' }).click();
      await expect(dialog).toBeHidden();
      await expect(admin.getByText('Left', { exact: true })).toBeVisible();
      await expect(admin.getByRole('button', { name: 'Record departure' })).toHaveCount(0);
      await expectNoSeriousA11yViolations(admin, 'employee page after departure');
      await keepScreenshot(admin, 'departure-recorded');
    });

    await test.step('the leaver’s open session stops working', async () => {
      await leaver.reload();
      await expect(leaver.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
      await expect(leaver.getByRole('navigation', { name: 'Main' })).toHaveCount(0);

      await leaver.getByRole('textbox', { name: 'Work email' }).fill(person.email);
      await leaver.getByRole('textbox', { name: 'Password' }).fill(password);
      await leaver.getByRole('button', { name: 'Sign in' }).click();
      await expect(leaver.getByRole('alert')).toContainText('The email or password is not right');
      await expectNoSeriousA11yViolations(leaver, 'sign-in refused');
    });
  } finally {
    await adminContext.close();
    await leaverContext.close();
  }
});
