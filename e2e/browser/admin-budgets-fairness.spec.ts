import { type APIRequestContext, expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { freshTeam } from './support/company';
import { keepScreenshot } from './support/screenshots';
import { ADMIN, DEMO_PASSWORD, MANAGER, signIn } from './support/session';

const GRACE = 'Grace Okafor';
const PHONE = { width: 390, height: 844 };

/** "2026-Q3" for the quarter before today's, by the runner's calendar (the app's too). */
function previousQuarter(today = new Date()): string {
  const index = today.getFullYear() * 4 + Math.floor(today.getMonth() / 3) - 1;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** The row of the budgets table for one holder. */
function budgetRow(page: Page, name: string): Locator {
  return page
    .getByRole('table', { name: /Budgets for/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(name) }) });
}

/** Reads "1,850 of 3,000 points left" and "1,150 spent" off a holder's budget meter. */
async function meterOf(row: Locator): Promise<{ remaining: number; points: number; spent: number }> {
  const number = (text: string) => Number(text.replace(/,/g, ''));
  const left = await row.getByText(/^[\d,]+ of [\d,]+ points left$/).textContent();
  const spent = await row.getByText(/^[\d,]+ spent$/).textContent();
  const [, remaining, points] = /^([\d,]+) of ([\d,]+) points left$/.exec(left ?? '') ?? [];
  return { remaining: number(remaining), points: number(points), spent: number((spent ?? '').replace(' spent', '')) };
}

test('an admin tops up a budget, is refused a budget below what is spent, and reads the fairness signals', async ({ page, request }) => {
  // Budgets of this journey's own manager (3,000 points, 1,150 of them spent), not the demo managers' that the
  // reward journey spends from.
  const team = await freshTeam(request, 'Budgets', { budget: 3000, spent: 1150 });
  const HOLDER = team.manager.name;
  await signIn(page, ADMIN.email);

  await test.step('the budgets page lists every manager and admin for the current quarter', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Budgets' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Budgets' })).toBeVisible();
    await expect(page.getByText(/Every change is audited/)).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Quarter' })).toHaveValue(/\(current\)$/);
    await expect(budgetRow(page, MANAGER.name)).toBeVisible();
    await expect(budgetRow(page, GRACE)).toBeVisible();
    await expect(budgetRow(page, HOLDER)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'budgets');
    await keepScreenshot(page, 'admin-budgets');
  });

  await test.step(`a top-up of 500 with a note raises ${HOLDER}'s remaining by 500`, async () => {
    const row = budgetRow(page, HOLDER);
    const before = await meterOf(row);
    await row.getByRole('button', { name: `Top up ${HOLDER}’s budget` }).click();
    const dialog = page.getByRole('dialog', { name: new RegExp(`Top up ${HOLDER}’s budget for \\d{4}-Q[1-4]`) });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Points to add' }).fill('500');
    await dialog.getByRole('textbox', { name: 'Note (optional)' }).fill('Holiday rush: the chat team is covering two extra shifts.');
    await expect(
      dialog.getByText(`After the top-up: ${(before.remaining + 500).toLocaleString('en-GB')} of ${(before.points + 500).toLocaleString('en-GB')} points left`),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'top-up dialog');
    await keepScreenshot(page, 'admin-budget-top-up');
    await dialog.getByRole('button', { name: 'Top up' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      row.getByText(`${(before.remaining + 500).toLocaleString('en-GB')} of ${(before.points + 500).toLocaleString('en-GB')} points left`),
    ).toBeVisible();
    expect((await meterOf(row)).spent).toBe(before.spent);
  });

  await test.step(`setting ${HOLDER}'s budget below what she has spent is refused with how much that is`, async () => {
    const row = budgetRow(page, HOLDER);
    const before = await meterOf(row);
    // 3,000 points, 1,150 spent, and the 500 topped up in the step before.
    expect(before).toEqual({ points: 3500, spent: 1150, remaining: 2350 });
    await row.getByRole('button', { name: `Set budget for ${HOLDER}` }).click();
    const dialog = page.getByRole('dialog', { name: new RegExp(`Set ${HOLDER}’s budget for`) });
    const points = dialog.getByRole('textbox', { name: 'Points for the quarter' });
    await points.fill(String(before.spent - 1));
    await dialog.getByRole('button', { name: 'Set budget' }).click();
    await expect(dialog.getByText(`This budget has already spent ${before.spent} points; it cannot be set lower.`)).toBeVisible();
    await expect(points).toHaveAttribute('aria-invalid', 'true');
    await expect(points).toBeFocused();
    await expectNoSeriousA11yViolations(page, 'set-budget dialog, refused');
    await keepScreenshot(page, 'admin-budget-refused');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(await meterOf(row)).toEqual(before);
  });

  await test.step('an earlier quarter can be looked at, and the address keeps it', async () => {
    const earlier = previousQuarter();
    await page.getByRole('combobox', { name: 'Quarter' }).click();
    await page.getByRole('option', { name: earlier, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: `Budgets for ${earlier}` })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`[?&]quarter=${earlier}`));
    await expect(budgetRow(page, MANAGER.name)).toBeVisible();
  });

  await test.step('the fairness page shows the company, each department and what the measures mean', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Fairness' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Fairness' })).toBeVisible();
    await expect(page.getByRole('radio', { name: '365 days' })).toBeChecked();
    const departments = page.getByRole('table', { name: 'By department' });
    await expect(departments.getByRole('columnheader', { name: 'Top 10% share' })).toBeVisible();
    await expect(departments.getByRole('columnheader', { name: 'Gini' })).toBeVisible();
    await expect(departments.getByRole('rowheader', { name: "Men's Suits" })).toBeVisible();
    await expect(departments.getByRole('cell', { name: /^\d+ of \d+$/ }).first()).toBeVisible();
    await expect(departments.getByRole('cell', { name: /^\d\.\d\d$/ }).first()).toBeVisible();
    const explainer = page.getByRole('region', { name: 'How to read these numbers' });
    await expect(explainer.getByText(/0 means everyone received the same number; 1 means one person received them all/)).toBeVisible();
    await expect(explainer.getByText(/Gini is 0\.80 or more, or the top 10% hold 50% or more/)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Reciprocal pairs' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'fairness');
    await keepScreenshot(page, 'admin-fairness');

    await page
      .locator('label')
      .filter({ hasText: /^90 days$/ })
      .click();
    await expect(page.getByRole('radio', { name: '90 days' })).toBeChecked();
    await expect(page).toHaveURL(/[?&]days=90/);
    await expect(page.getByText(/received in the last 90 days/)).toBeVisible();
    await expect(departments.getByRole('rowheader', { name: "Men's Suits" })).toBeVisible();
  });

  await test.step('both pages work at phone width, as cards instead of wide tables', async () => {
    await page.setViewportSize(PHONE);
    await expect(page.getByRole('heading', { level: 1, name: 'Fairness' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'By department' }).getByRole('heading', { level: 3, name: "Men's Suits" })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'fairness (phone)');
    await keepScreenshot(page, 'admin-fairness-phone');
    await page.goto('/budgets');
    const grace = page
      .getByRole('list', { name: /Budgets for/ })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3, name: GRACE }) });
    const topUp = grace.getByRole('button', { name: `Top up ${GRACE}’s budget` });
    await topUp.scrollIntoViewIfNeeded();
    // Whole, without scrolling sideways.
    await expect(topUp).toBeInViewport({ ratio: 1 });
    await expectNoSeriousA11yViolations(page, 'budgets (phone)');
    await page.evaluate(() => window.scrollTo(0, 0));
    await keepScreenshot(page, 'admin-budgets-phone');
  });
});

