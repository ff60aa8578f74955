import { expect as baseExpect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { keepScreenshot } from './support/screenshots';
import { freshTeam } from './support/company';
import { signIn, signOut } from './support/session';

const PHONE = { width: 390, height: 844 };
// Pages load slowly on a busy shared machine: wait for conditions with generous deadlines, never for durations.
const expect = baseExpect.configure({ timeout: 45_000 });
test.setTimeout(300_000);

/* Issue 14: a one-line thank-you for the small things, shown above the feed and kept apart from hero stories. */
test('a staff member gives a colleague quick kudos from the feed; it shows in the strip and the colleague is told', async ({ page, browser, request }) => {
  // Colleagues of the journey's own, so it depends on no other journey's data.
  const {
    staff: [giver, colleague],
  } = await freshTeam(request, 'Kudos', { staff: 2 });
  const words = `Thanks for covering my chat queue over lunch ${Date.now().toString(36)}`;

  await test.step('the form says what is missing in words, then sends the kudos', async () => {
    await signIn(page, giver.email, giver.password);
    const strip = page.getByRole('region', { name: 'Quick kudos' });
    await expect(strip).toBeVisible();
    await strip.getByRole('button', { name: 'Give kudos' }).click();
    const dialog = page.getByRole('dialog', { name: 'Give quick kudos' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Send kudos' }).click();
    await expect(dialog.getByText('Choose the colleague the kudos are for.')).toBeVisible();
    await expect(dialog.getByText('Write a sentence: what did they do?')).toBeVisible();
    await expect(dialog.getByText(/heroId|valueId|message/)).toHaveCount(0);

    const hero = dialog.getByRole('combobox', { name: 'Who gets the kudos?' });
    await hero.click();
    // The whole name: journeys' own people share first names, and the picker lists the first twenty matches.
    await hero.fill(colleague.name);
    await page.getByRole('option', { name: new RegExp(colleague.name) }).click();
    await expect(dialog.getByText('Choose the colleague the kudos are for.')).toBeHidden();
    // The person list stays open after a pick (it is the stories' multi-person picker); clicking elsewhere closes it.
    await dialog.getByText('For the small things.').click();
    await expect(page.getByRole('listbox', { name: 'Who gets the kudos?' })).toBeHidden();
    // Mantine's chip input sits under its label, as in the story composer: a person clicks the chip.
    await dialog
      .locator('label')
      .filter({ hasText: /^Teamwork$/ })
      .click();
    await expect(dialog.getByRole('radio', { name: 'Teamwork' })).toBeChecked();
    await expect(dialog.getByText('Choose the company value it shows.')).toBeHidden();
    const message = dialog.getByRole('textbox', { name: 'Your kudos' });
    await expect(message).toHaveAttribute('maxlength', '280');
    await message.fill(words);
    await expect(dialog.getByText(`${280 - words.length} characters left`)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'give kudos dialog');
    await keepScreenshot(page, 'give-kudos');
    await dialog.getByRole('button', { name: 'Send kudos' }).click();
    await expect(dialog).toBeHidden();
    // The giver is told it went; the note closes by itself (axe would otherwise catch it mid-fade, which no one reads).
    const sent = page.getByRole('alert').filter({ hasText: 'Kudos sent' });
    await expect(sent).toBeVisible();
    await expect(sent).toBeHidden({ timeout: 15_000 });
    await expect(strip.getByRole('list', { name: 'Latest quick kudos' }).getByText(words)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'feed with quick kudos');

    await strip.getByRole('link', { name: 'See all kudos' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Quick kudos' })).toBeVisible();
    await expect(page.getByText(words)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'all kudos');
    await signOut(page, giver.name);
  });

  await test.step('the colleague sees the notification, and the kudos on their profile, on a phone too', async () => {
    await signIn(page, colleague.email, colleague.password);
    const bell = page.getByRole('button', { name: /Notifications, \d+ unread/ });
    await bell.click();
    await expect(page.getByRole('link', { name: new RegExp(`gave you kudos: “${words}”`) })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My profile' }).click();
    await expect(page.getByRole('list', { name: 'Kudos you received' }).getByText(words)).toBeVisible();
    await expect(page.getByText('Quick kudos received', { exact: true }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'profile with kudos');
    await signOut(page, colleague.name);

    const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'en-GB' });
    const onPhone = await phone.newPage();
    await signIn(onPhone, colleague.email, colleague.password);
    await expect(onPhone.getByRole('region', { name: 'Quick kudos' }).getByText(words)).toBeVisible();
    await expectNoSeriousA11yViolations(onPhone, 'feed with quick kudos (phone)');
    await onPhone.getByRole('region', { name: 'Quick kudos' }).getByRole('button', { name: 'Give kudos' }).click();
    await expect(onPhone.getByRole('dialog', { name: 'Give quick kudos' })).toBeVisible();
    await expectNoSeriousA11yViolations(onPhone, 'give kudos dialog (phone)');
    await phone.close();
  });
});
