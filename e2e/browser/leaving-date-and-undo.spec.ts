import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { hiredAgo, isoDate } from './support/dates';
import { addEmployee } from './support/roster';
import { keepScreenshot } from './support/screenshots';
import { ADMIN, freshPerson, signIn } from './support/session';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

test('an admin records a leaving date ahead, sees “Leaving on …” and cancels it, then undoes a departure recorded by mistake', async ({ page }) => {
  const person = { ...freshPerson('Lena'), jobTitle: 'Fitting Room Lead', department: 'Shoes', hiredOn: hiredAgo(2, 3) };
  const employeeNumber = `HR-${Date.now().toString(36)}`;
  const inTwoWeeks = isoDate(new Date(Date.now() + 14 * 86400_000));
  await page.setViewportSize(DESKTOP);

  await test.step('the admin adds the person and gives them their employee number', async () => {
    await signIn(page, ADMIN.email);
    await addEmployee(page, person);
    const form = page.getByRole('form', { name: `Edit ${person.name}` });
    await form.getByRole('textbox', { name: 'Employee number' }).fill(employeeNumber);
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText(`Saved ${person.name}'s details.`)).toBeVisible();
    await page.reload();
    await expect(page.getByRole('form', { name: `Edit ${person.name}` }).getByRole('textbox', { name: 'Employee number' })).toHaveValue(employeeNumber);
  });

  await test.step('a last day two weeks ahead is a leaving date: the person stays employed until then', async () => {
    await page.getByRole('button', { name: 'Record departure' }).click();
    const dialog = page.getByRole('dialog', { name: `Record ${person.name}'s departure` });
    await dialog.getByLabel('Last day of employment').fill(inTwoWeeks);
    await dialog.getByRole('radio', { name: 'Voluntary', exact: true }).check();
    await expect(dialog.getByText(`${person.name} stays employed and can sign in until the last day`)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'departure dialog with a day ahead');
    await dialog.getByRole('button', { name: 'Record departure' }).click();
    await expect(dialog).toBeHidden();

    const notice = page.getByRole('alert').filter({ hasText: /^Leaving on / });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(String(Number(inTwoWeeks.slice(8))));
    await expect(notice).toContainText('Reason: voluntary');
    await expect(page.getByText('Employed', { exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'employee page with a leaving date');
    await keepScreenshot(page, 'leaving-date-desktop');

    await page.setViewportSize(PHONE);
    await expect(notice).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'employee page with a leaving date, phone');
    await keepScreenshot(page, 'leaving-date-phone');
    await page.setViewportSize(DESKTOP);
  });

  await test.step('the admin cancels the leaving date, after confirming', async () => {
    await page.getByRole('button', { name: 'Cancel leaving date' }).click();
    const confirm = page.getByRole('dialog', { name: `Cancel ${person.name}'s leaving date?` });
    await expect(confirm).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'cancel leaving date confirmation');
    await confirm.getByRole('button', { name: 'Cancel leaving date' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByRole('alert').filter({ hasText: /^Leaving on / })).toHaveCount(0);
    await expect(page.getByText('Employed', { exact: true })).toBeVisible();
  });

  await test.step('a departure recorded by mistake is undone by the admin', async () => {
    await page.getByRole('button', { name: 'Record departure' }).click();
    const dialog = page.getByRole('dialog', { name: `Record ${person.name}'s departure` });
    await dialog.getByRole('radio', { name: 'Other', exact: true }).check();
    await dialog.getByRole('button', { name: 'Record departure' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Left', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Undo departure' }).click();
    const confirm = page.getByRole('dialog', { name: `Undo ${person.name}'s departure?` });
    await expect(confirm).toContainText('recorded by mistake');
    await expectNoSeriousA11yViolations(page, 'undo departure confirmation');
    await page.setViewportSize(PHONE);
    await expectNoSeriousA11yViolations(page, 'undo departure confirmation, phone');
    await keepScreenshot(page, 'undo-departure-phone');
    await confirm.getByRole('button', { name: 'Undo departure' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByText(`${person.name} is a current employee again.`)).toBeVisible();
    await expect(page.getByText('Employed', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Record departure' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Undo departure' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'employee page after the undo, phone');
    await page.setViewportSize(DESKTOP);
    await expectNoSeriousA11yViolations(page, 'employee page after the undo');
  });
});
