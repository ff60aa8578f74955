import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../../test/render';
import { BudgetMeter } from './BudgetMeter';

const budget = { quarter: '2026-Q4', points: 3000, spent: 2850, remaining: 150 };

describe('the budget meter', () => {
  it('writes out what is left and what is spent, under whose budget it is', () => {
    renderWithProviders(<BudgetMeter budget={budget} heading="Your budget for 2026-Q4" />);
    expect(screen.getByText('Your budget for 2026-Q4')).toBeTruthy();
    expect(screen.getByText('150 of 3,000 points left')).toBeTruthy();
    expect(screen.getByText('2,850 spent')).toBeTruthy();
  });

  it('says what a reward leaves, and warns before the server refuses one that would overdraw', () => {
    const { rerender } = renderWithProviders(<BudgetMeter budget={budget} pending={100} />);
    expect(screen.getByText('After this reward: 50 points left.')).toBeTruthy();
    rerender(<BudgetMeter budget={budget} pending={500} />);
    expect(screen.queryByText(/After this reward/)).toBeNull();
    expect(screen.getByText('This reward needs 500 points, but only 150 are left this quarter.')).toBeTruthy();
  });

  it('says so when there is no budget at all', () => {
    renderWithProviders(<BudgetMeter budget={{ quarter: '2026-Q4', points: 0, spent: 0, remaining: 0 }} />);
    expect(screen.getByText('No budget set')).toBeTruthy();
    expect(screen.queryByText(/of 0 points left/)).toBeNull();
  });
});
