import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { keepScreenshot } from './support/screenshots';
import { MANAGER, STAFF, signIn, signOut } from './support/session';

const PHONE = { width: 390, height: 844 };
/** The thank-you page's minimum fill time (MIN_FILL_SECONDS in server/src/compliments/compliments.policy.ts). */
const MIN_FILL_SECONDS = 3;

test('a customer thanks a staff member through their link on a phone, and the manager turns it into a story', async ({ page, browser }) => {
  // Staff: turn on the thank-you link on the profile.
  await signIn(page, STAFF.email);
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
  await signOut(page, STAFF.name);

  // The public page at desktop width: small, accessible.
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: /^Say thank you to Sofia L\./ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'thank-you page (desktop)');

  // A customer on a phone, without any session.
  const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'en-GB' });
  const customer = await phone.newPage();
  await customer.goto(path);
  await expect(customer.getByRole('heading', { level: 1, name: /^Say thank you to Sofia L\./ })).toBeVisible();
  const words = `Sofia found my daughter's size in the stock room and laced the shoes for her ${Date.now().toString(36)}.`;
  await customer.getByRole('textbox', { name: /What happened\?/ }).fill(words);
  await customer.getByRole('textbox', { name: /How did it end\?/ }).fill('We left happy with the right shoes.');
  await customer.getByRole('textbox', { name: /Your first name/ }).fill('Jo');
  await customer.getByRole('checkbox', { name: 'You may quote my words inside the company.' }).check();
  // The widget solves its proof of work by itself once the page loads.
  await expect(customer.locator('input[name="altcha"]')).toHaveValue(/.{20,}/, { timeout: 30_000 });
  await expectNoSeriousA11yViolations(customer, 'thank-you page (phone)');
  await keepScreenshot(customer, 'thank-you-page-phone');
  // The page refuses forms sent back faster than a person can type: give it the time a person would.
  await customer.waitForTimeout(MIN_FILL_SECONDS * 1000);
  await customer.getByRole('button', { name: 'Send my thanks' }).click();
  await expect(customer.getByRole('heading', { level: 1, name: 'Thank you!' })).toBeVisible();
  await phone.close();

  // The manager confirms it in the inbox; it is then a story in the feed, marked as from a customer.
  await signIn(page, MANAGER.email);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customer compliments' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customer compliments' })).toBeVisible();
  const card = page.getByRole('article').filter({ hasText: words });
  await expect(card).toBeVisible();
  await expect(card.getByText('Email not confirmed')).toBeVisible();
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
});

test('a manager gives a department a thank-you link; a compliment to the team becomes a story once the manager names the hero', async ({ page, browser }) => {
  await signIn(page, MANAGER.email);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customer compliments' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Department thank-you links' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Department' }).click();
  await page.getByRole('option', { name: "Women's Apparel" }).click();
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
  await expect(customer.getByRole('heading', { level: 1, name: /^Say thank you to the team at Women's Apparel/ })).toBeVisible();
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
  await expect(card.getByText("For the team at Women's Apparel")).toBeVisible();
  await expect(card.getByRole('button', { name: 'Confirm as a story' })).toBeDisabled();
  const hero = card.getByRole('combobox', { name: 'Who is the hero?' });
  await hero.click();
  await hero.fill('Sofia');
  await page.getByRole('option', { name: /Sofia Lindqvist/ }).click();
  await page.keyboard.press('Escape');
  await expectNoSeriousA11yViolations(page, 'compliments inbox with a department compliment');
  await card.getByRole('button', { name: 'Confirm as a story' }).click();
  await expect(card).toHaveCount(0);

  // Revoked, the printed code says the link is no longer available.
  await page.getByRole('combobox', { name: 'Department' }).click();
  await page.getByRole('option', { name: "Women's Apparel" }).click();
  await page.getByRole('button', { name: 'Revoke the link' }).click();
  await expect(page.getByRole('button', { name: 'Create the department’s link' })).toBeVisible();
  await customer.goto(path);
  await expect(customer.getByText(/no longer available/).first()).toBeVisible();
  await phone.close();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByText(words).first()).toBeVisible();
});
