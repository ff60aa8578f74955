import { expect, test } from '@playwright/test';
import { startTestProvider, TestProvider } from '../../server/test/oidc-test-provider';
import { BASE_URL } from '../playwright.config';
import { expectNoSeriousA11yViolations } from './support/axe';
import { ADMIN, apiToken, signIn, signOut, STAFF } from './support/session';

/**
 * An admin connects the company's OpenID provider in the settings page; a colleague then signs in through that
 * provider's own login page (a real oidc-provider started by this test on loopback) and lands on the feed.
 */
let provider: TestProvider;
const CLIENT = { client_id: 'heroics-browser', client_secret: 'browser-journey-secret' };

test.beforeAll(async () => {
  provider = await startTestProvider({
    clients: [{ ...CLIENT, redirect_uris: [`${BASE_URL}/api/sso/callback`], post_logout_redirect_uris: [`${BASE_URL}/sign-in`] }],
    accounts: [{ sub: 'sofia-l', email: STAFF.email, email_verified: true, name: STAFF.name }],
  });
});

test.afterAll(async ({ request }) => {
  // Leave the shared app as the other journeys expect it: passwords only.
  const token = await apiToken(request, ADMIN.email);
  await request.put('/api/sso/settings', {
    headers: { Authorization: `Bearer ${token}` },
    data: { enabled: false, providerName: '', issuer: '', clientId: '' },
  });
  await provider?.stop();
});

test('an admin connects the identity provider and a colleague signs in through it, landing on the feed', async ({ page }) => {
  await test.step('the admin enters the provider in Single sign-on settings', async () => {
    await signIn(page, ADMIN.email);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Single sign-on' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Single sign-on' })).toBeVisible();
    await page.getByRole('switch', { name: 'Offer single sign-on' }).check();
    await page.getByRole('textbox', { name: 'Provider name (shown on the button)' }).fill('Larkspur ID');
    await page.getByRole('textbox', { name: 'Issuer URL' }).fill(provider.issuer);
    await page.getByRole('textbox', { name: 'Client ID' }).fill(CLIENT.client_id);
    await page.getByLabel('Client secret').fill(CLIENT.client_secret);
    await page.getByRole('textbox', { name: 'Allowed email domains' }).fill('larkspur.example');
    await page.getByRole('button', { name: 'Save single sign-on' }).click();
    await expect(page.getByText('People can now sign in with Larkspur ID.')).toBeVisible();
    await expect(page.getByLabel('Client secret')).toHaveValue('');
    await expect(page.getByText('A secret is stored. Leave empty to keep it.')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'sso settings');
    await signOut(page, ADMIN.name);
  });

  await test.step('the sign-in page offers the provider (desktop and phone)', async () => {
    await page.goto('/sign-in?next=%2F');
    await expect(page.getByRole('link', { name: 'Sign in with Larkspur ID' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'sign-in with sso');
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByRole('link', { name: 'Sign in with Larkspur ID' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'sign-in with sso (phone)');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/sign-in?next=%2F');
  });

  await test.step("the colleague signs in on the provider's own login page and lands on the feed", async () => {
    await page.getByRole('link', { name: 'Sign in with Larkspur ID' }).click();
    await expect(page).toHaveURL(new RegExp(`^${provider.issuer}/interaction/`));
    await page.getByPlaceholder('Enter any login').fill('sofia-l');
    await page.getByPlaceholder('and password').fill('whatever the provider checks');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await expect(page).toHaveURL(`${BASE_URL}/`);
    await expect(page.getByRole('heading', { level: 1, name: /Sofia\.$/ })).toBeVisible();
    await expect(page.getByRole('button', { name: `Account menu for ${STAFF.name}` })).toBeVisible();
  });

  await test.step('a refused sign-in says why on the sign-in page', async () => {
    await page.context().clearCookies();
    await page.goto('/sign-in?sso_error=departed');
    await expect(page.getByRole('alert')).toContainText('someone who has left the company');
  });
});
