import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../../test/render';
import { ChanceFinding } from './ChanceFinding';

const figures = { people1: 10, people2: 12, observed1: 6, observed2: 10, expected1: 9.6375, expected2: 6.3625, variance: 3.6536 };
const tested = { ...figures, chiSquare: 5.4, pValue: 0.02, hazardRatio: 0.6, hazardRatioLow: 0.4, hazardRatioHigh: 0.9, tooSmall: null };
const tooFew = {
  ...figures,
  observed1: 3,
  chiSquare: null,
  pValue: null,
  hazardRatio: null,
  hazardRatioLow: null,
  hazardRatioHigh: null,
  tooSmall: 'fewLeavers' as const,
};

describe('whether the difference is more than chance', () => {
  it('says the hazard ratio, its interval and the p-value in plain words, and when the groups are too small to tell', () => {
    renderWithProviders(<ChanceFinding logRank={{ recognisedVsNot: tested, peersOrManagersVsNot: tooFew }} months={6} />);
    expect(screen.getByTestId('log-rank-any').textContent).toContain(
      'People recognised in their first 6 months (by colleagues, managers or customers) left at 0.60 times the rate of those not recognised ' +
        '(95% confidence interval 0.40 to 0.90). A difference this large would arise by chance alone about 1 time in 50 (log-rank p = 0.02).',
    );
    expect(screen.getByTestId('log-rank-peers').textContent).toContain(
      'Too few people to tell whether the difference is more than chance: 3 left in the recognised group and 10 in the other, and the test needs at least 5 leavers in each.',
    );
  });

  it('says it once when nobody is recognised by customers only, as both comparisons are then the same', () => {
    renderWithProviders(<ChanceFinding logRank={{ recognisedVsNot: tested, peersOrManagersVsNot: tested }} months={6} withCustomersOnly={false} />);
    expect(screen.getByTestId('log-rank-any')).toBeTruthy();
    expect(screen.queryByTestId('log-rank-peers')).toBeNull();
  });

  it('says when chance could well explain it', () => {
    const likely = { ...tested, pValue: 0.73, hazardRatio: 1.1, hazardRatioLow: 0.6, hazardRatioHigh: 2 };
    const possible = { ...tested, pValue: 0.057, hazardRatio: 0.37, hazardRatioLow: 0.13, hazardRatioHigh: 1.03 };
    renderWithProviders(<ChanceFinding logRank={{ recognisedVsNot: likely, peersOrManagersVsNot: possible }} months={1} />);
    expect(screen.getByTestId('log-rank-any').textContent).toContain('in their first month');
    expect(screen.getByTestId('log-rank-any').textContent).toContain('more often than not (log-rank p = 0.73): it may well be chance.');
    expect(screen.getByTestId('log-rank-peers').textContent).toContain('about 1 time in 18 (log-rank p = 0.057): too often to rule chance out.');
  });
});
