import { chiSquare1DfSurvival, logRankSums, logRankTest } from './log-rank';

const people = (...entries: [number, 'left' | 'stays'][]) => entries.map(([days, status]) => ({ days, left: status === 'left' }));

/**
 * Eleven people, worked out by hand. Recognised (group 1): left after 6, 10 and 15 days; still employed after 10
 * and 25. Not recognised (group 2): left after 4, 6, 6, 12 and 20 days; still employed after 15.
 *
 * day  n1 n2  n  d1 d2  d   E1 = d·n1/n       V = d·n1·n2·(n−d) / (n²·(n−1))
 *   4   5  6 11   0  1  1   5/11 = 0.454545   1·5·6·10 / (121·10) = 300/1210 = 0.247934
 *   6   5  5 10   1  2  3   15/10 = 1.5       3·5·5·7 / (100·9)   = 525/900  = 0.583333
 *  10   4  3  7   1  0  1   4/7 = 0.571429    1·4·3·6 / (49·6)    = 12/49    = 0.244898
 *  12   2  3  5   0  1  1   2/5 = 0.4         1·2·3·4 / (25·4)    = 6/25     = 0.24
 *  15   2  2  4   1  0  1   2/4 = 0.5         1·2·2·3 / (16·3)    = 1/4      = 0.25     (group 2's 15 is censored: still at risk)
 *  20   1  1  2   0  1  1   1/2 = 0.5         1·1·1·1 / (4·1)     = 1/4      = 0.25
 *
 * O1 = 3, E1 = 3023/770 = 3.925974; O2 = 5, E2 = 8 − E1 = 3137/770 = 4.074026; V = 1.816165.
 * χ² = (O1 − E1)² ÷ V = 0.925974² ÷ 1.816165 = 0.857428 ÷ 1.816165 = 0.472109; p = erfc(√(0.472109 / 2)) = 0.4920.
 * ln HR = (O1 − E1) ÷ V = −0.509850, HR = 0.600585; SE = 1 ÷ √V = 0.742036;
 * 95% CI = exp(−0.509850 ± 1.96 × 0.742036) = exp(−1.964241) … exp(0.944541) = 0.140263 … 2.571606.
 */
const recognised = people([6, 'left'], [10, 'left'], [10, 'stays'], [15, 'left'], [25, 'stays']);
const notRecognised = people([4, 'left'], [6, 'left'], [6, 'left'], [12, 'left'], [15, 'stays'], [20, 'left']);

describe('log-rank test', () => {
  it('builds the table of observed and expected leavers and the variance at each day someone left', () => {
    const sums = logRankSums(recognised, notRecognised);
    expect(sums.days.map((d) => [d.day, d.atRisk1, d.atRisk2, d.events1, d.events2])).toEqual([
      [4, 5, 6, 0, 1],
      [6, 5, 5, 1, 2],
      [10, 4, 3, 1, 0],
      [12, 2, 3, 0, 1],
      [15, 2, 2, 1, 0],
      [20, 1, 1, 0, 1],
    ]);
    const hand = [
      [5 / 11, 300 / 1210],
      [1.5, 525 / 900],
      [4 / 7, 12 / 49],
      [0.4, 0.24],
      [0.5, 0.25],
      [0.5, 0.25],
    ];
    sums.days.forEach((d, i) => {
      expect(d.expected1).toBeCloseTo(hand[i][0], 10);
      expect(d.variance).toBeCloseTo(hand[i][1], 10);
    });
    expect(sums).toMatchObject({ people1: 5, people2: 6, observed1: 3, observed2: 5 });
    expect(sums.expected1).toBeCloseTo(3023 / 770, 10);
    expect(sums.expected2).toBeCloseTo(3137 / 770, 10);
    expect(sums.variance).toBeCloseTo(1.816165, 6);
  });

  it('gives chi-square, p-value and the hazard ratio with its 95% interval as worked out by hand', () => {
    expect(logRankTest(recognised, notRecognised, 0)).toEqual({
      people1: 5,
      people2: 6,
      observed1: 3,
      observed2: 5,
      expected1: 3.926,
      expected2: 4.074,
      variance: 1.8162,
      chiSquare: 0.4721,
      pValue: 0.492,
      hazardRatio: 0.6006,
      hazardRatioLow: 0.1403,
      hazardRatioHigh: 2.5716,
      tooSmall: null,
    });
    // Swapping the groups keeps the test and inverts the ratio: 1 ÷ 0.600585 = 1.665043, 1 ÷ 2.571606 = 0.388862, 1 ÷ 0.140263 = 7.129442.
    expect(logRankTest(notRecognised, recognised, 0)).toMatchObject({ chiSquare: 0.4721, hazardRatio: 1.665, hazardRatioLow: 0.3889, hazardRatioHigh: 7.1294 });
  });

  it('says too small to tell, with null figures, below five leavers or five expected leavers in a group', () => {
    // Only 3 recognised people left.
    expect(logRankTest(recognised, notRecognised)).toMatchObject({
      observed1: 3,
      expected1: 3.926,
      chiSquare: null,
      pValue: null,
      hazardRatio: null,
      hazardRatioLow: null,
      hazardRatioHigh: null,
      tooSmall: 'fewLeavers',
    });
    expect(logRankTest([], notRecognised).tooSmall).toBe('emptyGroup');
    // Five leavers each, but group 1 leaves late, when few are left in group 2 to share the expectation: E2 < 5.
    const early = people([1, 'left'], [2, 'left'], [3, 'left'], [4, 'left'], [5, 'left']);
    const late = people([6, 'left'], [7, 'left'], [8, 'left'], [9, 'left'], [10, 'left']);
    expect(logRankTest(late, early)).toMatchObject({ observed1: 5, observed2: 5, tooSmall: 'fewExpected', chiSquare: null });
    // No leaver on any day: nothing to compare.
    expect(logRankTest(people([3, 'stays']), people([4, 'stays'])).tooSmall).toBe('fewLeavers');
  });

  it('turns chi-square with one degree of freedom into a p-value, also far in the tail', () => {
    expect(chiSquare1DfSurvival(0)).toBe(1);
    expect(chiSquare1DfSurvival(3.841458820694124)).toBeCloseTo(0.05, 12);
    expect(chiSquare1DfSurvival(6.634896601021214)).toBeCloseTo(0.01, 12);
    expect(chiSquare1DfSurvival(10.827566170662733)).toBeCloseTo(0.001, 12);
    expect(chiSquare1DfSurvival(100) / 1.5239706048320995e-23).toBeCloseTo(1, 10);
  });
});
