import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { keepScreenshot } from './support/screenshots';
import { freshTeam } from './support/company';
import { apiToken, signIn, signOut } from './support/session';

test('a story naming a colleague reaches them, gets endorsed, featured and read out in huddle mode', async ({ page, request }) => {
  // People of the journey's own: the author and the hero on one team, its manager, and an admin as the third person.
  const {
    admin,
    manager,
    staff: [author, colleague],
  } = await freshTeam(request, 'Huddle', { staff: 2, admin: true });
  const title = `Rescued a soaked wedding dress ${Date.now().toString(36)}`;

  await test.step('a staff member tells the story', async () => {
    await signIn(page, author.email, author.password);
    await page.getByRole('link', { name: 'Tell a hero story' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tell a hero story' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Title' }).fill(title);
    const heroes = page.getByRole('combobox', { name: 'Who are the heroes?' });
    await heroes.click();
    // The whole name: journeys' own people share first names, and the picker lists the first twenty matches.
    await heroes.fill(colleague.name);
    await page.getByRole('option', { name: new RegExp(colleague.name) }).click();
    await page.getByRole('combobox', { name: 'How did the customer reach us?' }).click();
    await page.getByRole('option', { name: 'In person' }).click();
    await page.getByRole('textbox', { name: '1. What the customer needed' }).fill('A bride’s dress was soaked in a downpour on her way to the venue.');
    await page
      .getByRole('textbox', { name: '2. What the hero did' })
      .fill('Steamed and pressed it in the fitting room and **lent her a coat** for the walk back.');
    await page.getByRole('textbox', { name: '3. How it ended for the customer' }).fill('She walked down the aisle on time.');
    await page
      .locator('label')
      .filter({ hasText: /^Ownership$/ })
      .click();
    await expect(page.getByRole('checkbox', { name: 'Ownership' })).toBeChecked();
    await expectNoSeriousA11yViolations(page, 'composer');
    await keepScreenshot(page, 'story-composer');
    await page.getByRole('button', { name: 'Publish story' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('strong').filter({ hasText: 'lent her a coat' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'story page (author)');
    await signOut(page, author.name);
  });

  await test.step('the colleague sees the notification and the story in the feed', async () => {
    await signIn(page, colleague.email, colleague.password);
    const bell = page.getByRole('button', { name: /Notifications, \d+ unread/ });
    await expect(bell).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'feed (hero)');
    await keepScreenshot(page, 'feed');
    await bell.click();
    await expect(page.getByRole('link', { name: new RegExp(`named you a hero in “${title}”`) })).toBeVisible();
    await signOut(page, colleague.name);
  });

  await test.step('a third person endorses it and the count updates', async () => {
    await signIn(page, admin!.email, admin!.password);
    const card = page.getByRole('article', { name: title });
    await expect(card.getByRole('button', { name: /Endorse “.*” \(0 endorsements\)/ })).toBeVisible();
    await card.getByRole('button', { name: /Endorse “/ }).click();
    await expect(card.getByRole('button', { name: /Withdraw endorsement “.*” \(1 endorsement\)/ })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('article', { name: title }).getByRole('button', { name: /\(1 endorsement\)/ })).toBeVisible();
    await signOut(page, admin!.name);
  });

  await test.step("a manager of the hero's department features it, and it leads huddle mode", async () => {
    await signIn(page, manager.email, manager.password);
    await page.getByRole('article', { name: title }).getByRole('link', { name: title }).click();
    await page.getByRole('button', { name: 'Feature' }).click();
    await expect(page.getByRole('button', { name: 'Stop featuring' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'story page (manager)');
    await keepScreenshot(page, 'story-page');
    await page.goto('/huddle');
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'huddle mode');
    await keepScreenshot(page, 'huddle');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText(/^2 of \d+$/)).toBeVisible();
  });
});

test('markup in a story is shown as text and never runs', async ({ page, request }) => {
  const {
    staff: [author],
  } = await freshTeam(request, 'Markup');
  const token = await apiToken(request, author.email, author.password);
  const headers = { Authorization: `Bearer ${token}` };
  const me = await (await request.get('/api/me', { headers })).json();
  const values = await (await request.get('/api/values', { headers })).json();
  const created = await request.post('/api/stories', {
    headers,
    data: {
      title: `Markup test ${Date.now().toString(36)}`,
      heroIds: [me.id],
      situation: '<script>window.__pwned = 1</script> A customer needed help.',
      action: '<img src=x onerror="window.__pwned = 1"> I helped. [click](javascript:window.__pwned=1)',
      impact: 'All good.',
      occurredOn: new Date().toISOString().slice(0, 10),
      channel: 'chat',
      resolvedWithoutHandoff: true,
      valueIds: [values[0].id],
    },
  });
  expect(created.status()).toBe(201);
  const story = await created.json();

  await signIn(page, author.email, author.password);
  await page.goto(`/stories/${story.id}`);
  await expect(page.getByText('<script>window.__pwned = 1</script> A customer needed help.')).toBeVisible();
  const article = page.getByRole('article');
  await expect(article.locator('script')).toHaveCount(0);
  await expect(article.locator('img')).toHaveCount(0);
  await expect(article.locator('a[href^="javascript"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('an admin adds a company value, which the composer then offers, and retires it again', async ({ page, request }) => {
  const name = `Calm under fire ${Date.now().toString(36)}`;
  const { admin } = await freshTeam(request, 'Values', { staff: 0, admin: true });
  await signIn(page, admin!.email, admin!.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Company values' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Company values' })).toBeVisible();
  await page.getByRole('textbox', { name: 'New value' }).fill(name);
  await page.getByRole('button', { name: 'Add value' }).click();
  await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'company values');

  await page.goto('/stories/new');
  await expect(page.getByRole('checkbox', { name })).toHaveCount(1);

  await page.goto('/values');
  await page.getByRole('button', { name: `Retire ${name}` }).click();
  await expect(page.getByRole('button', { name: `Restore ${name}` })).toBeVisible();
  await page.goto('/stories/new');
  await expect(page.getByRole('checkbox', { name: 'Ownership' })).toHaveCount(1);
  await expect(page.getByRole('checkbox', { name })).toHaveCount(0);
});
