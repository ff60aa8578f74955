import { expect as baseExpect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { freshTeam } from './support/company';
import { signIn, signOut } from './support/session';

// Pages load slowly on a busy shared machine: wait for conditions with generous deadlines, never for durations.
const expect = baseExpect.configure({ timeout: 45_000 });
test.setTimeout(300_000);

/* Words and trust (issue 14): the preview shows what the story will say, and signing out forgets the page. */
test('the preview shows the day, the channel and the values, and the quote once, without doubled marks', async ({ page, request }) => {
  const today = (await (await request.get('/api/config')).json()).today as string;
  const shown = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${today}T00:00:00Z`));
  const {
    staff: [author],
  } = await freshTeam(request, 'Preview');
  await signIn(page, author.email, author.password);
  await page.goto('/stories/new');
  await page.getByRole('textbox', { name: 'Title' }).fill('Carried the parcels to the car');
  await page.getByRole('combobox', { name: 'How did the customer reach us?' }).click();
  await page.getByRole('option', { name: 'In person' }).click();
  await page.getByRole('textbox', { name: 'What the customer said (optional)' }).fill('“You made my day.”');
  await page
    .locator('label')
    .filter({ hasText: /^Ownership$/ })
    .click();
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByLabel('Preview');
  await expect(preview).toContainText(`${shown} · In person`);
  await expect(preview).toContainText('Values: Ownership');
  await expect(preview.getByRole('blockquote').or(preview.locator('blockquote'))).toHaveText('You made my day.');
  await expect(preview).not.toContainText('““');
  await expectNoSeriousA11yViolations(page, 'composer preview');
});

test('signing out on purpose forgets the page: the next person starts at the feed', async ({ page, request }) => {
  const {
    staff: [person],
  } = await freshTeam(request, 'Sign out');
  await signIn(page, person.email, person.password);
  await page.goto('/leaderboards');
  await expect(page.getByRole('heading', { level: 1, name: /Leaderboard/ })).toBeVisible();
  await signOut(page, person.name);
  await expect(page).toHaveURL(/\/sign-in$/);

  // The next person opens the app afresh: the sign-in page, without asking the server for a session it knows
  // is gone (no refused refresh, no error in the console).
  const errors: string[] = [];
  const refreshes: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('request', (r) => {
    if (r.url().endsWith('/api/auth/refresh')) refreshes.push(r.url());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(refreshes).toEqual([]);
  expect(errors).toEqual([]);
});