/**
 * Two new colleagues in one department, each with a password, so a test can act as them. Their whole
 * endorsement history is what the test gives them.
 */
async function newColleagues(request: APIRequestContext, names: string[]): Promise<{ id: string; name: string; token: string }[]> {
  const admin = await request.post('/api/auth/login', { data: { email: ADMIN.email, password: DEMO_PASSWORD } });
  const headers = { Authorization: `Bearer ${(await admin.json()).accessToken}` };
  const departments = (await (await request.get('/api/departments', { headers })).json()) as { id: string; name: string }[];
  const chat = departments.find((d) => d.name === 'Online Chat')!;
  const stamp = Date.now().toString(36);
  const people = [];
  for (const name of names) {
    const email = `${name.toLowerCase().replace(/\s+/g, '.')}.${stamp}@larkspur.example`;
    const created = await request.post('/api/employees', {
      headers,
      data: { name: `${name} ${stamp}`, email, jobTitle: 'Chat Agent', departmentId: chat.id, role: 'staff', hiredOn: '2024-03-01' },
    });
    expect(created.status()).toBe(201);
    const { id } = await created.json();
    const invitation = await (await request.post(`/api/employees/${id}/invitations`, { headers })).json();
    const token = new URL(invitation.url).pathname.split('/').pop()!;
    expect((await request.post(`/api/invitations/${token}/accept`, { data: { password: 'reciprocal-pairs-2026' } })).status()).toBeLessThan(300);
    const login = await request.post('/api/auth/login', { data: { email, password: 'reciprocal-pairs-2026' } });
    people.push({ id, name: `${name} ${stamp}`, token: (await login.json()).accessToken as string });
  }
  return people;
}

test('two colleagues who only endorse each other show up as a reciprocal pair', async ({ page, request }) => {
  const [a, b] = await newColleagues(request, ['Priya Shah', 'Tom Weller']);
  const values = await (await request.get('/api/values', { headers: { Authorization: `Bearer ${a.token}` } })).json();
  const storyAbout = async (person: { id: string; token: string }, title: string) => {
    const response = await request.post('/api/stories', {
      headers: { Authorization: `Bearer ${person.token}` },
      data: {
        title,
        heroIds: [person.id],
        situation: 'A customer needed help.',
        action: 'I helped on the first contact.',
        impact: 'It ended well.',
        occurredOn: new Date().toISOString().slice(0, 10),
        channel: 'chat',
        resolvedWithoutHandoff: true,
        valueIds: [values[0].id],
      },
    });
    expect(response.status()).toBe(201);
    return (await response.json()).id as string;
  };
  // Each tells two stories about themselves and endorses the other's two, and nothing else.
  for (const [teller, fan] of [
    [a, b],
    [b, a],
  ]) {
    for (const title of ['Sorted a refund in one chat', 'Found a lost order in one chat']) {
      const id = await storyAbout(teller, title);
      expect((await request.post(`/api/stories/${id}/endorsements`, { headers: { Authorization: `Bearer ${fan.token}` }, data: {} })).status()).toBe(201);
    }
  }

  await signIn(page, ADMIN.email);
  await page.goto('/fairness');
  const pair = page.getByRole('region', { name: 'Reciprocal pairs' }).getByRole('listitem').filter({ hasText: a.name });
  await expect(pair).toHaveCount(1);
  await expect(pair).toContainText(b.name);
  await expect(pair).toContainText(/endorse each other/);
  await expect(pair).toContainText('100% of all the endorsements they give');
  await expect(pair.getByRole('link', { name: b.name })).toHaveAttribute('href', `/people/${b.id}`);
  await expectNoSeriousA11yViolations(page, 'fairness with reciprocal pairs');
  await keepScreenshot(page, 'admin-fairness-pairs');
});
