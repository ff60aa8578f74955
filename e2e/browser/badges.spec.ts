import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { keepScreenshot } from './support/screenshots';
import { freshTeam } from './support/company';
import { signIn, signOut } from './support/session';

test('an admin adds a badge with an icon, a manager gives it from a person’s page, and the hero’s page shows it', async ({ page, request }) => {
  const stamp = Date.now().toString(36);
  const badgeName = `Night shift hero ${stamp}`;
  const citation = `Closed the Black Friday queue at 2 am without losing one customer (${stamp}).`;
  // People of the journey's own (an admin, a manager and the hero on their team), so it depends on no other journey's data.
  const {
    admin,
    manager,
    staff: [hero],
  } = await freshTeam(request, 'Badges', { admin: true });
  const firstName = hero.name.split(' ')[0];

  await test.step('the admin adds the badge, choosing its icon; a name already in use is refused beside the field', async () => {
    await signIn(page, admin!.email, admin!.password);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Badges' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Badges' })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'Calm in the storm' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'badges (admin)');

    await page.getByRole('button', { name: 'Add a badge' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a badge' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Team player');
    await dialog.getByRole('radio', { name: 'Rocket' }).click();
    await expect(dialog.getByRole('radio', { name: 'Rocket' })).toBeChecked();
    await dialog.getByRole('button', { name: 'Add badge' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('An active badge already has that name; choose another name.');
    await expectNoSeriousA11yViolations(page, 'add a badge, name refused');
    await keepScreenshot(page, 'badge-form');

    await dialog.getByRole('textbox', { name: 'Name' }).fill(badgeName);
    await dialog.getByRole('textbox', { name: /What it is for/ }).fill('Kept customers happy through the night.');
    await dialog.getByRole('button', { name: 'Add badge' }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByRole('row').filter({ hasText: badgeName });
    await expect(row).toContainText('Rocket');
    await expect(row).toContainText('In use');

    await page.setViewportSize({ width: 390, height: 844 });
    await expect(row).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'badges (admin) on a phone');
    await keepScreenshot(page, 'badges-admin-phone');
    await page.setViewportSize({ width: 1280, height: 720 });
    await signOut(page, admin!.name);
  });

  await test.step('a manager gives that badge from the person’s page', async () => {
    await signIn(page, manager.email, manager.password);
    await page.goto(`/people/${hero.id}`);
    await expect(page.getByRole('heading', { level: 1, name: hero.name })).toBeVisible();
    await page.getByRole('button', { name: `Reward ${firstName}` }).click();
    const dialog = page.getByRole('dialog', { name: `Reward ${hero.name}` });
    await dialog.getByText('Badge', { exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Citation' }).fill(citation);
    const give = dialog.getByRole('button', { name: 'Give reward' });
    await expect(give).toBeDisabled();
    await expect(give).toHaveAccessibleDescription('Choose the badge to give.');
    await dialog.getByRole('radio', { name: badgeName }).click();
    await expect(dialog.getByRole('radio', { name: badgeName })).toBeChecked();
    await expectNoSeriousA11yViolations(page, 'reward dialog with a badge');
    await keepScreenshot(page, 'reward-dialog-badge');
    await give.click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`${hero.name} has been rewarded`)).toBeVisible();
    await signOut(page, manager.name);
  });

  await test.step('the hero sees the badge on their page, on a desktop and on a phone', async () => {
    await signIn(page, hero.email, hero.password);
    await page.goto(`/people/${hero.id}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Rewards and titles' })).toBeVisible();
    const reward = page.getByText(citation).locator('xpath=ancestor::div[contains(@class, "mantine-Card-root")][1]');
    await expect(reward).toContainText(badgeName);
    await expect(reward).toContainText('Badge');
    await expectNoSeriousA11yViolations(page, 'the hero’s page with a badge');
    await keepScreenshot(page, 'person-badge');
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(reward).toContainText(badgeName);
    await expectNoSeriousA11yViolations(page, 'the hero’s page with a badge on a phone');
    await keepScreenshot(page, 'person-badge-phone');
  });
});
