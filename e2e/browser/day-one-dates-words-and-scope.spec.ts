import { expect as baseExpect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { freshTeam } from './support/company';
import { apiToken, signIn } from './support/session';

// Pages load slowly on a busy shared machine: wait for conditions with generous deadlines, never for durations.
const expect = baseExpect.configure({ timeout: 45_000 });
test.setTimeout(300_000);

/*
 * What blocked people on their first day (issue 14): a composer whose default day the server refused for anyone
 * ahead of the company's time zone, developer phrases instead of sentences, and edit controls a manager may not use.
 */

// The browser is fourteen hours ahead of the company (UTC): for most of the day its calendar is already on tomorrow.
test.use({ timezoneId: 'Pacific/Kiritimati' });

test("a teller ahead of the company's time zone publishes with the default day; a refused day is explained beside its field", async ({ page, request }) => {
  const companyToday = (await (await request.get('/api/config')).json()).today as string;
  // People of the journey's own: a teller and their manager as the hero.
  const {
    manager,
    staff: [teller],
  } = await freshTeam(request, 'Day one');
  await signIn(page, teller.email, teller.password);
  await page.goto('/stories/new');
  const day = page.getByLabel('When did it happen?');
  await expect(day).toHaveValue(companyToday);
  await expect(day).toHaveAttribute('max', companyToday);

  const stamp = Date.now().toString(36);
  await page.getByRole('textbox', { name: 'Title' }).fill(`Found the right size in another store ${stamp}`);
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveAttribute('maxlength', '120');
  const heroes = page.getByRole('combobox', { name: 'Who are the heroes?' });
  await heroes.click();
  // The whole name: journeys' own people share first names, and the picker lists the first twenty matches.
  await heroes.fill(manager.name);
  await page.getByRole('option', { name: new RegExp(manager.name) }).click();
  await page.getByRole('combobox', { name: 'How did the customer reach us?' }).click();
  await page.getByRole('option', { name: 'In person' }).click();
  await page.getByRole('textbox', { name: '1. What the customer needed' }).fill('A wedding guest needed a size the store did not have.');
  await page.getByRole('textbox', { name: '2. What the hero did' }).fill('Called the other store and had it couriered before noon.');
  await page.getByRole('textbox', { name: '3. How it ended for the customer' }).fill('She wore it to the wedding.');
  await page
    .locator('label')
    .filter({ hasText: /^Ownership$/ })
    .click();
  await expect(page.getByRole('checkbox', { name: 'Ownership' })).toBeChecked();

  // A day long before the hero was hired: the server refuses it, and says so in words, next to the date, with focus on it.
  await day.fill('2001-05-04');
  await page.getByRole('button', { name: 'Publish story' }).click();
  const sentence = 'The day it happened cannot be before the hire date: choose a later day.';
  await expect(page.getByText(sentence)).toBeVisible();
  await expect(day).toBeFocused();
  await expect(day).toHaveAccessibleDescription(new RegExp(sentence.replace(/[.:]/g, '\\$&')));
  await expect(page.getByText(/occurredOn|invalid fields/)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'composer with a refused day');

  await day.fill(companyToday);
  await page.getByRole('button', { name: 'Publish story' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Found the right size in another store ${stamp}` })).toBeVisible();
});

test('a manager sees the roster of their own departments, and no edit controls for someone else’s people', async ({ page, request }) => {
  // Two teams of the journey's own: the manager's, and another department with someone the manager does not manage.
  const {
    manager,
    department,
    staff: [insider],
  } = await freshTeam(request, 'Own roster');
  const {
    staff: [outsider],
  } = await freshTeam(request, 'Other roster');
  const token = await apiToken(request, manager.email, manager.password);
  const seen = await (await request.get(`/api/employees/${outsider.id}`, { headers: { Authorization: `Bearer ${token}` } })).json();
  expect(seen.canEdit).toBe(false);

  await signIn(page, manager.email, manager.password);
  await page.goto('/roster');
  await expect(page.getByText('The people in the departments you manage.')).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  for (const text of await rows.allInnerTexts()) if (!/^Name/.test(text)) expect(text).toContain(department.name);
  await expectNoSeriousA11yViolations(page, "manager's roster");
  const search = page.getByRole('searchbox', { name: 'Search by name' });
  await search.fill(insider.name.split(' ')[0]);
  await expect(page.getByRole('link', { name: insider.name })).toBeVisible();
  await search.fill(outsider.name);
  await expect(page.getByText('Try another name, department or status.')).toBeVisible();
  await expect(page.getByRole('link', { name: outsider.name })).toHaveCount(0);

  await page.goto(`/roster/${outsider.id}`);
  await expect(page.getByRole('heading', { name: outsider.name })).toBeVisible();
  await expect(page.getByText(`Managers edit staff of their own departments; ask an admin to change ${outsider.name}'s record.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save changes' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Record departure' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'someone outside the manager’s departments');

  await page.goto(`/roster/${insider.id}`);
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Record departure' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Full name' })).toHaveAttribute('maxlength', '120');
});

test('a report period after today is explained once, beside the date, and the reports keep showing', async ({ page, request }) => {
  const companyToday = (await (await request.get('/api/config')).json()).today as string;
  const { manager } = await freshTeam(request, 'Report days', { staff: 0 });
  await signIn(page, manager.email, manager.password);
  await page.goto('/reports');
  const to = page.getByLabel('To (and as of)');
  await expect(to).toHaveValue(companyToday);
  await expect(to).toHaveAttribute('max', companyToday);
  const next = new Date(`${companyToday}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 3);
  await to.fill(next.toISOString().slice(0, 10));
  await expect(page.getByText('To cannot be after today: choose today or an earlier day.')).toHaveCount(1);
  await expect(page.getByText(/asOf|cannot be in the future/)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'reports with a day after today typed');
});
