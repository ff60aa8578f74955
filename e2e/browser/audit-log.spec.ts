import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { freshTeam } from './support/company';
import { keepScreenshot } from './support/screenshots';
import { ADMIN, signIn } from './support/session';

const PHONE = { width: 390, height: 844 };
const TOPPED_UP = 'Topped up a quarterly reward budget';

test('an admin tops up a budget, finds it in the audit log by who, what and when, reloads, goes back and exports it', async ({ page, request }) => {
  const team = await freshTeam(request, 'Audit', { budget: 1000 });
  const holder = team.manager.name;
  // The company's today (the filter's days are the company's calendar, as the server counts them).
  const today = ((await (await request.get('/api/config')).json()) as { today: string }).today;
  await signIn(page, ADMIN.email);

  await test.step(`the admin tops up ${holder}'s budget on the budgets page`, async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Budgets' }).click();
    const row = page
      .getByRole('table', { name: /Budgets for/ })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: new RegExp(holder) }) });
    await row.getByRole('button', { name: `Top up ${holder}’s budget` }).click();
    const dialog = page.getByRole('dialog', { name: new RegExp(`Top up ${holder}’s budget`) });
    await dialog.getByRole('textbox', { name: 'Points to add' }).fill('275');
    await dialog.getByRole('button', { name: 'Top up' }).click();
    await expect(dialog).toBeHidden();
    await expect(row.getByText('1,275 of 1,275 points left')).toBeVisible();
  });

  const log = page.getByRole('table', { name: 'Audit log entries, newest first' });
  const entry = log.getByRole('row').filter({ hasText: holder }).filter({ hasText: TOPPED_UP });

  await test.step('the budgets page links to the audit log, which shows the top-up first, with who, what and when', async () => {
    await page.getByRole('main').getByRole('link', { name: 'audit log', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' })).toHaveAttribute('aria-current', 'page');
    const newest = log.getByRole('row').nth(1);
    await expect(newest).toContainText(ADMIN.name);
    await expect(newest).toContainText(TOPPED_UP);
    await expect(newest).toContainText(`Person: ${holder}`);
    await expect(newest.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    await expect(page.getByText(/^Showing \d+ of [\d,]+\+? entries$/)).toBeVisible();
  });

  await test.step('filters by who, by action and by day narrow the log to the top-up, and the address keeps them', async () => {
    const who = page.getByRole('combobox', { name: 'Who' });
    await who.click();
    await who.fill('Helen');
    await page.getByRole('option', { name: ADMIN.name }).click();
    await expect(page).toHaveURL(/[?&]who=[0-9a-f-]{36}/);
    const action = page.getByRole('combobox', { name: 'Action' });
    await action.click();
    await action.fill('Topped up');
    await page.getByRole('option', { name: TOPPED_UP }).click();
    await expect(page).toHaveURL(/[?&]action=budget\.topped_up/);
    await page.getByRole('textbox', { name: 'From' }).fill(today);
    await page.getByRole('textbox', { name: 'To' }).fill(today);
    await expect(page).toHaveURL(new RegExp(`[?&]to=${today}`));
    await expect(entry).toHaveCount(1);
    // Every row left is the admin's top-up of today.
    for (const row of await log
      .getByRole('row')
      .filter({ has: page.locator('td') })
      .all()) {
      await expect(row).toContainText(ADMIN.name);
      await expect(row).toContainText(TOPPED_UP);
    }
    await expectNoSeriousA11yViolations(page, 'audit log, filtered');
    await keepScreenshot(page, 'audit-log');
  });

  await test.step('a reload keeps the filters; clearing them and going back brings them back', async () => {
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Action' })).toHaveValue(TOPPED_UP);
    await expect(page.getByRole('combobox', { name: 'Who' })).toHaveValue(ADMIN.name);
    await expect(page.getByRole('textbox', { name: 'From' })).toHaveValue(today);
    await expect(entry).toHaveCount(1);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByRole('combobox', { name: 'Action' })).toHaveValue('');
    await expect(page).not.toHaveURL(/action=/);
    await page.goBack();
    await expect(page.getByRole('combobox', { name: 'Action' })).toHaveValue(TOPPED_UP);
    await expect(entry).toHaveCount(1);
  });

  await test.step('Export CSV downloads the filtered entries with a header and the top-up', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('When,Who,What,Subject type,Subject,Subject id,Action code,Changes');
    expect(lines.slice(1).every((line) => line.includes(`${ADMIN.name},${TOPPED_UP},Person,`))).toBe(true);
    expect(lines.some((line) => line.includes(`Person,${holder},${team.manager.id},budget.topped_up`))).toBe(true);
  });

  await test.step(`${holder}'s roster page links to the entries about them`, async () => {
    await entry.getByRole('link', { name: `Person: ${holder}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: holder })).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'audit log', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]subject=${team.manager.id}`));
    await expect(page.getByText(`About ${holder}`)).toBeVisible();
    await expect(entry).toHaveCount(1);
    // Everything listed is about them: the budget set when the team was made, and the top-up.
    for (const row of await log
      .getByRole('row')
      .filter({ has: page.locator('td') })
      .all())
      await expect(row).toContainText(`Person: ${holder}`);
  });

  await test.step('at phone width the filters stack and the table scrolls inside its frame, not the page', async () => {
    await page.setViewportSize(PHONE);
    await expect(entry).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Export CSV' })).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectNoSeriousA11yViolations(page, 'audit log (phone)');
    await keepScreenshot(page, 'audit-log-phone');
  });
});
