import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describedBy } from '../../../../test/fields';
import { fakeServer, problem, renderWithProviders } from '../../../../test/render';
import type { Budget } from '../api/list-budgets';
import { SetBudgetModal } from './SetBudgetModal';
import { TopUpBudgetModal } from './TopUpBudgetModal';

const budget: Budget = { holderId: 'm1', holderName: 'Grace Okafor', quarter: '2026-Q4', points: 3000, spent: 2850, remaining: 150 } as Budget;

describe('the budget dialogs: a problem from the server lands next to the field it names', () => {
  it('shows a refusal that names points under the points field, in words, and focuses it', async () => {
    const refusal = 'This budget has already spent 2,850 points; it cannot be set lower.';
    const net = fakeServer(() => ({ status: 422, body: problem(422, refusal, [{ field: 'points', message: refusal }]) }));
    const onClose = jest.fn();
    renderWithProviders(<SetBudgetModal budget={budget} onClose={onClose} />);
    const points = screen.getByRole('textbox', { name: /Points for the quarter/ });
    await userEvent.clear(points);
    await userEvent.click(points);
    await userEvent.paste('100');
    await userEvent.click(screen.getByRole('button', { name: 'Set budget' }));

    await waitFor(() => expect(points.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(points)).toContain(refusal);
    expect(document.activeElement).toBe(points);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    expect(net.sent.map((r) => [r.method, r.path, JSON.parse(r.body)])).toEqual([['PUT', '/api/budgets', { holderId: 'm1', quarter: '2026-Q4', points: 100 }]]);
  });

  it('shows a problem that names no field of the form above it, and leaves the fields as they were', async () => {
    fakeServer(() => ({ status: 409, body: problem(409, 'Someone else changed this budget a moment ago. Look again and retry.') }));
    renderWithProviders(<TopUpBudgetModal budget={budget} onClose={() => undefined} />);
    const points = screen.getByRole('textbox', { name: /Points to add/ });
    await userEvent.click(points);
    await userEvent.paste('500');
    expect(screen.getByText('After the top-up: 650 of 3,500 points left. Recorded in the audit log under your name.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Top up' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Budget not changed');
    expect(alert.textContent).toContain('Someone else changed this budget a moment ago.');
    expect(points.getAttribute('aria-invalid')).toBeNull();
  });

  it('checks the number before sending anything', async () => {
    const net = fakeServer(() => ({ status: 200, body: budget }));
    renderWithProviders(<TopUpBudgetModal budget={budget} onClose={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: 'Top up' }));
    const points = screen.getByRole('textbox', { name: /Points to add/ });
    await waitFor(() => expect(describedBy(points)).toContain('Enter the points to add'));
    expect(net.sent).toEqual([]);
  });
});
