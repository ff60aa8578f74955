import { expect as baseExpect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { freshTeam } from './support/company';
import { keepScreenshot } from './support/screenshots';
import { apiToken, signIn, signOut } from './support/session';

const PHONE = { width: 390, height: 844 };
// Pages load slowly on a busy shared machine: wait for conditions with generous deadlines, never for durations.
const expect = baseExpect.configure({ timeout: 45_000 });
test.setTimeout(300_000);

/* Issue 14: comments are their own thing; an @mention tells the person, who replies; the hero says thanks. */
test('a colleague comments with an @mention, the mentioned person is told and replies, the hero says thanks', async ({ page, browser, request }) => {
  // People of the journey's own: the story, the comments and the notifications touch no demo person.
  const {
    manager,
    staff: [author, hero, commenter, mentioned],
  } = await freshTeam(request, 'Comments', { staff: 4 });
  const title = `Found the lost booking ${Date.now().toString(36)}`;
  const authorToken = await apiToken(request, author.email, author.password);
  const values = await (await request.get('/api/values', { headers: { Authorization: `Bearer ${authorToken}` } })).json();
  const created = await request.post('/api/stories', {
    headers: { Authorization: `Bearer ${authorToken}` },
    data: {
      title,
      heroIds: [hero.id],
      situation: 'A customer’s hotel booking vanished the night before the trip.',
      action: 'Tracked it down with the partner hotel and rebooked the same room.',
      impact: 'The family checked in on time.',
      occurredOn: new Date().toISOString().slice(0, 10),
      channel: 'phone',
      resolvedWithoutHandoff: true,
      valueIds: [values[0].id],
    },
  });
  expect(created.status()).toBe(201);
  const storyId = (await created.json()).id as string;
  const thread = page.getByRole('region', { name: /^Comments/ });

  await test.step('a colleague comments without endorsing, mentioning someone picked from the @ list', async () => {
    await signIn(page, commenter.email, commenter.password);
    await page.goto(`/stories/${storyId}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(thread.getByText('No comments yet — start the conversation.')).toBeVisible();
    const box = thread.getByRole('textbox', { name: 'Add a comment' });
    await expect(box).toHaveAttribute('maxlength', '1000');
    await thread.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect(thread.getByText('Write your comment first.')).toBeVisible();
    await expect(box).toBeFocused();

    await box.pressSequentially(`What a save! @${mentioned.name}`);
    await thread.getByRole('button', { name: `Mention ${mentioned.name}` }).click();
    await expect(box).toHaveValue(`What a save! @${mentioned.name} `);
    await box.pressSequentially('you were on that call too, weren’t you?');
    await expect(thread.getByText('Write your comment first.')).toBeHidden();
    await expectNoSeriousA11yViolations(page, 'story with a comment being written');
    await keepScreenshot(page, 'comment-with-mention');
    await thread.getByRole('button', { name: 'Comment', exact: true }).click();
    const comment = thread.getByRole('listitem', { name: `Comment by ${commenter.name}` });
    await expect(comment.getByText(`@${mentioned.name}`)).toBeVisible();
    await expect(comment.getByText(/you were on that call too/)).toBeVisible();
    await expect(box).toHaveValue('');
    await expect(page.getByRole('heading', { name: 'Comments (1)' })).toBeVisible();
    // Commenting is not endorsing.
    await expect(page.getByRole('heading', { name: 'Endorsements (0)' })).toBeVisible();
    await signOut(page, commenter.name);
  });

  await test.step('the mentioned person sees it in the bell, follows it, and replies', async () => {
    await signIn(page, mentioned.email, mentioned.password);
    await page.getByRole('button', { name: /Notifications, \d+ unread/ }).click();
    await page.getByRole('link', { name: new RegExp(`${commenter.name} mentioned you in a comment on “${title}”`) }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const comment = thread.getByRole('listitem', { name: `Comment by ${commenter.name}` });
    await comment.getByRole('button', { name: 'Reply' }).click();
    const reply = comment.getByRole('textbox', { name: `Reply to ${commenter.name}` });
    await expect(reply).toBeFocused();
    await reply.fill('I was! The hotel manager was lovely.');
    await comment.getByRole('button', { name: 'Reply', exact: true }).last().click();
    const replies = comment.getByRole('list', { name: `Replies to ${commenter.name}` });
    await expect(replies.getByRole('listitem', { name: `Comment by ${mentioned.name}` }).getByText('I was! The hotel manager was lovely.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Comments (2)' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'story with a reply');
    await signOut(page, mentioned.name);
  });

  await test.step('the hero sees the count on the feed card, opens the thread and says thanks once', async () => {
    await signIn(page, hero.email, hero.password);
    await page.getByRole('article', { name: title }).getByRole('link', { name: '2 comments', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const comment = thread.getByRole('listitem', { name: `Comment by ${commenter.name}` }).first();
    await comment.getByRole('button', { name: 'Say thanks' }).first().click();
    await expect(comment.getByRole('button', { name: 'Thanked · 1' })).toHaveAttribute('aria-pressed', 'true');
    await expectNoSeriousA11yViolations(page, 'story with thanks');
    await keepScreenshot(page, 'comment-thread');
    await signOut(page, hero.name);
  });

  await test.step('on a phone the thread reads the same, replies indented, with the thanks', async () => {
    const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'en-GB' });
    const onPhone = await phone.newPage();
    await signIn(onPhone, author.email, author.password);
    await onPhone.goto(`/stories/${storyId}`);
    const phoneThread = onPhone.getByRole('region', { name: /^Comments/ });
    const comment = phoneThread.getByRole('listitem', { name: `Comment by ${commenter.name}` });
    await expect(comment.getByRole('button', { name: 'Say thanks · 1' })).toBeVisible();
    await expect(comment.getByRole('list', { name: `Replies to ${commenter.name}` })).toBeVisible();
    await expect(phoneThread.getByRole('textbox', { name: 'Add a comment' })).toBeVisible();
    await expectNoSeriousA11yViolations(onPhone, 'story with comments (phone)');
    await keepScreenshot(onPhone, 'comment-thread-phone');
    await phone.close();
  });

  await test.step('when a manager hides the story, the author is told why and still finds it, marked hidden, under “Told by me”', async () => {
    const managerToken = await apiToken(request, manager.email, manager.password);
    const hidden = await request.post(`/api/stories/${storyId}/hide`, {
      headers: { Authorization: `Bearer ${managerToken}` },
      data: { reason: 'It names the customer in full' },
    });
    expect(hidden.status()).toBe(200);
    await signIn(page, author.email, author.password);
    await page.getByRole('button', { name: /Notifications, \d+ unread/ }).click();
    await expect(page.getByRole('link', { name: `Your story “${title}” was hidden from the feed: It names the customer in full` })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.goto('/?scope=mine');
    const card = page.getByRole('article', { name: title });
    await expect(card.getByText('Hidden', { exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'told by me with a hidden story');
    await card.getByRole('link', { name: title }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'This story is hidden' })).toContainText('It names the customer in full');
    await expect(page.getByText('Hidden stories take no new comments.')).toBeVisible();
    await signOut(page, author.name);
  });
});
