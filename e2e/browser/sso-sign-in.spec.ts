import { expect, test } from '@playwright/test';
import { startTestProvider, TestProvider } from '../../server/test/oidc-test-provider';
import { BASE_URL } from '../playwright.config';
import { expectNoSeriousA11yViolations } from './support/axe';
import { freshTeam, type FreshTeam } from './support/company';
import { apiToken, signIn, signOut } from './support/session';

/**
 * An admin connects the company's OpenID provider in the settings page; a colleague then signs in through that
 * provider's own login page (a real oidc-provider started by this test on loopback) and lands on the feed.
 */
let provider: TestProvider;
/** The journey's own admin, who connects the provider, and the colleague whose provider account signs in. */
let team: FreshTeam & { admin: NonNullable<FreshTeam['admin']> };
const CLIENT = { client_id: 'heroics-browser', client_secret: 'browser-journey-secret' };

test.beforeAll(async ({ request }) => {
  team = (await freshTeam(request, 'Identity', { admin: true })) as typeof team;
  const colleague = team.staff[0];
  provider = await startTestProvider({
    clients: [{ ...CLIENT, redirect_uris: [`${BASE_URL}/api/sso/callback`], post_logout_redirect_uris: [`${BASE_URL}/sign-in`] }],
    accounts: [{ sub: 'colleague', email: colleague.email, email_verified: true, name: colleague.name }],
  });
  // A provider process answers its first request slowly (it compiles as it goes); an admin's provider has long been up.
  expect((await fetch(`${provider.issuer}/.well-known/openid-configuration`)).status).toBe(200);
});

test.afterAll(async ({ request }) => {
  // Leave the shared app as the other journeys expect it: passwords only.
  const token = await apiToken(request, team.admin.email, team.admin.password);
  await request.put('/api/sso/settings', {
    headers: { Authorization: `Bearer ${token}` },
    data: { enabled: false, providerName: '', issuer: '', clientId: '' },
  });
  await provider?.stop();
});

test('an admin connects the identity provider and a colleague signs in through it, landing on the feed', async ({ page }) => {
  await test.step('the admin enters the provider in Single sign-on settings', async () => {
    await signIn(page, team.admin.email, team.admin.password);
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
    await signOut(page, team.admin.name);
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

  await test.step("a bookmark or the provider's app tile (?sso=1) goes straight to the provider", async () => {
    await page.goto('/sign-in?sso=1');
    await expect(page).toHaveURL(new RegExp(`^${provider.issuer}/interaction/`));
    await page.goto('/sign-in?next=%2F');
  });

  await test.step("the colleague signs in on the provider's own login page and lands on the feed", async () => {
    await page.getByRole('link', { name: 'Sign in with Larkspur ID' }).click();
    await expect(page).toHaveURL(new RegExp(`^${provider.issuer}/interaction/`));
    await page.getByPlaceholder('Enter any login').fill('colleague');
    await page.getByPlaceholder('and password').fill('whatever the provider checks');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await expect(page).toHaveURL(`${BASE_URL}/`);
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(`${team.staff[0].name.split(' ')[0]}\\.$`) })).toBeVisible();
    await expect(page.getByRole('button', { name: `Account menu for ${team.staff[0].name}` })).toBeVisible();
  });

  await test.step('a refused sign-in says why on the sign-in page', async () => {
    await page.context().clearCookies();
    await page.goto('/sign-in?sso_error=departed');
    await expect(page.getByRole('alert')).toContainText('someone who has left the company');
  });
});

test('an admin gives the identity provider a SCIM token; the person it creates is in the roster, marked as managed by it, with its fields read-only', async ({
  page,
  request,
}) => {
  const suffix = Date.now().toString(36);
  const name = `Noor Haddad ${suffix}`;
  let token = '';
  await test.step('the admin creates a provisioning token, shown once', async () => {
    await signIn(page, team.admin.email, team.admin.password);
    await page.goto('/settings/sso');
    await page.getByRole('textbox', { name: 'Token name' }).fill(`Journey provisioning ${suffix}`);
    await page.getByRole('button', { name: 'Create token' }).click();
    token = (await page.getByTestId('scim-token').innerText()).trim();
    expect(token.length).toBeGreaterThan(20);
    await expectNoSeriousA11yViolations(page, 'sso settings with a new SCIM token');
  });

  await test.step('the identity provider creates the person through SCIM 2.0', async () => {
    const created = await request.post('/scim/v2/Users', {
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/scim+json' },
      data: {
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
        userName: `noor.${suffix}@larkspur.example`,
        name: { givenName: 'Noor', familyName: `Haddad ${suffix}` },
        displayName: name,
        emails: [{ primary: true, value: `noor.${suffix}@larkspur.example`, type: 'work' }],
        active: true,
      },
    });
    expect(created.status()).toBe(201);
  });

  await test.step('the roster marks the person once, and their page keeps what the provider owns read-only (desktop and phone)', async () => {
    await page.goto('/roster');
    await page.getByRole('searchbox', { name: 'Search by name' }).fill(name);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name }) });
    await expect(row.getByText('Managed by your identity provider')).toHaveCount(1);
    await expectNoSeriousA11yViolations(page, 'roster with a provisioned person');
    await row.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { name })).toBeVisible();
    await expect(page.getByText('Managed by your identity provider')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Full name' })).toHaveAttribute('readonly', '');
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByRole('textbox', { name: 'Full name' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'provisioned person (phone)');
  });
});
