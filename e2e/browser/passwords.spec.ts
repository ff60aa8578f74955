import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { keepScreenshot } from './support/screenshots';
import { ADMIN, DEMO_PASSWORD, freshPerson, signIn, signOut } from './support/session';

const PHONE = { width: 390, height: 844 };

/** A new employee on the roster with an invitation link, made through the API as the admin. */
async function invitedPerson(request: APIRequestContext) {
  const admin = await request.post('/api/auth/login', { data: { email: ADMIN.email, password: DEMO_PASSWORD } });
  const headers = { Authorization: `Bearer ${(await admin.json()).accessToken}` };
  const departments = (await (await request.get('/api/departments', { headers })).json()) as { id: string; name: string }[];
  const person = freshPerson('Pia');
  const created = await request.post('/api/employees', {
    headers,
    data: { name: person.name, email: person.email, jobTitle: 'Phone Agent', departmentId: departments[0].id, role: 'staff', hiredOn: '2024-03-01' },
  });
  expect(created.status()).toBe(201);
  const invitation = await (await request.post(`/api/employees/${(await created.json()).id}/invitations`, { headers })).json();
  return { ...person, link: invitation.url as string };
}

test('a new employee is told why a password is too easy, then changes it later from their profile', async ({ page, request }) => {
  // Five pages checked with axe and four password hashes: longer than one page's journey.
  test.setTimeout(150_000);
  const person = await invitedPerson(request);
  const firstPassword = 'lantern quarry mosaic';
  const newPassword = 'copper heron violin dusk';

  await test.step('the invitation form explains why twelve identical letters are refused, next to the field', async () => {
    await page.goto(person.link);
    await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${person.name}` })).toBeVisible();
    const choose = page.getByRole('textbox', { name: 'Choose a password' });
    await choose.fill('aaaaaaaaaaaa');
    await page.getByRole('textbox', { name: 'Type it again' }).fill('aaaaaaaaaaaa');
    await page.getByRole('button', { name: 'Set password' }).click();
    await expect(choose).toHaveAccessibleDescription(/too easy to guess.*Repeated characters/);
    await expectNoSeriousA11yViolations(page, 'invitation with a weak password');
    await choose.fill(firstPassword);
    await page.getByRole('textbox', { name: 'Type it again' }).fill(firstPassword);
    await page.getByRole('button', { name: 'Set password' }).click();
    await expect(page.getByText('Your password is set')).toBeVisible();
  });

  // Another sign-in of the same person (a phone), which the change must end.
  const phone = await request.post('/api/auth/login', { data: { email: person.email, password: firstPassword } });
  const phoneToken = (await phone.json()).accessToken as string;

  await test.step('on the profile, a wrong current password and a weak new one are explained next to their fields', async () => {
    await expect(page.getByRole('textbox', { name: 'Work email' })).toHaveValue(person.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(firstPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My profile' }).click();
    const section = page.getByRole('form', { name: 'Change your password' });
    await expect(section).toBeVisible();
    const current = section.getByRole('textbox', { name: 'Current password' });
    const next = section.getByRole('textbox', { name: 'New password', exact: true });
    const again = section.getByRole('textbox', { name: 'Type the new password again' });

    await current.fill('not my password');
    await next.fill(newPassword);
    await again.fill(newPassword);
    await section.getByRole('button', { name: 'Change password' }).click();
    await expect(current).toHaveAccessibleDescription('The current password is not right.');

    await current.fill(firstPassword);
    await next.fill('password1234');
    await again.fill('password1234');
    await section.getByRole('button', { name: 'Change password' }).click();
    await expect(next).toHaveAccessibleDescription(/commonly used password/);
    await expectNoSeriousA11yViolations(page, 'profile password errors');
  });

  await test.step('a good new password is accepted; the other sign-in ends, this one stays', async () => {
    const section = page.getByRole('form', { name: 'Change your password' });
    await section.getByRole('textbox', { name: 'New password', exact: true }).fill(newPassword);
    await section.getByRole('textbox', { name: 'Type the new password again' }).fill(newPassword);
    await section.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Password changed' })).toBeVisible();
    expect((await request.get('/api/me', { headers: { Authorization: `Bearer ${phoneToken}` } })).status()).toBe(401);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();

    await page.setViewportSize(PHONE);
    await page.getByRole('form', { name: 'Change your password' }).scrollIntoViewIfNeeded();
    await expectNoSeriousA11yViolations(page, 'profile password section (phone)');
    await keepScreenshot(page, 'profile-change-password-phone');
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  await test.step('the person signs out and back in with the new password', async () => {
    await signOut(page, person.name);
    await signIn(page, person.email, newPassword);
  });
});
