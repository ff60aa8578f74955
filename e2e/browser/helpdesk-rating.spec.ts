import { createHmac } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { freshTeam } from './support/company';
import { signIn, signOut } from './support/session';

const PHONE = { width: 390, height: 844 };

test.describe.configure({ timeout: 120_000 });

test('an admin connects a helpdesk; its good rating waits in the manager’s inbox and becomes a story linking the ticket', async ({ page, request }) => {
  const {
    department,
    admin,
    manager,
    staff: [agent],
  } = await freshTeam(request, 'Helpdesk', { staff: 1, admin: true });
  const comment = `Fixed my login in one call, thank you ${Date.now().toString(36)}`;
  const ticketUrl = `https://acme.zendesk.com/agent/tickets/${Date.now()}`;
  const sourceName = `Zendesk ${Date.now().toString(36)}`;

  // The admin adds the source and is shown its endpoint and secret once.
  await signIn(page, admin!.email, admin!.password);
  await page.getByRole('link', { name: 'Integrations' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Helpdesk' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Helpdesk name' }).fill(sourceName);
  await page.getByRole('combobox', { name: 'Default department' }).click();
  await page.getByRole('option', { name: department.name }).click();
  await page.getByRole('button', { name: 'Add helpdesk' }).click();
  const endpoint = (await page.getByTestId('helpdesk-endpoint').textContent()) ?? '';
  const secret = (await page.getByTestId('helpdesk-secret').textContent()) ?? '';
  expect(secret).toMatch(/^hds_/);
  await expectNoSeriousA11yViolations(page, 'integrations with a helpdesk secret shown');
  await page.setViewportSize(PHONE);
  await expectNoSeriousA11yViolations(page, 'integrations with a helpdesk (phone)');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'I have saved the secret' }).click();
  await expect(page.getByTestId('helpdesk-secret')).toHaveCount(0);
  const row = page.getByRole('row').filter({ hasText: sourceName });
  await expect(row.getByRole('cell', { name: department.name })).toBeVisible();
  await expect(row.getByRole('button', { name: `Give ${sourceName} a new secret` })).toBeVisible();
  await signOut(page, admin!.name);

  // The helpdesk's trigger sends a signed good rating.
  const body = JSON.stringify({ rating: 'good', comment, ticketUrl, ticketId: String(Date.now()), agentEmail: agent.email, customerName: 'Jo' });
  const ts = String(Math.floor(Date.now() / 1000));
  const sent = await request.post(new URL(endpoint).pathname, {
    headers: {
      'Content-Type': 'application/json',
      'X-Heroics-Timestamp': ts,
      'X-Heroics-Signature': `sha256=${createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex')}`,
    },
    data: body,
  });
  expect(sent.status()).toBe(202);

  // The manager sees it from the helpdesk, with the ticket, and confirms it; the feed card links to the ticket.
  await signIn(page, manager.email, manager.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customer compliments' }).click();
  const card = page.getByRole('article').filter({ hasText: comment });
  await expect(card.getByText('From the helpdesk', { exact: true })).toBeVisible();
  await expect(card.getByRole('link', { name: 'Ticket' })).toHaveAttribute('href', ticketUrl);
  await expectNoSeriousA11yViolations(page, 'compliments inbox with a helpdesk rating');
  await card.getByRole('button', { name: 'Confirm as a story' }).click();
  await expect(card).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  const story = page.getByRole('article').filter({ hasText: comment });
  const ticket = story.getByRole('link', { name: 'Ticket' });
  await expect(ticket).toHaveAttribute('href', ticketUrl);
  await expect(ticket).toHaveAttribute('rel', 'noopener noreferrer');
  await page.setViewportSize(PHONE);
  await expectNoSeriousA11yViolations(page, 'feed with a story from the helpdesk (phone)');
});
