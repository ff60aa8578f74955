import { expect, type APIRequestContext, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { keepScreenshot } from './support/screenshots';
import { ADMIN, DEMO_PASSWORD, MANAGER, STAFF, signIn, signOut } from './support/session';

async function apiToken(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(response.status()).toBe(200);
  return (await response.json()).accessToken;
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/**
 * Sofia tells a story about her own save today and five colleagues from other departments endorse it,
 * so it reaches the peer-nomination threshold in her manager's review queue.
 */
async function peerNominatedStory(request: APIRequestContext, title: string): Promise<void> {
  const sofia = await apiToken(request, STAFF.email);
  const me = await (await request.get('/api/me', { headers: bearer(sofia) })).json();
  const values = await (await request.get('/api/values', { headers: bearer(sofia) })).json();
  const today = new Date().toISOString().slice(0, 10);
  const story = await request.post('/api/stories', {
    headers: bearer(sofia),
    data: {
      title,
      heroIds: [me.id],
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
  const admin = await apiToken(request, ADMIN.email);
  const people = (await (await request.get('/api/employees?status=active&limit=50', { headers: bearer(admin) })).json()).items as { id: string; email: string; department: { id: string } }[];
  const endorsers = people.filter((p) => p.department.id !== me.department.id && p.email !== ADMIN.email).slice(0, 5);
  expect(endorsers).toHaveLength(5);
  for (const endorser of endorsers) {
    const response = await request.post(`/api/stories/${storyId}/endorsements`, { headers: bearer(await apiToken(request, endorser.email)), data: {} });
    expect(response.status()).toBe(201);
  }
}

const remainingPoints = (text: string) => Number(text.replace(/,/g, '').match(/^(\d+) of/)![1]);

test('a manager rewards a peer-nominated story from the review queue; the hero sees the reward and climbs the leaderboard', async ({ page, request }) => {
  const title = `Dressed five bridesmaids overnight ${Date.now().toString(36)}`;
  await peerNominatedStory(request, title);
  let pointsBefore = 0;

  await test.step('the hero looks at the points leaderboard for this month', async () => {
    await signIn(page, STAFF.email);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leaderboards' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Leaderboards' })).toBeVisible();
    await page.getByText('Points', { exact: true }).click();
    const myRank = page.getByTestId('my-rank');
    await expect(myRank).toBeVisible();
    const text = (await myRank.textContent()) ?? '';
    pointsBefore = /([\d,]+) points/.test(text) ? Number(text.match(/([\d,]+) points/)![1].replace(/,/g, '')) : 0;
    await expectNoSeriousA11yViolations(page, 'leaderboards');
    await signOut(page, STAFF.name);
  });

  await test.step('the manager rewards it from the review queue and the budget meter drops', async () => {
    await signIn(page, MANAGER.email);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review queue' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible();
    const item = page.getByTestId('review-queue-item').filter({ hasText: title });
    await expect(item).toBeVisible();
    await expect(item.getByText('Nominated by peers')).toBeVisible();
    await expect(item.getByText('5 endorsements')).toBeVisible();
    // Peer-nominated stories lead the queue.
    await expect(page.getByTestId('review-queue-item').first().getByText('Nominated by peers')).toBeVisible();
    const before = remainingPoints((await page.getByTestId('budget-remaining').first().textContent())!);
    await expectNoSeriousA11yViolations(page, 'review queue');
    await keepScreenshot(page, 'review-queue');

    await item.getByRole('button', { name: 'Reward Sofia' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reward Sofia Lindqvist' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Points' }).fill('150');
    await expect(dialog.getByText(`After this reward: ${(before - 150).toLocaleString('en-GB')} points left.`)).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Citation' }).fill('Turned a lost-luggage disaster into five happy bridesmaids, overnight.');
    await expectNoSeriousA11yViolations(page, 'reward dialog');
    await keepScreenshot(page, 'reward-dialog');
    await dialog.getByRole('button', { name: 'Give reward' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Sofia Lindqvist has been rewarded')).toBeVisible();
    await expect(page.getByTestId('budget-remaining').first()).toHaveText(`${(before - 150).toLocaleString('en-GB')} of 3,000 points left`);
    // Rewarded stories leave the queue.
    await expect(page.getByTestId('review-queue-item').filter({ hasText: title })).toHaveCount(0);

    await signOut(page, MANAGER.name);
  });

  await test.step('the hero sees the reward and has moved up the leaderboard', async () => {
    await signIn(page, STAFF.email);
    await page.getByRole('button', { name: /Notifications, \d+ unread/ }).click();
    await expect(page.getByRole('link', { name: new RegExp(`Marcus Bell rewarded you for “${title}”`) })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My profile' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Rewards and titles' })).toBeVisible();
    await expect(page.getByText('Turned a lost-luggage disaster into five happy bridesmaids, overnight.')).toBeVisible();
    await expect(page.getByText('150 points').first()).toBeVisible();
    await keepScreenshot(page, 'profile-rewards');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leaderboards' }).click();
    await page.getByText('Points', { exact: true }).click();
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
