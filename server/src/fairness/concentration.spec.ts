import { gini, topShare } from './concentration';

describe('recognition concentration', () => {
  it('gives a Gini of 0 when everyone receives the same', () => {
    expect(gini([4, 4, 4, 4])).toBe(0);
  });

  it('gives (n-1)/n when one person receives everything', () => {
    // Sorted 0,0,0,10: (2·4−4−1)·10 / (4·10) = 30/40.
    expect(gini([0, 10, 0, 0])).toBeCloseTo(0.75, 10);
  });

  it('matches a hand calculation on uneven amounts', () => {
    // Sorted 1,2,3,4: Σ(2i−n−1)xᵢ = (−3)·1 + (−1)·2 + 1·3 + 3·4 = 10; n·Σx = 4·10 = 40.
    expect(gini([3, 1, 4, 2])).toBeCloseTo(0.25, 10);
  });

  it('has no Gini when nobody received anything', () => {
    expect(gini([])).toBeNull();
    expect(gini([0, 0])).toBeNull();
  });

  it('takes the top 10% of recipients, rounding the head count up', () => {
    // Eleven recipients: the top ceil(1.1) = 2 people hold 30 + 20 of 60.
    const amounts = [30, 20, 1, 1, 1, 1, 1, 1, 1, 1, 2, 0, 0];
    expect(topShare(amounts, 0.1)).toBeCloseTo(50 / 60, 10);
  });

  it('counts the single recipient as the whole top when only one person received anything', () => {
    expect(topShare([0, 7, 0], 0.1)).toBe(1);
    expect(topShare([0, 0], 0.1)).toBeNull();
  });
});
