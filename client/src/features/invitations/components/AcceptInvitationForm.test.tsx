import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describedBy, typeInto } from '../../../../test/fields';
import { fakeServer, problem, renderWithProviders } from '../../../../test/render';
import { AcceptInvitationForm } from './AcceptInvitationForm';

describe('the new-password form, as accepting an invitation uses it', () => {
  it('shows the server’s word on a weak password next to the field, and sends the token with the password', async () => {
    const weak = 'This password is too easy to guess.';
    const net = fakeServer(() => ({ status: 400, body: problem(400, weak, [{ field: 'password', message: weak }]) }));
    const onGone = jest.fn();
    renderWithProviders(<AcceptInvitationForm token="inv-1" onAccepted={() => undefined} onGone={onGone} />);
    const password = await typeInto(/Choose a password/, 'aaaaaaaaaaaa');
    await typeInto(/Type it again/, 'aaaaaaaaaaaa');
    await userEvent.click(screen.getByRole('button', { name: 'Set password' }));
    await waitFor(() => expect(describedBy(password)).toContain(weak));
    expect(onGone).not.toHaveBeenCalled();
    expect(net.sent.map((r) => [r.method, r.path, JSON.parse(r.body)])).toEqual([['POST', '/api/invitations/inv-1/accept', { password: 'aaaaaaaaaaaa' }]]);
  });

  it('calls an invitation the server does not find (404) gone', async () => {
    fakeServer(() => ({ status: 404, body: problem(404, 'This invitation link is not valid.') }));
    const invitationGone = jest.fn();
    renderWithProviders(<AcceptInvitationForm token="inv-2" onAccepted={() => undefined} onGone={invitationGone} />);
    await typeInto(/Choose a password/, 'a long enough password');
    await typeInto(/Type it again/, 'a long enough password');
    await userEvent.click(screen.getByRole('button', { name: 'Set password' }));
    await waitFor(() => expect(invitationGone).toHaveBeenCalled());
  });
});
