import { expect, test } from '@playwright/test';
import { spawnApp, type SpawnedApp } from '../../server/test/spawned-app';
import { startSmtpSink, type SmtpSink } from '../../server/test/smtp-sink';
import { SMTP_APP_PORT } from '../playwright.config';
import { expectNoSeriousA11yViolations } from './support/axe';
import { ADMIN, freshPerson, signIn, signOut } from './support/session';

/**
 * Email as a real company gets it: an app of its own with SMTP_URL set to an SMTP server this test starts, so the
 * invitation and the reset link are read from messages that crossed SMTP, exactly as a person's mail client gets them.
 */
let app: SpawnedApp;
let smtp: SmtpSink;

test.use({ baseURL: `http://127.0.0.1:${SMTP_APP_PORT}` });

test.beforeAll(async () => {
  smtp = await startSmtpSink();
  app = await spawnApp(
    {
      PORT: String(SMTP_APP_PORT),
      SEED_DEMO: 'true',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Larkspur recognition <recognition@larkspur.example>',
      COOKIE_SECURE: 'false',
    },
    { startTimeoutMs: 90_000 },
  );
});

test.afterAll(async () => {
  await app?.stop();
  await smtp?.close();
});

/** The first link in the message's plain text that matches, and the same link in its HTML part. */
function linkIn(message: SmtpSink['messages'][number], pattern: RegExp): string {
  const text = pattern.exec(message.text ?? '')?.[0];
  expect(text, `a link in the text of “${message.subject}”`).toBeTruthy();
  expect(String(message.html)).toContain(text!.replace(/&/g, '&amp;'));
  return text!;
}

test('an invitation and a password reset arrive over SMTP, and their links work when followed', async ({ page }) => {
  test.setTimeout(240_000);
  const person = freshPerson('Smtp');

  await test.step('the admin adds a person and invites them by email', async () => {
    await signIn(page, ADMIN.email);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roster' }).click();
    await page.getByRole('button', { name: 'Add employee' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an employee' });
    await dialog.getByRole('textbox', { name: 'Full name' }).fill(person.name);
    await dialog.getByRole('textbox', { name: 'Work email' }).fill(person.email);
    await dialog.getByRole('combobox', { name: 'Department' }).click();
    await page.getByRole('option', { name: 'Shoes', exact: true }).click();
    await dialog.getByLabel('Hired on').fill('2026-01-05');
    await dialog.getByRole('button', { name: 'Add employee' }).click();
    await expect(page.getByRole('heading', { level: 1, name: person.name })).toBeVisible();
    await page.getByRole('button', { name: 'Invite' }).click();
    const invite = page.getByRole('dialog', { name: `Invitation for ${person.name}` });
    await expect(invite.getByRole('textbox', { name: 'One-time invitation link' })).toHaveValue(/\/invite\/[\w-]+$/);
    await invite.getByRole('button', { name: 'Done' }).click();
    await signOut(page, ADMIN.name);
  });

  const invitation = await test.step('the invitation crosses SMTP: from the company sender, to the person, text and HTML', async () => {
    const [message] = await smtp.waitFor(1, person.email, 60_000);
    expect(message!.from?.value).toEqual([{ name: 'Larkspur recognition', address: 'recognition@larkspur.example' }]);
    expect(message!.subject).toMatch(/You are invited to/);
    expect(message!.text).toContain(`Welcome, ${person.name}`);
    // A transactional email: no unsubscribe header on it.
    expect(message!.headers.get('list-unsubscribe')).toBeUndefined();
    return linkIn(message!, new RegExp(`http://127\\.0\\.0\\.1:${SMTP_APP_PORT}/invite/[\\w-]{43}`));
  });

  await test.step('the person follows the link from the email, sets a password and signs in', async () => {
    await page.goto(invitation);
    await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${person.name}` })).toBeVisible();
    await page.getByRole('textbox', { name: 'Choose a password' }).fill('a passphrase from the email');
    await page.getByRole('textbox', { name: 'Type it again' }).fill('a passphrase from the email');
    await page.getByRole('button', { name: 'Set password' }).click();
    await expect(page.getByText('Your password is set')).toBeVisible();
    await signIn(page, person.email, 'a passphrase from the email');
    await signOut(page, person.name);
  });

  const reset = await test.step('forgets it; the reset email crosses SMTP too', async () => {
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByRole('textbox', { name: 'Email' }).fill(person.email);
    await page.getByRole('button', { name: 'Email me a reset link' }).click();
    await expect(page.getByText('Check your email')).toBeVisible();
    const messages = await smtp.waitFor(2, person.email, 60_000);
    const message = messages.find((m) => /Reset your Heroics password/.test(m.subject ?? ''));
    expect(message, 'the reset email').toBeDefined();
    return linkIn(message!, new RegExp(`http://127\\.0\\.0\\.1:${SMTP_APP_PORT}/reset-password#token=[\\w-]{43}`));
  });

  await test.step('the reset link sets a new password, and the old one stops working', async () => {
    await page.goto(reset);
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'reset password, opened from an email');
    await page.getByRole('textbox', { name: 'New password' }).fill('a newer passphrase by email');
    await page.getByRole('textbox', { name: 'Type it again' }).fill('a newer passphrase by email');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect(page.getByText('Your password is set')).toBeVisible();
    await page.getByRole('textbox', { name: 'Work email' }).fill(person.email);
    await page.getByRole('textbox', { name: 'Password' }).fill('a passphrase from the email');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('The email or password is not right. Check them and try again.')).toBeVisible();
    await signIn(page, person.email, 'a newer passphrase by email');
  });
});
