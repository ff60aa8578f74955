import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { ADMIN, apiToken, freshPerson, MANAGER, signIn, STAFF } from './support/session';

const PHONE = { width: 390, height: 844 };

/**
 * A manager sees an edit form and a departure button only for staff of their departments: their own record and an
 * admin's in their department say, in words, who can change them (the API refuses those edits with 403).
 */
test('a manager is offered edits and departures for their staff only, not for an admin or themselves', async ({ page, request }) => {
  const adminToken = await apiToken(request, ADMIN.email);
  const headers = { Authorization: `Bearer ${adminToken}` };
  const departments = (await (await request.get('/api/departments', { headers })).json()) as { id: string; name: string }[];
  const shoes = departments.find((d) => d.name === 'Shoes')!;
  const colleague = freshPerson('Ada');
  const created = await request.post('/api/employees', {
    headers,
    data: { name: colleague.name, email: colleague.email, departmentId: shoes.id, role: 'admin', hiredOn: '2021-03-01' },
  });
  expect(created.status()).toBe(201);
  const adminInShoes = (await created.json()) as { id: string };
  const managerToken = await apiToken(request, MANAGER.email);
  const me = (await (await request.get('/api/me', { headers: { Authorization: `Bearer ${managerToken}` } })).json()) as { id: string };
  const staffList = (await (await request.get(`/api/employees?q=${encodeURIComponent(STAFF.name)}`, { headers })).json()) as { items: { id: string }[] };

  const saveButton = (p: Page) => p.getByRole('button', { name: /^Save/ });

  await signIn(page, MANAGER.email);

  await test.step('their own record: no form, no departure, and who to ask', async () => {
    await page.goto(`/roster/${me.id}`);
    await expect(page.getByText('Your own record is kept by an admin: ask one to correct it.')).toBeVisible();
    await expect(saveButton(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Record departure' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'own record, read only');
  });

  await test.step('an admin in a department they manage: read only, at desktop and phone width', async () => {
    await page.goto(`/roster/${adminInShoes.id}`);
    const sentence = page.getByText(`Managers edit staff of their own departments; ask an admin to change ${colleague.name}'s record.`);
    await expect(sentence).toBeVisible();
    await expect(saveButton(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Record departure' })).toHaveCount(0);
    await page.setViewportSize(PHONE);
    await expect(sentence).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'admin record seen by a manager, phone');
  });

  await test.step('a staff member of their department: the form and the departure button are there', async () => {
    await page.goto(`/roster/${staffList.items[0].id}`);
    await expect(page.getByRole('heading', { name: STAFF.name })).toBeVisible();
    await expect(saveButton(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Record departure' })).toBeVisible();
  });
});
