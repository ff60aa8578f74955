import { expect as baseExpect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { freshTeam, type TeamMember } from './support/company';
import { keepScreenshot } from './support/screenshots';
import { apiToken, signIn } from './support/session';

// Pages load slowly on a busy shared machine: wait for conditions with generous deadlines, never for durations.
const expect = baseExpect.configure({ timeout: 45_000 });
test.setTimeout(300_000);
test.use({ actionTimeout: 45_000 });

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** Both widths, each checked with axe: what a person reads on a desk and on a phone. */
async function atBothWidths(page: Page, label: string) {
  for (const [name, size] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(size);
    await expectNoSeriousA11yViolations(page, `${label} (${name})`);
  }
  await page.setViewportSize(DESKTOP);
}

/** On My profile, in English: the person chooses their language, and the app speaks it at once. */
async function chooseLanguage(page: Page, member: TeamMember, language: string, profileHeading: string) {
  await signIn(page, member.email, member.password);
  await page.goto('/me');
  await page.getByRole('combobox', { name: 'Show Heroics in' }).click();
  await page.getByRole('option', { name: language }).click();
  await expect(page.getByRole('heading', { level: 1, name: profileHeading })).toBeVisible();
}

/* Issue 22: a staff member reads Heroics in Spanish and another in German — feed, composer, story and leaderboards. */
test('a staff member in Spanish tells a story, a colleague in German reads, endorses and ranks it', async ({ page: spanishPage, browser, request }) => {
  const {
    staff: [ana, ben],
  } = await freshTeam(request, 'Idiomas', { staff: 2 });
  const title = `Rettete die Lieferung ${Date.now().toString(36)}`;
  let page = spanishPage;
  await page.setViewportSize(DESKTOP);

  await test.step('Spanish: chosen on My profile, then the feed and the composer speak it', async () => {
    await chooseLanguage(page, ana, 'Español', 'Mi perfil');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('combobox', { name: 'Mostrar Heroics en' })).toHaveValue('Español');
    await atBothWidths(page, 'My profile in Spanish');

    await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Inicio' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Historias de héroes' })).toBeVisible();
    await expect(
      page
        .getByRole('radiogroup', { name: 'Historias de quién' })
        .or(page.getByRole('radio', { name: 'Empresa' }))
        .first(),
    ).toBeVisible();
    await atBothWidths(page, 'feed in Spanish');
    await keepScreenshot(page, 'feed-es');

    await page.getByRole('link', { name: 'Contar una historia de héroe' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Contar una historia de héroe' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Título' }).fill(title);
    const heroes = page.getByRole('combobox', { name: '¿Quiénes son los héroes?' });
    await heroes.click();
    await heroes.fill(ben.name);
    await page.getByRole('option', { name: new RegExp(ben.name) }).click();
    await page.getByRole('combobox', { name: '¿Cómo nos contactó el cliente?' }).click();
    await page.getByRole('option', { name: 'Teléfono' }).click();
    await page.getByRole('textbox', { name: '1. Qué necesitaba el cliente' }).fill('Un pedido urgente se había perdido en el almacén.');
    await page.getByRole('textbox', { name: '2. Qué hizo el héroe' }).fill('Lo encontró y lo llevó en persona antes del cierre.');
    await page.getByRole('textbox', { name: '3. Cómo terminó para el cliente' }).fill('El cliente abrió su tienda a tiempo.');
    await page.getByRole('group', { name: '¿Qué valores de la empresa muestra? (1–5)' }).locator('label').first().click();
    // Publishing without a required part says so in Spanish, next to the field.
    await page.getByRole('textbox', { name: 'Título' }).fill('');
    await page.getByRole('button', { name: 'Publicar la historia' }).click();
    await expect(page.getByText('Ponle un título a la historia')).toBeVisible();
    await page.getByRole('textbox', { name: 'Título' }).fill(title);
    await atBothWidths(page, 'composer in Spanish');
    await keepScreenshot(page, 'composer-es');
    await page.getByRole('button', { name: 'Publicar la historia' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Qué necesitaba el cliente' })).toBeVisible();
    await expect(page.getByText(/^Contada por /)).toBeVisible();
    await atBothWidths(page, 'story in Spanish');

    await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Clasificaciones' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Clasificaciones' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Puesto' }).or(page.getByText('Todavía no se ha reconocido a nadie')).first()).toBeVisible();
    await atBothWidths(page, 'leaderboards in Spanish');
    await page.getByRole('button', { name: `Menú de la cuenta de ${ana.name}` }).click();
    await page.getByRole('menuitem', { name: 'Cerrar sesión' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Iniciar sesión' })).toBeVisible();
  });

  await test.step('German: the hero reads the story, endorses it and finds themself on the board', async () => {
    // Another person on their own device: the sign-in page is in the device's language (English) until they choose.
    page = await (await browser.newContext({ locale: 'en-GB', viewport: DESKTOP })).newPage();
    await chooseLanguage(page, ben, 'Deutsch', 'Mein Profil');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await atBothWidths(page, 'My profile in German');

    await page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('link', { name: 'Start' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Heldengeschichten' })).toBeVisible();
    const card = page.getByRole('article', { name: title });
    await expect(card.getByText('Telefon')).toBeVisible();
    await expect(card.getByRole('link', { name: 'Ganze Geschichte lesen' })).toBeVisible();
    await atBothWidths(page, 'feed in German');
    await keepScreenshot(page, 'feed-de');

    await card.getByRole('link', { name: 'Ganze Geschichte lesen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Was die Kundschaft brauchte' })).toBeVisible();
    await expect(page.getByText(/^Erzählt von /)).toBeVisible();
    // The hero of a story cannot endorse it: the button says why, in German.
    await expect(page.getByRole('button', { name: `„${title}“ unterstützen (0 Unterstützungen)` })).toBeDisabled();
    await atBothWidths(page, 'story in German');

    await page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('link', { name: 'Bestenlisten' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Bestenlisten' })).toBeVisible();
    await expect(page.getByTestId('my-rank')).toContainText('Ihr Rang von');
    await expect(page.getByTestId('my-rank')).toContainText('1 Geschichte als Held/Heldin');
    await atBothWidths(page, 'leaderboards in German');
    await keepScreenshot(page, 'leaderboards-de');

    await page.goto('/stories/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Heldengeschichte erzählen' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Wie hat die Kundschaft uns erreicht?' })).toBeVisible();
    await atBothWidths(page, 'composer in German');
  });

  await test.step('the compliment page: a customer’s browser in Spanish reads it in Spanish, and switches to German', async () => {
    const auth = { Authorization: `Bearer ${await apiToken(request, ben.email, ben.password)}` };
    const link = (await (await request.put('/api/me/thank-you-link', { headers: auth })).json()) as { url: string };
    const customer = await (await browser.newContext({ locale: 'es-ES', viewport: PHONE, isMobile: true, hasTouch: true })).newPage();
    await customer.goto(new URL(link.url).pathname);
    await expect(customer.locator('html')).toHaveAttribute('lang', 'es');
    await expect(customer.getByRole('heading', { level: 1, name: /^Da las gracias a / })).toBeVisible();
    await expect(customer.getByRole('textbox', { name: /¿Qué pasó\?/ })).toBeVisible();
    await expect(customer.getByRole('button', { name: 'Enviar mi agradecimiento' })).toBeVisible();
    await atBothWidths(customer, 'compliment page in Spanish');
    await keepScreenshot(customer, 'thank-you-page-es');

    await customer.getByRole('navigation', { name: 'Idioma' }).getByRole('link', { name: 'Deutsch' }).click();
    await expect(customer.locator('html')).toHaveAttribute('lang', 'de');
    await expect(customer.getByRole('heading', { level: 1, name: /^Bedanken Sie sich bei / })).toBeVisible();
    await expect(customer.getByRole('checkbox', { name: 'Meine Worte dürfen innerhalb des Unternehmens zitiert werden.' })).toBeVisible();
    await atBothWidths(customer, 'compliment page in German');
  });
});
