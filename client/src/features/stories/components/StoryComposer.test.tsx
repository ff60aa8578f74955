import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServer, renderWithProviders } from '../../../../test/render';
import { StoryComposer } from './StoryComposer';

const VALUES = [
  { id: 'v1', name: 'Ownership', description: '', retired: false },
  { id: 'v2', name: 'Listening', description: '', retired: false },
];

function server() {
  return fakeServer((request) => (request.path === '/api/values' ? { status: 200, body: VALUES } : { status: 200, body: { items: [], nextCursor: null } }));
}

describe('the story composer checks a story before it is sent', () => {
  it('says in words what is missing, next to each part, and sends nothing', async () => {
    const net = server();
    const onCreated = jest.fn();
    renderWithProviders(<StoryComposer onCreated={onCreated} />);
    await screen.findByText('Ownership');
    await userEvent.click(screen.getByRole('button', { name: 'Publish story' }));

    for (const message of ['Give the story a title', 'Name at least one hero', 'What did the customer need?', 'What did the hero do?', 'How did it end for the customer?', 'Pick one to five values']) {
      expect(await screen.findByText(message)).toBeTruthy();
    }
    // The channel's message is the question its label asks: it shows once more than the label.
    expect(screen.getAllByText('How did the customer reach us?').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByRole('textbox', { name: /Title/ }).getAttribute('aria-invalid')).toBe('true');
    expect(net.sent.filter((r) => r.method === 'POST')).toEqual([]);
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('clears a message once that part is filled in', async () => {
    server();
    renderWithProviders(<StoryComposer onCreated={() => undefined} />);
    await screen.findByText('Ownership');
    await userEvent.click(screen.getByRole('button', { name: 'Publish story' }));
    await screen.findByText('Give the story a title');
    await userEvent.click(screen.getByRole('textbox', { name: /Title/ }));
    await userEvent.paste('Found the parcel on the first call');
    await userEvent.click(screen.getByText('Ownership'));
    await userEvent.click(screen.getByRole('button', { name: 'Publish story' }));
    await waitFor(() => expect(screen.queryByText('Give the story a title')).toBeNull());
    expect(screen.queryByText('Pick one to five values')).toBeNull();
    expect(screen.getByText('Name at least one hero')).toBeTruthy();
  });
});
