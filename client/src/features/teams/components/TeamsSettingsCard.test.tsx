import { describe, expect, it } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServer, problem, renderWithProviders, type SentRequest } from '../../../../test/render';
import { TeamsSettingsCard } from './TeamsSettingsCard';

const settings = { channels: [], outgoingWebhooks: [], outgoingWebhookUrl: 'https://heroics.example.com/api/teams/messages' };

/** The Teams card's own server: its settings, no departments, and `onPost` for what the admin sends. */
function teamsServer(onPost: (request: SentRequest) => { status: number; body?: unknown }) {
  return fakeServer((request) => {
    if (request.method === 'GET' && request.path === '/api/teams') return { status: 200, body: settings };
    if (request.method === 'GET' && request.path === '/api/departments') return { status: 200, body: [] };
    return onPost(request);
  });
}

async function type(label: RegExp, text: string) {
  const input = screen.getByRole('textbox', { name: label });
  await userEvent.click(input);
  await userEvent.paste(text);
  return input;
}

describe('the Microsoft Teams card', () => {
  it('adds a channel for every department with the default events, then reads the settings again and empties the form', async () => {
    const net = teamsServer(() => ({ status: 201, body: {} }));
    renderWithProviders(<TeamsSettingsCard />);
    await screen.findByText(settings.outgoingWebhookUrl);
    const name = await type(/Channel name/, 'Support floor');
    const url = await type(/Workflows URL/, 'https://prod.logic.azure.com/workflows/abc');
    await userEvent.click(screen.getByRole('button', { name: 'Add Teams channel' }));

    await waitFor(() => expect(net.sent.filter((r) => r.method === 'GET' && r.path === '/api/teams')).toHaveLength(2));
    const posted = net.sent.filter((r) => r.method === 'POST').map((r) => [r.path, JSON.parse(r.body)]);
    expect(posted).toEqual([
      [
        '/api/teams/channels',
        {
          name: 'Support floor',
          webhookUrl: 'https://prod.logic.azure.com/workflows/abc',
          departmentId: null,
          events: ['story.published', 'story.featured', 'champion'],
        },
      ],
    ]);
    expect((name as HTMLInputElement).value).toBe('');
    expect((url as HTMLInputElement).value).toBe('');
  });

  it('shows a refusal that names no field of the form under the Workflows URL, and keeps what was typed', async () => {
    teamsServer(() => ({ status: 400, body: problem(400, 'That address is not a Teams Workflows URL.') }));
    renderWithProviders(<TeamsSettingsCard />);
    await screen.findByText(settings.outgoingWebhookUrl);
    await type(/Channel name/, 'Support floor');
    const url = await type(/Workflows URL/, 'https://example.com/hook');
    await userEvent.click(screen.getByRole('button', { name: 'Add Teams channel' }));

    expect(await screen.findByText('That address is not a Teams Workflows URL.')).toBeTruthy();
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect((url as HTMLInputElement).value).toBe('https://example.com/hook');
  });

  it('shows a refused security token under the token field', async () => {
    teamsServer(() => ({ status: 422, body: problem(422, 'Invalid', [{ field: 'securityToken', message: 'Paste the token Teams showed, in base64.' }]) }));
    renderWithProviders(<TeamsSettingsCard />);
    await screen.findByText(settings.outgoingWebhookUrl);
    await type(/^Team/, 'Support team');
    const token = screen.getByLabelText(/Security token/);
    await userEvent.click(token);
    await userEvent.paste('not-a-token');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));

    expect(await screen.findByText('Paste the token Teams showed, in base64.')).toBeTruthy();
  });
});
