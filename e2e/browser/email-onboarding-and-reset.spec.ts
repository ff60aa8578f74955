import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { keepScreenshot } from './support/screenshots';
import { ADMIN, MANAGER, signIn, signOut } from './support/session';

const HEADER = 'name,email,department,role,title,managerEmail,hiredOn,leftOn,leaveReason';
const PHONE = { width: 390, height: 844 };

/** Opens the outbox, picks the newest email to `to` whose subject matches, and returns its plain text. */
async function readFromOutbox(page: Page, to: string, subject: RegExp): Promise<string> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outbox' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
  const entry = page.getByRole('list', { name: 'Emails' }).getByRole('button').filter({ hasText: to }).filter({ hasText: subject }).first();
  await expect(entry).toBeVisible({ timeout: 20_000 });
  await entry.click();
  await expect(page.getByRole('heading', { level: 2, name: subject })).toBeVisible();
  await expect(page.frameLocator('iframe[title^="Email:"]').getByRole('link').first()).toBeVisible();
  await page.getByRole('tab', { name: 'Plain text' }).click();
  return (await page.getByTestId('outbox-text').textContent()) ?? '';
}

test('an admin imports three people and invites them by email; one signs up, forgets the password and resets it; the weekly digest is in the outbox', async ({
  page,
}) => {
  // A long journey through four sign-ins on a shared machine.
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const people = ['Priya', 'Tomas', 'Lena'].map((first) => ({
    name: `${first} Mailtest ${stamp}`,
    email: `${first.toLowerCase()}.mail.${stamp}@larkspur.example`,
  }));
  const newcomer = people[0];

  await test.step('the admin imports three people', async () => {
    await signIn(page, ADMIN.email);
    await page.goto('/roster/import');
    await expect(page.getByRole('heading', { level: 1, name: 'Import the roster' })).toBeVisible();
    const csv = [HEADER, ...people.map((p) => `${p.name},${p.email},Online Chat,staff,Chat Agent,manager@larkspur.example,2026-01-05,,`)].join('\n');
    await page.locator('input[type="file"]').setInputFiles({ name: 'new-people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(page.getByText('Dry run: ready to apply')).toBeVisible();
    await page.getByRole('button', { name: 'Apply 3 changes' }).click();
    await expect(page.getByText('The roster now matches the file.')).toBeVisible();
  });

  await test.step('and invites everyone not yet invited in one go', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roster' }).click();
    await page.getByRole('button', { name: 'Invite everyone not yet invited' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite everyone not yet invited' });
    await dialog.getByRole('button', { name: 'Send invitations' }).click();
    await expect(page.getByText(/\d+ people get an invitation email\./)).toBeVisible();
  });

  const invitationLink = await test.step('the invitation email waits in the outbox, link and all', async () => {
    const text = await readFromOutbox(page, newcomer.email, /You are invited to/);
    expect(text).toContain(`Welcome, ${newcomer.name}`);
    await expectNoSeriousA11yViolations(page, 'outbox');
    await keepScreenshot(page, 'outbox-invitation');
    for (const other of people.slice(1)) {
      await expect(page.getByRole('list', { name: 'Emails' }).getByRole('button').filter({ hasText: other.email })).toHaveCount(1);
    }
    await signOut(page, ADMIN.name);
    return /https?:\/\/\S+\/invite\/[\w-]{43}/.exec(text)![0];
  });

  await test.step('the new person opens the link, sets a password and signs in', async () => {
    await page.goto(new URL(invitationLink).pathname);
    await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${newcomer.name}` })).toBeVisible();
    await page.getByRole('textbox', { name: 'Choose a password' }).fill('my first long passphrase');
    await page.getByRole('textbox', { name: 'Type it again' }).fill('my first long passphrase');
    await page.getByRole('button', { name: 'Set password' }).click();
    await expect(page.getByText('Your password is set')).toBeVisible();
    await signIn(page, newcomer.email, 'my first long passphrase');
    await signOut(page, newcomer.name);
  });

  await test.step('forgets it and asks for a reset link', async () => {
    await page.setViewportSize(PHONE);
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'forgot password (phone)');
    await page.getByRole('textbox', { name: 'Email' }).fill(newcomer.email);
    await page.getByRole('button', { name: 'Email me a reset link' }).click();
    await expect(page.getByText('Check your email')).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  const resetLink = await test.step('the reset email arrives (read from the outbox)', async () => {
    await signIn(page, ADMIN.email);
    const text = await readFromOutbox(page, newcomer.email, /Reset your Heroics password/);
    await signOut(page, ADMIN.name);
    return /https?:\/\/\S+\/reset-password#token=[\w-]{43}/.exec(text)![0];
  });

  await test.step('the link sets a new password; the old one no longer works', async () => {
    const url = new URL(resetLink);
    await page.goto(`${url.pathname}${url.hash}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'reset password');
    await page.getByRole('textbox', { name: 'New password' }).fill('short');
    await page.getByRole('textbox', { name: 'Type it again' }).fill('short');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect(page.getByText('Use at least 12 characters')).toBeVisible();
    await page.getByRole('textbox', { name: 'New password' }).fill('my second long passphrase');
    await page.getByRole('textbox', { name: 'Type it again' }).fill('my second long passphrase');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect(page.getByText('Your password is set')).toBeVisible();
    await page.getByRole('textbox', { name: 'Work email' }).fill(newcomer.email);
    await page.getByRole('textbox', { name: 'Password' }).fill('my first long passphrase');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('The email or password is not right. Check them and try again.')).toBeVisible();
    await signIn(page, newcomer.email, 'my second long passphrase');
    await signOut(page, newcomer.name);
  });

  await test.step('the admin runs the weekly digest from the Jobs page and finds it in the outbox', async () => {
    await signIn(page, ADMIN.email);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Jobs' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'jobs');
    await page.getByRole('button', { name: 'Run weekly-manager-digest now' }).click();
    await expect(page.getByText('weekly-manager-digest runs now.')).toBeVisible();
    const text = await readFromOutbox(page, MANAGER.email, /Your weekly Heroics digest/);
    expect(text).toContain(`Good morning, ${MANAGER.name}.`);
    expect(text).toContain('New hires waiting for a first recognition');
    expect(text).toMatch(/Budget left in \d{4}-Q\d/);
    await keepScreenshot(page, 'outbox-weekly-digest');
  });
});
