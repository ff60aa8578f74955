import { describe, expect, it } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServer, renderWithProviders } from '../../../../test/render';
import { RewardDialog } from './RewardDialog';

const budget = { holderId: 'm1', holderName: 'Grace Okafor', quarter: '2026-Q4', points: 1000, spent: 800, remaining: 200 };

/** Select what the field holds and type over it, as a person does. */
async function typeOver(input: HTMLElement, text: string) {
  await userEvent.tripleClick(input);
  await userEvent.keyboard(text);
}

function renderDialog() {
  const net = fakeServer((request) => (request.path === '/api/budgets/mine' ? { status: 200, body: budget } : { status: 500 }));
  renderWithProviders(<RewardDialog opened onClose={() => undefined} recipients={[{ id: 'h1', name: 'Hana Hero' }]} />);
  return net;
}

describe('the reward dialog', () => {
  it('keeps the points a manager typed when they switch the kind of reward', async () => {
    renderDialog();
    const points = screen.getByRole('textbox', { name: /Points/ });
    await typeOver(points, '150');
    await userEvent.click(screen.getByText('Badge', { exact: true }));
    expect((points as HTMLInputElement).value).toBe('150');
  });

  it('says beside the button why a reward cannot be given yet', async () => {
    renderDialog();
    const give = screen.getByRole('button', { name: 'Give reward' });
    const why = () => document.getElementById(give.getAttribute('aria-describedby') ?? '')?.textContent;
    expect(give.hasAttribute('disabled')).toBe(true);
    expect(why()).toBe('Write a citation to give the reward.');

    await userEvent.type(screen.getByRole('textbox', { name: /Citation/ }), 'Stayed late to fix it.');
    const points = screen.getByRole('textbox', { name: /Points/ });
    await typeOver(points, '500');
    await waitFor(() => expect(why()).toBe('That is more than the 200 points left in your budget.'));
    expect(give.hasAttribute('disabled')).toBe(true);

    await typeOver(points, '50');
    await waitFor(() => expect(give.hasAttribute('disabled')).toBe(false));
    expect(give.getAttribute('aria-describedby')).toBeNull();
  });
});
