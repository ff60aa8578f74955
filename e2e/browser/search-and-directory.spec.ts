import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { freshTeam } from './support/company';
import { keepScreenshot } from './support/screenshots';
import { apiToken, STAFF, signIn } from './support/session';

const PHONE = { width: 390, height: 844 };

test('a staff member finds a story and a colleague from the header, and browses the People directory by department', async ({ page, request }) => {
  test.setTimeout(180_000);
  const team = await freshTeam(request, 'Search', { staff: 2 });
  const [hero, colleague] = team.staff;
  // A word no other story holds, so the story is the one result; letters only, so it stays one word.
  const word = `kumquat${Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`;
  const title = `Found the ${word} order in the back room`;
  const headers = { Authorization: `Bearer ${await apiToken(request, STAFF.email)}` };
  const values = await (await request.get('/api/values', { headers })).json();
  const today = (await (await request.get('/api/config')).json()).today;
  const told = await request.post('/api/stories', {
    headers,
    data: {
      title,
      heroIds: [hero.id],
      situation: `A customer's ${word} order was missing from the pickup shelf.`,
      action: 'Searched the stockroom until it turned up.',
      impact: 'The customer left with it ten minutes later.',
      occurredOn: today,
      channel: 'in_person',
      resolvedWithoutHandoff: true,
      valueIds: [values[0].id],
    },
  });
  expect(told.status()).toBe(201);

  await signIn(page, STAFF.email);

  await test.step('searching from the header lists the story with the word marked, and the person by department', async () => {
    await page.getByRole('banner').getByRole('searchbox', { name: 'Search stories and people' }).fill(word);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}`));
    await expect(page.getByRole('heading', { level: 1, name: `Search: ${word}` })).toBeVisible();
    const result = page.getByRole('link', { name: title });
    await expect(result).toBeVisible();
    await expect(result.locator('mark')).toHaveText(word);
    await expect(page.getByText(`${hero.name} ·`, { exact: false })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'search results');
    await keepScreenshot(page, 'search-results-desktop');
  });

  await test.step('a result opens the story, and Back returns to the results', async () => {
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: `Search: ${word}` })).toBeVisible();
  });

  await test.step('searching for the department finds its people', async () => {
    const box = page.getByRole('search', { name: 'Search again' }).getByRole('searchbox');
    await box.fill(team.department.name);
    await box.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: `Search: ${team.department.name}` })).toBeVisible();
    await expect(page.getByRole('link', { name: hero.name })).toBeVisible();
    await expect(page.getByRole('link', { name: colleague.name })).toBeVisible();
  });

  await test.step('the People directory filters by department, in the address', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'People' }).getByRole('listitem').first()).toBeVisible();
    await page.getByRole('combobox', { name: 'Department' }).click();
    await page.getByRole('option', { name: team.department.name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`department=${team.department.id}`));
    const people = page.getByRole('list', { name: 'People' });
    await expect(people.getByRole('link')).toHaveText([team.manager.name, hero.name, colleague.name].sort());
    await expect(page.getByRole('link', { name: STAFF.name })).toHaveCount(0);
    await page.getByRole('textbox', { name: 'Name' }).fill(colleague.name.split(' ')[0]);
    await expect(page).toHaveURL(/q=/);
    await expect(people.getByRole('link')).toHaveText([colleague.name]);
    await expectNoSeriousA11yViolations(page, 'people directory');
  });

  await test.step('at 390 px the header search is an icon that opens the search page', async () => {
    await page.setViewportSize(PHONE);
    await expectNoSeriousA11yViolations(page, 'people directory (phone)');
    await keepScreenshot(page, 'people-directory-phone');
    await page.getByRole('banner').getByRole('link', { name: 'Search stories and people' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    const box = page.getByRole('searchbox', { name: 'Search stories and people' });
    await box.fill(word);
    await box.press('Enter');
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'search results (phone)');
    await keepScreenshot(page, 'search-results-phone');
  });
});
