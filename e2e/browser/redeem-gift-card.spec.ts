import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { keepScreenshot } from './support/screenshots';
import { freshTeam } from './support/company';
import { apiToken, signIn, signOut } from './support/session';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const PHONE = { width: 390, height: 844 };
const n = (value: number) => value.toLocaleString('en-GB');

/** The balance the page shows ("1,250 points"), as a number. */
async function balanceOn(page: Page): Promise<number> {
  const text = (await page.getByTestId('points-balance').first().textContent()) ?? '';
  return Number(text.replace(/[^\d]/g, ''));
}

test('a staff member redeems a gift card, an admin fulfils it with a code, and the staff member sees the code and the new balance', async ({
  page,
  request,
}) => {
  // Three people sign in, with an axe check on every page: longer than one page's journey on a busy machine.
  test.setTimeout(360_000);
  const stamp = Date.now().toString(36);
  const title = `Bookshop gift card ${stamp}`;
  const code = `BOOK-${stamp.toUpperCase()}-7Q4M`;
  // People of the journey's own (a staff member and an admin), so it depends on no other journey's data.
  const {
    admin: fulfiller,
    staff: [member],
  } = await freshTeam(request, 'Gift cards', { admin: true, budget: 400, spent: 400 });
  // Behind the scenes: the staff member's manager has rewarded them 400 points (above), and the admin adds the card to the catalogue.
  const admin = await apiToken(request, fulfiller!.email, fulfiller!.password);
  expect(
    (
      await request.post('/api/catalogue', {
        headers: bearer(admin),
        data: { title, description: 'Any bookshop in the group.', category: 'gift_card', cost: 250, stock: 5 },
      })
    ).status(),
  ).toBe(201);

  let before = 0;
  await test.step('the staff member picks the gift card, sees their balance after it, and confirms', async () => {
    await signIn(page, member.email, member.password);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rewards' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Rewards' })).toBeVisible();
    await expect(page.getByTestId('points-balance')).toBeVisible();
    before = await balanceOn(page);
    expect(before).toBeGreaterThanOrEqual(400);
    await page.getByRole('button', { name: `Redeem ${title}` }).click();
    const dialog = page.getByRole('dialog', { name: `Redeem ${title}` });
    await expect(dialog.getByTestId('balance-after')).toHaveText(`After this: ${n(before - 250)} points left.`);
    await expectNoSeriousA11yViolations(page, 'redeem dialog');
    await keepScreenshot(page, 'redeem-dialog');
    await dialog.getByRole('button', { name: 'Confirm: spend 250 points' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`${title}: requested`)).toBeVisible();
    await expect(page.getByTestId('points-balance')).toHaveText(`${n(before - 250)} points`);
    const mine = page.getByRole('listitem', { name: title });
    await expect(mine.getByText('Waiting')).toBeVisible();
    await signOut(page, member.name);
  });

  await test.step('the admin finds it in the fulfilment queue and fulfils it with the card’s code', async () => {
    await signIn(page, fulfiller!.email, fulfiller!.password);
    await page.getByRole('button', { name: /Notifications, \d+ unread/ }).click();
    await expect(page.getByRole('link', { name: new RegExp(`${member.name} redeemed points for “${title}”`) })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Fulfilment' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Fulfilment' })).toBeVisible();
    const request = page.getByRole('article', { name: `${title} for ${member.name}` });
    await expect(request).toContainText('250 points');
    await expectNoSeriousA11yViolations(page, 'fulfilment queue');
    await request.getByRole('button', { name: `Fulfil ${title} for ${member.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Fulfil “${title}”` });
    await dialog.getByRole('textbox', { name: 'Code' }).fill(code);
    await dialog.getByRole('textbox', { name: 'Note for the person' }).fill('Valid for a year in any shop.');
    await expectNoSeriousA11yViolations(page, 'fulfil dialog');
    await dialog.getByRole('button', { name: 'Mark fulfilled' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('article', { name: `${title} for ${member.name}` })).toHaveCount(0);
    await signOut(page, fulfiller!.name);
  });

  await test.step('the staff member is told it is ready, sees the code once and their new balance', async () => {
    await signIn(page, member.email, member.password);
    await page.getByRole('button', { name: /Notifications, \d+ unread/ }).click();
    await page.getByRole('link', { name: new RegExp(`Your “${title}” is ready`) }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Rewards' })).toBeVisible();
    const mine = page.getByRole('listitem', { name: title });
    await expect(mine.getByText('Ready')).toBeVisible();
    await expect(mine.getByText('Valid for a year in any shop.')).toBeVisible();
    await mine.getByRole('button', { name: 'Show my code' }).click();
    await expect(mine.getByTestId('redemption-code')).toHaveText(code);
    await expect(page.getByTestId('points-balance')).toHaveText(`${n(before - 250)} points`);
    await expectNoSeriousA11yViolations(page, 'rewards with the code');
    await keepScreenshot(page, 'redemption-code');
  });

  await test.step('at phone width the code is not shown again and the ledger has the redemption', async () => {
    await page.setViewportSize(PHONE);
    await page.reload();
    const mine = page.getByRole('listitem', { name: title });
    await expect(mine.getByText(/The code was shown on/)).toBeVisible();
    await expect(mine.getByRole('button', { name: 'Show my code' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'rewards (phone)');
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My points' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My points' })).toBeVisible();
    await expect(page.getByTestId('points-balance')).toHaveText(`${n(before - 250)} points`);
    await expect(page.getByText(`Redeemed: ${title}`)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'my points (phone)');
    await keepScreenshot(page, 'my-points-phone');
  });
});
