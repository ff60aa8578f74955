import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';

export const DEMO_PASSWORD = 'heroics-demo';
export const ADMIN = { email: 'admin@larkspur.example', name: 'Helen Ramirez' };
export const MANAGER = { email: 'manager@larkspur.example', name: 'Marcus Bell' };
export const STAFF = { email: 'staff@larkspur.example', name: 'Sofia Lindqvist' };

/** Signs in through the sign-in page (checked with axe) and waits for the app shell. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  // Generous deadlines: on a busy shared machine the first load of the app can take well over ten seconds.
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible({ timeout: 45_000 });
  await expectNoSeriousA11yViolations(page, 'sign-in');
  await page.getByRole('textbox', { name: 'Work email' }).fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 45_000 });
}

export async function signOut(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Account menu for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
}

/** A unique person per run, so runs never collide even against a reused database. */
export function freshPerson(label: string) {
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
  return { name: `${label} Tester ${stamp}`, email: `${label.toLowerCase()}.${stamp}@larkspur.example` };
}

/** An access token for API calls a journey makes behind the scenes (setting up data, another tab's change). */
export async function apiToken(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await request.post('/api/auth/login', { data: { email, password } });
  expect(response.status()).toBe(200);
  return (await response.json()).accessToken;
}
