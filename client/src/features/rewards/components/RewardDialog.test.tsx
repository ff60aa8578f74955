import { describe, expect, it } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServer, problem, renderWithProviders } from '../../../../test/render';
import { RewardDialog } from './RewardDialog';

const budget = { holderId: 'm1', holderName: 'Grace Okafor', quarter: '2026-Q4', points: 1000, spent: 800, remaining: 200 };

/** Select what the field holds and type over it, as a person does. */
async function typeOver(input: HTMLElement, text: string) {
  await userEvent.tripleClick(input);
  await userEvent.keyboard(text);
}

const badges = [
  { id: 'b1', name: 'Calm in the storm', description: 'Kept everyone steady.', icon: 'umbrella', retired: false, createdAt: '2026-01-01T00:00:00Z' },
  { id: 'b2', name: 'Team player', description: '', icon: 'users', retired: false, createdAt: '2026-01-01T00:00:00Z' },
];

const gifts = [
  {
    id: 'g1',
    title: 'Lunch for two',
    description: '',
    category: 'experience',
    cost: 180,
    stock: 3,
    yearlyLimit: null,
    departmentIds: [],
    charities: [],
    imageUrl: null,
    retired: false,
  },
  {
    id: 'g2',
    title: 'Cinema tickets',
    description: '',
    category: 'experience',
    cost: 90,
    stock: null,
    yearlyLimit: null,
    departmentIds: [],
    charities: [],
    imageUrl: null,
    retired: false,
  },
];

function renderDialog(onReward: () => { status: number; body?: unknown } = () => ({ status: 500 }), champions: unknown[] = []) {
  const net = fakeServer((request) =>
    request.path === '/api/budgets/mine'
      ? { status: 200, body: budget }
      : request.path === '/api/config'
        ? { status: 200, body: { today: '2026-12-03' } }
        : request.path === '/api/rewards/champions'
          ? { status: 200, body: champions }
          : request.path === '/api/badges'
            ? { status: 200, body: badges }
            : request.path === '/api/catalogue'
              ? { status: 200, body: { items: gifts, nextCursor: null } }
              : request.method === 'POST' && request.path === '/api/rewards'
                ? onReward()
                : { status: 500 },
  );
  renderWithProviders(<RewardDialog opened onClose={() => undefined} recipients={[{ id: 'h1', name: 'Hana Hero', departmentId: 'd1' }]} />);
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

  it('asks for one of the badges, each shown by its name, when the kind is Badge, and sends the chosen one', async () => {
    const net = renderDialog(() => ({
      status: 422,
      body: problem(422, 'That badge has been retired or does not exist; choose one of the current badges.', [
        { field: 'badgeId', message: 'That badge has been retired or does not exist; choose one of the current badges.' },
      ]),
    }));
    await userEvent.click(screen.getByText('Badge', { exact: true }));
    await userEvent.type(screen.getByRole('textbox', { name: /Citation/ }), 'Calm on the worst day of the sale.');
    const give = screen.getByRole('button', { name: 'Give reward' });
    const why = () => document.getElementById(give.getAttribute('aria-describedby') ?? '')?.textContent;
    expect(why()).toBe('Choose the badge to give.');
    expect(give.hasAttribute('disabled')).toBe(true);

    await userEvent.click(await screen.findByRole('radio', { name: 'Calm in the storm' }));
    expect(screen.getByRole('radio', { name: 'Calm in the storm' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('radio', { name: 'Team player' }).getAttribute('aria-checked')).toBe('false');
    await waitFor(() => expect(give.hasAttribute('disabled')).toBe(false));
    await userEvent.click(give);

    await waitFor(() => expect(net.sent.some((r) => r.method === 'POST' && r.path === '/api/rewards')).toBe(true));
    expect(JSON.parse(net.sent.find((r) => r.method === 'POST' && r.path === '/api/rewards')!.body)).toMatchObject({ kind: 'badge', badgeId: 'b1', points: 0 });
    // The server's refusal is said in words beside the choice.
    expect(await screen.findAllByText('That badge has been retired or does not exist; choose one of the current badges.')).not.toHaveLength(0);
  });

  it('names the period a champion award is for, and who holds it already in the department', async () => {
    const net = renderDialog(undefined, [
      {
        rewardId: 'r1',
        employee: { id: 'e9', name: 'Omar Ortiz' },
        title: { period: 'quarter', periodStart: '2026-10-01', periodEnd: '2026-12-31', department: { id: 'd1', name: 'Returns' } },
        citation: 'Ran the desk all quarter.',
        namedBy: { id: 'm1', name: 'Grace Okafor' },
      },
    ]);
    await userEvent.click(screen.getByText('Champion', { exact: true }));
    expect(await screen.findByText('Hana would be champion of December 2026: nobody in their department is yet.')).toBeTruthy();
    const asked = net.sent.find((r) => r.path === '/api/rewards/champions');
    expect(asked?.query).toMatchObject({ departmentId: 'd1', period: 'month', limit: '1' });

    // The quarter already has a champion: the dialog says who, and why the award cannot be given.
    await userEvent.click(screen.getByText('Quarter', { exact: true }));
    expect(await screen.findByText('Omar Ortiz is already champion of Q4 2026 in Returns.')).toBeTruthy();
    await userEvent.type(screen.getByRole('textbox', { name: /Citation/ }), 'Ran the desk all quarter.');
    const give = screen.getByRole('button', { name: 'Give reward' });
    expect(give.hasAttribute('disabled')).toBe(true);
    expect(document.getElementById(give.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Omar Ortiz is already champion of Q4 2026; revoke that award first to name someone else.',
    );
  });

  it('offers the catalogue’s gifts for the hero’s department, costs the chosen one’s points, and sends the item', async () => {
    const net = renderDialog(() => ({ status: 500 }));
    await userEvent.click(screen.getByText('Gift', { exact: true }));
    await userEvent.type(screen.getByRole('textbox', { name: /Citation/ }), 'Found the last size 6 across three stores.');
    const give = screen.getByRole('button', { name: 'Give reward' });
    const why = () => document.getElementById(give.getAttribute('aria-describedby') ?? '')?.textContent;
    expect(why()).toBe('Choose the gift to give.');
    expect(net.sent.find((r) => r.path === '/api/catalogue')?.query).toMatchObject({ giftsFor: 'd1' });

    await userEvent.click(await screen.findByRole('radio', { name: 'Lunch for two, 180 points' }));
    const points = screen.getByRole('textbox', { name: /Points/ }) as HTMLInputElement;
    expect(points.value).toBe('180');
    expect(points.readOnly).toBe(true);
    // 180 is within the 200 left; the gift's points are what the budget meter counts.
    await waitFor(() => expect(give.hasAttribute('disabled')).toBe(false));
    await userEvent.click(give);
    await waitFor(() => expect(net.sent.some((r) => r.method === 'POST' && r.path === '/api/rewards')).toBe(true));
    expect(JSON.parse(net.sent.find((r) => r.method === 'POST' && r.path === '/api/rewards')!.body)).toMatchObject({
      kind: 'gift',
      catalogueItemId: 'g1',
      points: 180,
    });
  });
});
