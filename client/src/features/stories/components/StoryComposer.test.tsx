import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { fakeServer, renderWithProviders } from '../../../../test/render';
import { endSession, startSession } from '../../../lib/auth-session';
import type { Story } from '../api/story-keys';
import { StoryComposer } from './StoryComposer';

/** The company's today as the server says it; deliberately not the test machine's calendar day. */
const COMPANY_TODAY = '2031-07-14';

// The composer keeps a draft per person and asks before leaving, so it needs a signed-in person and a data router.
function renderComposer(onCreated: (story: Story) => void) {
  const router = createMemoryRouter([{ path: '/', element: <StoryComposer onCreated={onCreated} /> }]);
  return renderWithProviders(<RouterProvider router={router} />);
}

beforeEach(() => startSession({ accessToken: 'token', tokenType: 'Bearer', expiresIn: 900, employee: { id: 'e1', name: 'Sofia Lindqvist', role: 'staff' } }));
afterEach(() => {
  endSession('signed-out');
  window.localStorage.clear();
});

const VALUES = [
  { id: 'v1', name: 'Ownership', description: '', retired: false },
  { id: 'v2', name: 'Listening', description: '', retired: false },
];

function server() {
  return fakeServer((request) => {
    if (request.path === '/api/values') return { status: 200, body: VALUES };
    if (request.path === '/api/config') return { status: 200, body: { demo: false, companyTimeZone: 'UTC', today: COMPANY_TODAY } };
    return { status: 200, body: { items: [], nextCursor: null } };
  });
}

describe('the story composer checks a story before it is sent', () => {
  it('says in words what is missing, next to each part, and sends nothing', async () => {
    const net = server();
    const onCreated = jest.fn();
    renderComposer(onCreated);
    await screen.findByText('Ownership');
    await userEvent.click(screen.getByRole('button', { name: 'Publish story' }));

    for (const message of [
      'Give the story a title',
      'Name at least one hero',
      'What did the customer need?',
      'What did the hero do?',
      'How did it end for the customer?',
      'Pick one to five values',
    ]) {
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
    renderComposer(() => undefined);
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

  it("offers the company's today (from the server) as the default and the latest day", async () => {
    server();
    renderComposer(() => undefined);
    const day = (await screen.findByLabelText(/When did it happen/)) as HTMLInputElement;
    expect(day.value).toBe(COMPANY_TODAY);
    expect(day.max).toBe(COMPANY_TODAY);
  });

  it('keeps what is typed as a draft for this person on this device', async () => {
    server();
    renderComposer(() => undefined);
    await screen.findByText('Ownership');
    await userEvent.click(screen.getByRole('textbox', { name: /Title/ }));
    await userEvent.paste('Found the parcel on the first call');
    const draft = JSON.parse(window.localStorage.getItem('heroics:story-draft:e1') ?? '{}');
    expect(draft.values.title).toBe('Found the parcel on the first call');
  });
});
