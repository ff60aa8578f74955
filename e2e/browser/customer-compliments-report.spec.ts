import { expect, test, type Browser } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { freshTeam } from './support/company';
import { keepScreenshot } from './support/screenshots';
import { apiToken, signIn } from './support/session';

const PHONE = { width: 390, height: 844 };
/** The thank-you page's minimum fill time (MIN_FILL_SECONDS in server/src/compliments/compliments.policy.ts). */
const MIN_FILL_SECONDS = 3;

/** A customer on a phone sends a compliment through the link, without an email address. */
async function thank(browser: Browser, path: string, words: string) {
  const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'en-GB' });
  const customer = await phone.newPage();
  await customer.goto(path);
  await customer.getByRole('textbox', { name: /What happened\?/ }).fill(words);
  await customer.getByRole('textbox', { name: /How did it end\?/ }).fill('We left happy.');
  await expect(customer.locator('input[name="altcha"]')).toHaveValue(/.{20,}/, { timeout: 30_000 });
  // The page refuses forms sent back faster than a person can type: give it the time a person would.
  await customer.waitForTimeout(MIN_FILL_SECONDS * 1000);
  await customer.getByRole('button', { name: 'Send my thanks' }).click();
  await expect(customer.getByRole('heading', { level: 1, name: 'Thank you!' })).toBeVisible();
  await phone.close();
}

test('a manager reads the customer compliments report: compliments received, those that became stories, per person', async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  const {
    department,
    manager,
    staff: [member],
  } = await freshTeam(request, 'Compliment report');
  const memberAuth = { Authorization: `Bearer ${await apiToken(request, member.email, member.password)}` };
  const link = await request.put('/api/me/thank-you-link', { headers: memberAuth });
  expect(link.status()).toBe(200);
  const path = new URL((await link.json()).url).pathname;
  const stamp = Date.now().toString(36);
  await thank(browser, path, `${member.name.split(' ')[0]} found the right size in the stock room ${stamp}.`);
  await thank(browser, path, `${member.name.split(' ')[0]} carried our boxes to the car in the rain ${stamp}.`);

  // The manager confirms one of the two into a story (the other is still waiting).
  const managerAuth = { Authorization: `Bearer ${await apiToken(request, manager.email, manager.password)}` };
  const inbox = (await (await request.get('/api/compliments/inbox', { headers: managerAuth })).json()) as {
    items: { id: string; hero: { id: string } | null }[];
  };
  const mine = inbox.items.filter((c) => c.hero?.id === member.id);
  expect(mine).toHaveLength(2);
  expect((await request.post(`/api/compliments/${mine[0].id}/confirm`, { headers: managerAuth, data: {} })).status()).toBe(200);

  await signIn(page, manager.email, manager.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await page.getByRole('combobox', { name: 'Department' }).click();
  await page.getByRole('option', { name: department.name, exact: true }).click();
  const report = page.getByRole('region', { name: 'Customer compliments' });
  await report.scrollIntoViewIfNeeded();
  // 2 received, 1 became a story, no customer gave an email address to confirm: 0%.
  const byPerson = report.getByRole('table', { name: 'Customer compliments by person' });
  const row = byPerson.getByRole('row').filter({ has: page.getByRole('rowheader', { name: member.name }) });
  await expect(row.getByRole('cell')).toHaveText([department.name, '2', '1', '0 (0%)', /hours?$/]);
  const stat = (label: string) => report.getByText(label, { exact: true }).locator('xpath=following-sibling::*[1]');
  await expect(stat('Compliments received')).toHaveText('2');
  await expect(stat('Customers who confirmed their email')).toHaveText('0%');
  const byDepartment = report.getByRole('table', { name: 'Customer compliments by department' });
  await expect(
    byDepartment
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: department.name }) })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('1');
  await expect(page.getByText('This did not load')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'customer compliments report (desktop)');
  await keepScreenshot(page, 'customer-compliments-report');
  await page.setViewportSize(PHONE);
  await report.scrollIntoViewIfNeeded();
  await expectNoSeriousA11yViolations(page, 'customer compliments report (phone)');
  await keepScreenshot(page, 'customer-compliments-report-phone');
});
