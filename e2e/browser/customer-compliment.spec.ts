import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { keepScreenshot } from './support/screenshots';
import { freshTeam } from './support/company';
import { signIn, signOut } from './support/session';

const PHONE = { width: 390, height: 844 };
/** The thank-you page's minimum fill time (MIN_FILL_SECONDS in server/src/compliments/compliments.policy.ts). */
const MIN_FILL_SECONDS = 3;
/** What a thank-you link shows of a person: first name and last initial ("Sofia L."). */
const publicName = (name: string) => `${name.split(' ')[0]} ${name.split(' ').pop()!.charAt(0).toUpperCase()}.`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('a customer thanks a staff member through their link on a phone, confirms by email, and the manager turns it into a story read out in huddle mode', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  // People of the journey's own: the staff member thanked, their manager, and an admin who reads the outbox.
  const {
    admin,
    manager,
    staff: [member],
  } = await freshTeam(request, 'Compliments', { admin: true });
  const shown = publicName(member.name);
  const stamp = Date.now().toString(36);
  const email = `jo.${stamp}@example.test`;
  // Staff: turn on the thank-you link on the profile.
  await signIn(page, member.email, member.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My profile' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'My thank-you link' })).toBeVisible();
  const toggle = page.getByRole('switch', { name: 'Customers can thank me through my link' });
  // Mantine's switch input sits under its label track; a keyboard toggle is what a person without a mouse does too.
  if (!(await toggle.isChecked())) {
    await toggle.focus();
    await page.keyboard.press('Space');
  }
  await expect(toggle).toBeChecked();
  const linkBox = page.getByRole('textbox', { name: 'Link' });
  await expect(linkBox).toHaveValue(/\/thanks\/[A-Za-z0-9_-]{22}$/);
  await expect(page.getByRole('button', { name: 'QR code (SVG)' })).toBeVisible();
  const path = new URL(await linkBox.inputValue()).pathname;
  await signOut(page, member.name);

  // The public page at desktop width: small, accessible.
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^Say thank you to ${escape(shown)}`) })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'thank-you page (desktop)');

  // A customer on a phone, without any session.
  const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'en-GB' });
  const customer = await phone.newPage();
  await customer.goto(path);
  await expect(customer.getByRole('heading', { level: 1, name: new RegExp(`^Say thank you to ${escape(shown)}`) })).toBeVisible();
  const words = `${member.name.split(' ')[0]} found my daughter's size in the stock room and laced the shoes for her ${stamp}.`;
  await customer.getByRole('textbox', { name: /What happened\?/ }).fill(words);
  await customer.getByRole('textbox', { name: /How did it end\?/ }).fill('We left happy with the right shoes.');
  await customer.getByRole('textbox', { name: /Your first name/ }).fill('Jo');
  await customer.getByRole('textbox', { name: /Your email/ }).fill(email);
  await customer.getByRole('checkbox', { name: 'You may quote my words inside the company.' }).check();
  // The widget solves its proof of work by itself once the page loads.
  await expect(customer.locator('input[name="altcha"]')).toHaveValue(/.{20,}/, { timeout: 30_000 });
  await expectNoSeriousA11yViolations(customer, 'thank-you page (phone)');
  await keepScreenshot(customer, 'thank-you-page-phone');
  // The page refuses forms sent back faster than a person can type: give it the time a person would.
  await customer.waitForTimeout(MIN_FILL_SECONDS * 1000);
  await customer.getByRole('button', { name: 'Send my thanks' }).click();
  await expect(customer.getByRole('heading', { level: 1, name: 'Thank you!' })).toBeVisible();

  // The confirmation email (read from the admin's outbox); the customer opens its link on the phone.
  await signIn(page, admin!.email, admin!.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outbox' }).click();
  const entry = page.getByRole('list', { name: 'Emails' }).getByRole('button').filter({ hasText: email }).first();
  await expect(entry).toBeVisible({ timeout: 20_000 });
  await entry.click();
  await expect(page.getByRole('heading', { level: 2, name: `Please confirm your thanks to ${shown}` })).toBeVisible();
  await page.getByRole('tab', { name: 'Plain text' }).click();
  const confirmLink = /https?:\/\/\S+(\/thanks\/confirm\/[\w-]{43})/.exec((await page.getByTestId('outbox-text').textContent()) ?? '')![1];
  await signOut(page, admin!.name);
  await customer.goto(confirmLink);
  await customer.getByRole('button', { name: 'Yes, I wrote it' }).click();
  await expect(customer.getByRole('heading', { level: 1, name: 'Confirmed, thank you!' })).toBeVisible();
  await phone.close();

  // The manager confirms it in the inbox; it is then a story in the feed, marked as from a customer.
  await signIn(page, manager.email, manager.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customer compliments' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customer compliments' })).toBeVisible();
  const card = page.getByRole('article').filter({ hasText: words });
  await expect(card).toBeVisible();
  await expect(card.getByText('Email confirmed', { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'compliments inbox (desktop)');
  await page.setViewportSize(PHONE);
  await expectNoSeriousA11yViolations(page, 'compliments inbox (phone)');
  await page.setViewportSize({ width: 1280, height: 800 });
  await card.getByRole('button', { name: 'Confirm as a story' }).click();
  await expect(card).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByText(words).first()).toBeVisible();
  await expect(page.getByText('From a customer', { exact: true }).first()).toBeVisible();
  await keepScreenshot(page, 'story-from-a-customer');

  // Featured by the manager, the customer's words are read out in huddle mode.
  await page.getByRole('article').filter({ hasText: words }).getByRole('link', { name: 'Read the whole story' }).click();
  await page.getByRole('button', { name: 'Feature' }).click();
  await expect(page.getByRole('button', { name: 'Stop featuring' })).toBeVisible();
  await page.goto('/huddle');
  await expect(page.getByRole('heading', { level: 2, name: `A customer thanked ${member.name}` }).first()).toBeVisible();
  await expect(page.getByText(`“${words}”`)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'huddle mode with a story from a customer');
});

