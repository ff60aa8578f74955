import { expect, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';

export interface NewEmployee {
  name: string;
  email: string;
  jobTitle: string;
  department: string;
  hiredOn: string;
}

/** Adds an employee from the roster page as an admin; ends on the new employee's page. */
export async function addEmployee(page: Page, employee: NewEmployee): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roster' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Roster' })).toBeVisible();
  await expect(page.getByText(/^Showing \d+/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'roster');

  await page.getByRole('button', { name: 'Add employee' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an employee' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Full name' }).fill(employee.name);
  await dialog.getByRole('textbox', { name: 'Work email' }).fill(employee.email);
  await dialog.getByRole('textbox', { name: 'Job title' }).fill(employee.jobTitle);
  await dialog.getByRole('combobox', { name: 'Department' }).click();
  await page.getByRole('option', { name: employee.department, exact: true }).click();
  await dialog.getByLabel('Hired on').fill(employee.hiredOn);
  await expectNoSeriousA11yViolations(page, 'add-employee dialog');
  await dialog.getByRole('button', { name: 'Add employee' }).click();

  await expect(page.getByRole('heading', { level: 1, name: employee.name })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'employee page');
}

/** Creates a one-time invitation link from the employee's page and returns it. */
export async function inviteFromEmployeePage(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: 'Invite' }).click();
  const dialog = page.getByRole('dialog', { name: `Invitation for ${name}` });
  const link = dialog.getByRole('textbox', { name: 'One-time invitation link' });
  await expect(link).toHaveValue(/\/invite\/[\w-]+$/);
  await expectNoSeriousA11yViolations(page, 'invitation dialog');
  const url = await link.inputValue();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  return url;
}

/** Opens an invitation link, sets the password and lands on sign-in with the email filled in. */
export async function acceptInvitation(page: Page, url: string, name: string, password: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${name}` })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'invitation');
  await page.getByRole('textbox', { name: 'Choose a password' }).fill(password);
  await page.getByRole('textbox', { name: 'Type it again' }).fill(password);
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByText('Your password is set')).toBeVisible();
}
