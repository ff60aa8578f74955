import { expect, type APIRequestContext, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { keepScreenshot } from './support/screenshots';
import { freshTeam, type TeamMember } from './support/company';
import { STAFF, apiToken, signIn, signOut } from './support/session';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/**
 * A story told today about `hero` (by themselves) that each of `endorsers` (people of another department) endorses:
 * five put it over the peer-nomination threshold in the manager's review queue.
 */
async function endorsedStory(request: APIRequestContext, title: string, hero: TeamMember, endorsers: TeamMember[] = []): Promise<void> {
  const token = await apiToken(request, hero.email, hero.password);
  const values = await (await request.get('/api/values', { headers: bearer(token) })).json();
  const today = new Date().toISOString().slice(0, 10);
  const story = await request.post('/api/stories', {
    headers: bearer(token),
    data: {
      title,
      heroIds: [hero.id],
      situation: 'A customer flew in for a wedding and her luggage, with the bridesmaid dresses, went to another city.',
      action: 'I pulled five dresses in the right sizes, booked the tailor for the same afternoon and stayed until they were done.',
      impact: 'All five bridesmaids walked in matching dresses the next morning.',
      occurredOn: today,
      channel: 'in_person',
      resolvedWithoutHandoff: true,
      valueIds: [values[0].id],
    },
  });
  expect(story.status()).toBe(201);
  const storyId = (await story.json()).id;
  for (const endorser of endorsers) {
    const headers = bearer(await apiToken(request, endorser.email, endorser.password));
    expect((await request.post(`/api/stories/${storyId}/endorsements`, { headers, data: {} })).status()).toBe(201);
  }
}

/** Opens the leaderboards from the navigation and ranks by reward points. */
async function pointsLeaderboard(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leaderboards' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Leaderboards' })).toBeVisible();
  await page
    .locator('label')
    .filter({ hasText: /^Points$/ })
    .click();
  await expect(page.getByRole('radio', { name: 'Points' })).toBeChecked();
}

/** "2,850 of 3,000 points left" as numbers. */
const budgetText = (text: string) => {
  const [, remaining, points] = text.replace(/,/g, '').match(/^(\d+) of (\d+) points left/)!;
  return { remaining: Number(remaining), points: Number(points) };
};