test('a manager gives a department a thank-you link; a compliment to the team becomes a story once the manager names the hero', async ({
  page,
  browser,
  request,
}) => {
  // A team of the journey's own: its manager makes the department's link and names its staff member the hero.
  const {
    department,
    manager,
    staff: [member],
  } = await freshTeam(request, 'Team thanks');
  await signIn(page, manager.email, manager.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customer compliments' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Department thank-you links' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Department' }).click();
  await page.getByRole('option', { name: department.name }).click();
  const create = page.getByRole('button', { name: 'Create the department’s link' });
  const linkBox = page.getByRole('textbox', { name: 'Department link' });
  await expect(create.or(linkBox)).toBeVisible();
  if (await create.isVisible()) await create.click();
  await expect(linkBox).toHaveValue(/\/thanks\/[A-Za-z0-9_-]{22}$/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'QR code (PNG)' }).click();
  expect((await download).suggestedFilename()).toBe('thank-you-qr.png');
  const path = new URL(await linkBox.inputValue()).pathname;

  const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'en-GB' });
  const customer = await phone.newPage();
  await customer.goto(path);
  await expect(customer.getByRole('heading', { level: 1, name: new RegExp(`^Say thank you to the team at ${escape(department.name)}`) })).toBeVisible();
  const words = `The young woman at the fitting rooms found a jacket in my size and pinned the sleeves ${Date.now().toString(36)}.`;
  await customer.getByRole('textbox', { name: /What happened\?/ }).fill(words);
  await customer.getByRole('textbox', { name: /How did it end\?/ }).fill('I wore it to the wedding.');
  await customer.getByRole('checkbox', { name: 'You may quote my words inside the company.' }).check();
  await expect(customer.locator('input[name="altcha"]')).toHaveValue(/.{20,}/, { timeout: 30_000 });
  await customer.waitForTimeout(MIN_FILL_SECONDS * 1000);
  await customer.getByRole('button', { name: 'Send my thanks' }).click();
  await expect(customer.getByRole('heading', { level: 1, name: 'Thank you!' })).toBeVisible();

  // The compliment names no one: the manager chooses the hero among the department's people before confirming.
  await page.reload();
  const card = page.getByRole('article').filter({ hasText: words });
  await expect(card.getByText(`For the team at ${department.name}`)).toBeVisible();
  await expect(card.getByRole('button', { name: 'Confirm as a story' })).toBeDisabled();
  const hero = card.getByRole('combobox', { name: 'Who is the hero?' });
  await hero.click();
  await hero.fill(member.name);
  await page.getByRole('option', { name: new RegExp(escape(member.name)) }).click();
  await page.keyboard.press('Escape');
  await expectNoSeriousA11yViolations(page, 'compliments inbox with a department compliment');
  await card.getByRole('button', { name: 'Confirm as a story' }).click();
  await expect(card).toHaveCount(0);

  // Revoked, the printed code says the link is no longer available.
  await page.getByRole('combobox', { name: 'Department' }).click();
  await page.getByRole('option', { name: department.name }).click();
  await page.getByRole('button', { name: 'Revoke the link' }).click();
  await expect(page.getByRole('button', { name: 'Create the department’s link' })).toBeVisible();
  await customer.goto(path);
  await expect(customer.getByText(/no longer available/).first()).toBeVisible();
  await phone.close();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByText(words).first()).toBeVisible();
});
