import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { keepScreenshot } from './support/screenshots';
import { freshTeam } from './support/company';
import { apiToken, signIn } from './support/session';

/**
 * Hardening seen from the browser: two saves of the same story race (another tab saved first). The stale one is
 * refused with a clear message instead of silently overwriting, and after a reload the person sees the other change
 * and can save theirs on top of it.
 */
test('an edit made in another tab first: the stale save is refused with a clear message, nothing is lost', async ({ page, request }) => {
  // People of the journey's own, so it depends on no other journey's data.
  const {
    manager,
    staff: [author],
  } = await freshTeam(request, 'Stale edits');
  const token = await apiToken(request, author.email, author.password);
  const headers = { Authorization: `Bearer ${token}` };
  const values = await (await request.get('/api/values', { headers })).json();
  const stamp = Date.now().toString(36);
  const created = await request.post('/api/stories', {
    headers,
    data: {
      title: `Saved a gift order at closing time ${stamp}`,
      heroIds: [manager.id],
      situation: 'A customer arrived five minutes before closing for a gift that had to be wrapped.',
      action: 'Kept the till open, wrapped it and wrote the card.',
      impact: 'The gift was on the table that evening.',
      occurredOn: '2026-11-02',
      channel: 'in_person',
      resolvedWithoutHandoff: true,
      valueIds: [values[0].id],
    },
  });
  expect(created.status()).toBe(201);
  const story = await created.json();

  await signIn(page, author.email, author.password);
  await page.goto(`/stories/${story.id}`);
  await expect(page.getByRole('heading', { name: story.title })).toBeVisible();
  await page.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit your story' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill(`Wrapped a gift after closing ${stamp}`);

  // Meanwhile, in another tab, the same person saves a different title.
  const otherTab = await request.patch(`/api/stories/${story.id}`, {
    headers,
    data: { version: story.version, title: `Kept the shop open for a gift ${stamp}` },
  });
  expect(otherTab.status()).toBe(200);

  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Someone changed this story since you opened it')).toBeVisible();
  await expect(page.getByText('Reload the page to see their changes, then edit again.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'stale edit refused');
  await keepScreenshot(page, 'stale-edit-refused');

  await page.reload();
  await expect(page.getByRole('heading', { name: `Kept the shop open for a gift ${stamp}` })).toBeVisible();
  await page.getByRole('button', { name: 'Edit' }).click();
  await dialog.getByRole('textbox', { name: 'Title' }).fill(`Wrapped a gift after closing ${stamp}`);
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: `Wrapped a gift after closing ${stamp}` })).toBeVisible();
});