test('a manager rewards a peer-nominated story from the review queue; the hero sees the reward and climbs the leaderboard', async ({ page, request }) => {
  const stamp = Date.now().toString(36);
  const title = `Dressed five bridesmaids overnight ${stamp}`;
  const citation = `Turned a lost-luggage disaster into five happy bridesmaids, overnight (${stamp}).`;
  // People of the journey's own: a hero and their manager (with a budget), an admin, and five endorsers of another department.
  const {
    admin,
    manager,
    staff: [hero],
  } = await freshTeam(request, 'Review queue', { budget: 3000, admin: true });
  const { staff: endorsers } = await freshTeam(request, 'Endorsers', { staff: 5 });
  const firstName = hero.name.split(' ')[0];
  await endorsedStory(request, title, hero, endorsers);
  // Points are private by default (issue 20); this company has opted in to a public points leaderboard.
  const adminToken = await apiToken(request, admin!.email, admin!.password);
  expect((await request.put('/api/points/settings', { headers: bearer(adminToken), data: { leaderboardPublic: true } })).status()).toBe(200);
  let pointsBefore = 0;

  await test.step('the hero looks at the points leaderboard for this month', async () => {
    await signIn(page, hero.email, hero.password);
    await pointsLeaderboard(page);
    const myRank = page.getByTestId('my-rank');
    await expect(myRank).toBeVisible();
    const text = (await myRank.textContent()) ?? '';
    pointsBefore = /([\d,]+) points/.test(text) ? Number(text.match(/([\d,]+) points/)![1].replace(/,/g, '')) : 0;
    await expectNoSeriousA11yViolations(page, 'leaderboards');
    await signOut(page, hero.name);
  });

  await test.step('the manager rewards it from the review queue and the budget meter drops', async () => {
    await signIn(page, manager.email, manager.password);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review queue' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible();
    const item = page.getByTestId('review-queue-item').filter({ hasText: title });
    await expect(item).toBeVisible();
    await expect(item.getByText('Nominated by peers')).toBeVisible();
    await expect(item.getByText('5 endorsements')).toBeVisible();
    // Peer-nominated stories lead the queue.
    await expect(page.getByTestId('review-queue-item').first().getByText('Nominated by peers')).toBeVisible();
    const { remaining: before, points: allotted } = budgetText((await page.getByTestId('budget-remaining').first().textContent())!);
    await expectNoSeriousA11yViolations(page, 'review queue');
    await keepScreenshot(page, 'review-queue');

    await item.getByRole('button', { name: `Reward ${firstName}` }).click();
    const dialog = page.getByRole('dialog', { name: `Reward ${hero.name}` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Points' }).fill('150');
    await expect(dialog.getByText(`After this reward: ${(before - 150).toLocaleString('en-GB')} points left.`)).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Citation' }).fill(citation);
    await expectNoSeriousA11yViolations(page, 'reward dialog');
    await keepScreenshot(page, 'reward-dialog');
    await dialog.getByRole('button', { name: 'Give reward' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`${hero.name} has been rewarded`)).toBeVisible();
    await expect(page.getByTestId('budget-remaining').first()).toHaveText(
      `${(before - 150).toLocaleString('en-GB')} of ${allotted.toLocaleString('en-GB')} points left`,
    );
    // Rewarded stories leave the queue.
    await expect(page.getByTestId('review-queue-item').filter({ hasText: title })).toHaveCount(0);

    await signOut(page, manager.name);
  });

  await test.step('the hero sees the reward and has moved up the leaderboard', async () => {
    await signIn(page, hero.email, hero.password);
    await page.getByRole('button', { name: /Notifications, \d+ unread/ }).click();
    await expect(page.getByRole('link', { name: new RegExp(`${manager.name} rewarded you for “${title}”`) })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My profile' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Rewards and titles' })).toBeVisible();
    await expect(page.getByText(citation)).toBeVisible();
    await expect(page.getByText(citation).locator('xpath=ancestor::div[contains(@class, "mantine-Card-root")][1]')).toContainText(
      new RegExp(`150 points\\s*from ${manager.name}`),
    );
    await keepScreenshot(page, 'profile-rewards');

    await pointsLeaderboard(page);
    const myRank = page.getByTestId('my-rank');
    await expect(myRank).toContainText(`${(pointsBefore + 150).toLocaleString('en-GB')} points`);
    await expect(myRank).toContainText(/#\d+/);
    const myRow = page.getByTestId('my-leaderboard-row');
    await expect(myRow).toBeVisible();
    await expect(myRow.getByText('You')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'leaderboards (hero)');
    await keepScreenshot(page, 'leaderboards');
  });
});

test('a manager finds an unrecognised champion, rewards them in one click, and takes it back within the day', async ({ page, request }) => {
  const title = `Found a discontinued size in three stores ${Date.now().toString(36)}`;
  // People of the journey's own: a hero and their manager, and four endorsers of another department.
  const {
    manager,
    staff: [member],
  } = await freshTeam(request, 'Champions');
  const { staff: endorsers } = await freshTeam(request, 'Endorsers', { staff: 4 });
  await endorsedStory(request, title, member, endorsers);
  const hero = { heroId: member.id, heroName: member.name };
  const firstName = hero.heroName.split(' ')[0];

  await signIn(page, manager.email, manager.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Unrecognised champions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unrecognised champions' })).toBeVisible();
  const card = page.getByRole('article', { name: hero.heroName });
  await expect(card).toBeVisible();
  await expect(card.getByRole('link', { name: title })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Teams: who had no recognition at all' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'unrecognised champions');
  await keepScreenshot(page, 'unrecognised-champions');

  await card.getByRole('button', { name: `Reward ${firstName}` }).click();
  const dialog = page.getByRole('dialog', { name: `Reward ${hero.heroName}` });
  // The champion choice names the month and says nobody in the new department holds it yet.
  await dialog.getByText('Champion', { exact: true }).click();
  await expect(dialog.getByText(new RegExp(`^${firstName} would be champion of \\w+ \\d{4}: nobody in their department is yet\\.$`))).toBeVisible();
  await dialog.getByText('Badge', { exact: true }).click();
  await expect(dialog.getByRole('textbox', { name: 'Points' })).toHaveValue('0');
  await dialog.getByRole('radio', { name: 'Team player' }).click();
  await dialog.getByRole('textbox', { name: 'Citation' }).fill('Three stores, one phone, one very happy customer.');
  await dialog.getByRole('button', { name: 'Give reward' }).click();
  await expect(page.getByText(`${hero.heroName} has been rewarded`)).toBeVisible();
  // Rewarded now, so no longer unrecognised.
  await expect(page.getByRole('article', { name: hero.heroName })).toHaveCount(0);

  // Taken back from the manager's own list of the rewards they gave.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review queue' }).click();
  await page.getByRole('link', { name: 'Rewards I gave' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rewards I gave' })).toBeVisible();
  const given = page
    .getByTestId('reward-given')
    .filter({ hasText: 'Three stores, one phone, one very happy customer.' })
    .filter({ hasText: hero.heroName })
    .first();
  await expect(given).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'rewards I gave');
  await given.getByRole('button', { name: `Revoke the reward to ${hero.heroName}` }).click();
  const revoke = page.getByRole('dialog', { name: 'Revoke this reward' });
  const reason = `Meant to give points, not a badge (${title.split(' ').pop()}).`;
  await revoke.getByRole('textbox', { name: 'Why?' }).fill(reason);
  await revoke.getByRole('button', { name: 'Revoke reward' }).click();
  await expect(given.getByText(`Revoked: ${reason}`)).toBeVisible();
  await expect(given.getByRole('button', { name: /^Revoke/ })).toHaveCount(0);
  await keepScreenshot(page, 'rewards-given-revoked');

  // The person's page shows it revoked, with the reason.
  await page.goto(`/people/${hero.heroId}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Rewards and titles' })).toBeVisible();
  await expect(page.getByText(`Revoked: ${reason}`)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'person page with rewards');
  await keepScreenshot(page, 'person-rewards-revoked');
});

test('a champion wears the badge on their stories and the title on their page', async ({ page, request }) => {
  const token = await apiToken(request, STAFF.email);
  const champions = (await (await request.get('/api/rewards/champions?period=month&limit=50', { headers: bearer(token) })).json()) as {
    employee: { id: string; name: string };
  }[];
  let champion: { id: string; name: string } | undefined;
  for (const c of champions) {
    const feed = await (await request.get(`/api/feed?scope=person&employeeId=${c.employee.id}&limit=1`, { headers: bearer(token) })).json();
    if (feed.items.length) {
      champion = c.employee;
      break;
    }
  }
  expect(champion, 'the demo company names champions who are heroes of stories').toBeDefined();

  await signIn(page, STAFF.email);
  await page.goto(`/people/${champion!.id}`);
  await expect(page.getByRole('heading', { level: 1, name: champion!.name })).toBeVisible();
  await expect(page.getByText(/^Champion of the month, .+/).first()).toBeVisible();
  const badge = page
    .getByRole('article')
    .first()
    .getByText(/^Champion · /);
  await expect(badge).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'a champion’s page');
  await keepScreenshot(page, 'champion-person');
});

test('a manager clears a story from the review queue as "reviewed, no reward", can undo it, and it stays cleared after a reload', async ({ page, request }) => {
  const title = `Found a lost parcel on the second try ${Date.now().toString(36)}`;
  const {
    manager,
    staff: [hero],
  } = await freshTeam(request, 'Reviewed');
  await endorsedStory(request, title, hero);
  await signIn(page, manager.email, manager.password);
  await page.goto('/review-queue');
  const item = page.getByTestId('review-queue-item').filter({ hasText: title });
  await expect(item).toBeVisible();

  await item.getByRole('button', { name: `Reviewed, no reward: “${title}”` }).click();
  await expect(item).toHaveCount(0);
  const notice = page.getByRole('alert').filter({ hasText: `“${title}” left the queue.` });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(item).toBeVisible();

  // Marked again, at phone width: it stays out of the queue after a reload.
  await page.setViewportSize({ width: 390, height: 844 });
  await item.getByRole('button', { name: `Reviewed, no reward: “${title}”` }).click();
  await expect(item).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'review queue on a phone after marking a story reviewed');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible();
  await expect(page.getByTestId('review-queue-item').first().or(page.getByText('Nothing waits for you.'))).toBeVisible();
  await expect(item).toHaveCount(0);
});
