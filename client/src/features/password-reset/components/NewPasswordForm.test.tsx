import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describedBy, typeInto } from '../../../../test/fields';
import { fakeServer, problem, renderWithProviders } from '../../../../test/render';
import { ResetPasswordForm } from './ResetPasswordForm';

describe('the new-password form, as resetting a password uses it', () => {
  it('checks length and that both are the same before sending anything', async () => {
    const net = fakeServer(() => ({ status: 204, body: null }));
    renderWithProviders(<ResetPasswordForm token="t1" onDone={() => undefined} onGone={() => undefined} />);
    const password = await typeInto(/New password/, 'short');
    await typeInto(/Type it again/, 'other');
    await userEvent.click(screen.getByRole('button', { name: 'Set new password' }));
    await waitFor(() => expect(describedBy(password)).toContain('Use at least 12 characters'));
    expect(describedBy(screen.getByLabelText(/Type it again/))).toContain('The two passwords are not the same');
    expect(net.sent).toEqual([]);
  });

  it('calls a reset link the server refuses (400) gone', async () => {
    fakeServer(() => ({ status: 400, body: problem(400, 'This link is not valid.') }));
    const resetGone = jest.fn();
    renderWithProviders(<ResetPasswordForm token="r-1" onDone={() => undefined} onGone={resetGone} />);
    await typeInto(/New password/, 'a long enough password');
    await typeInto(/Type it again/, 'a long enough password');
    await userEvent.click(screen.getByRole('button', { name: 'Set new password' }));
    await waitFor(() => expect(resetGone).toHaveBeenCalled());
  });
});
