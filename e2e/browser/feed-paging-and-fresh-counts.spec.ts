import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { keepScreenshot } from './support/screenshots';
import { freshTeam } from './support/company';
import { signIn } from './support/session';

/**
 * The feed at scale: pages come by keyset cursor (no story twice, newest first, however far you read), and story
 * cards are cached on the server for a few seconds — but a write forgets its card: a reload right after endorsing
 * shows the new count. The reader is a colleague of the journey's own, so the endorsement changes no demo person's
 * endorsements and no other journey's story is theirs.
 */
test('reading far down the feed: no story twice; an endorsement shows at once after a reload', async ({ page, request }) => {
  const reader = (await freshTeam(request, 'Feed readers')).staff[0];
  await signIn(page, reader.email, reader.password);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const cards = page.locator('main article');
  await expect(cards.first()).toBeVisible();

  // Read further than the first page, by the button (the feed also loads more on scrolling), to the end or three pages on.
  for (let i = 0; i < 3; i++) {
    const before = await cards.count();
    const more = page.getByRole('button', { name: 'Load more stories' });
    if (!(await more.isVisible())) break;
    await more.click();
    await expect.poll(() => cards.count()).toBeGreaterThan(before);
  }
  const ids = await cards.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-labelledby')));
  expect(ids.length).toBeGreaterThan(20);
  expect(new Set(ids).size).toBe(ids.length);

  await expectNoSeriousA11yViolations(page, 'feed, several pages down');
  await keepScreenshot(page, 'feed-several-pages');

  // Endorse a story on the first page, then reload: the first page's cards were just served (and cached by the
  // server), yet the reload shows the new count, because the endorsement made the server forget that card.
  await page.goto('/');
  await expect(cards.first()).toBeVisible();
  // A new colleague wrote none of these stories and is a hero of none, so every story on the page is theirs to endorse.
  const endorse = page.getByRole('button', { name: /^Endorse “/, disabled: false }).first();
  const name = (await endorse.getAttribute('aria-label'))!;
  const title = /“(.*)”/.exec(name)![1];
  const count = Number(/\((\d+) endorsements?\)/.exec(name)![1]);
  const after = `Withdraw endorsement “${title}” (${count + 1} ${count + 1 === 1 ? 'endorsement' : 'endorsements'})`;
  await endorse.click();
  await expect(page.getByRole('button', { name: after })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: after })).toBeVisible();
});
