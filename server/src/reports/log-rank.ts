import erfc from '@stdlib/math-base-special-erfc';
import type { SurvivalObservation } from './kaplan-meier';

/** One distinct day on which someone left, with both groups' numbers at risk just before it. */
export interface LogRankDay {
  day: number;
  atRisk1: number;
  atRisk2: number;
  events1: number;
  events2: number;
  /** Leavers expected in group 1 if both groups left at the same rate: events × atRisk1 ÷ atRisk. */
  expected1: number;
  /** Hypergeometric variance of events1: events × atRisk1 × atRisk2 × (atRisk − events) ÷ (atRisk² × (atRisk − 1)). */
  variance: number;
}

/** The two groups' sizes, observed and expected leavers, and the variance of the difference: what a log-rank test is computed from. */
interface LogRankCounts {
  people1: number;
  people2: number;
  observed1: number;
  observed2: number;
  expected1: number;
  expected2: number;
  variance: number;
}

export interface LogRankSums extends LogRankCounts {
  days: LogRankDay[];
}

/**
 * The log-rank table of two groups: at each distinct day on which anyone left, the people still at risk in each
 * group (tenure at least that day: people censored that day count as at risk, as in kaplanMeierExact), the leavers
 * of each group, the leavers expected in group 1 and the variance. Ties are kept together (the hypergeometric form).
 */
export function logRankSums(group1: SurvivalObservation[], group2: SurvivalObservation[]): LogRankSums {
  const eventDays = [...new Set([...group1, ...group2].filter((o) => o.left).map((o) => o.days))].sort((a, b) => a - b);
  // One sweep over each group sorted by tenure (a company of 100,000 people has thousands of leaving days): at each
  // leaving day, those at risk are everyone whose tenure is at least that day, and the leavers are counted once.
  const sweep = (group: SurvivalObservation[]) => {
    const tenures = group.map((o) => o.days).sort((a, b) => a - b);
    const leavers = new Map<number, number>();
    for (const o of group) if (o.left) leavers.set(o.days, (leavers.get(o.days) ?? 0) + 1);
    let shorter = 0;
    return (day: number): [atRisk: number, events: number] => {
      while (shorter < tenures.length && tenures[shorter] < day) shorter++;
      return [tenures.length - shorter, leavers.get(day) ?? 0];
    };
  };
  const [at1, at2] = [sweep(group1), sweep(group2)];
  const days = eventDays.map((day): LogRankDay => {
    const [[n1, d1], [n2, d2]] = [at1(day), at2(day)];
    const n = n1 + n2;
    const d = d1 + d2;
    return {
      day,
      atRisk1: n1,
      atRisk2: n2,
      events1: d1,
      events2: d2,
      expected1: (d * n1) / n,
      variance: n > 1 ? (d * n1 * n2 * (n - d)) / (n * n * (n - 1)) : 0,
    };
  });
  const sum = (pick: (day: LogRankDay) => number) => days.reduce((total, day) => total + pick(day), 0);
  const observed1 = sum((d) => d.events1);
  const observed2 = sum((d) => d.events2);
  const expected1 = sum((d) => d.expected1);
  return {
    days,
    people1: group1.length,
    people2: group2.length,
    observed1,
    observed2,
    expected1,
    expected2: observed1 + observed2 - expected1,
    variance: sum((d) => d.variance),
  };
}

/** P(X ≥ x) for X chi-square with 1 degree of freedom: erfc(√(x/2)) (X is the square of a standard normal). */
export function chiSquare1DfSurvival(x: number): number {
  return x <= 0 ? 1 : erfc(Math.sqrt(x / 2));
}

/** Fewer leavers than this, observed or expected, in either group: too few to tell the difference from chance. */
export const LOG_RANK_MIN_EVENTS = 5;

export const TOO_SMALL_REASONS = ['emptyGroup', 'fewLeavers', 'fewExpected'] as const;
export type TooSmallReason = (typeof TOO_SMALL_REASONS)[number];

export interface LogRankResult extends LogRankCounts {
  /** (O1 − E1)² ÷ V, 1 degree of freedom; null when tooSmall. */
  chiSquare: number | null;
  pValue: number | null;
  /** Hazard of leaving in group 1 relative to group 2: exp((O1 − E1) ÷ V); null when tooSmall. */
  hazardRatio: number | null;
  hazardRatioLow: number | null;
  hazardRatioHigh: number | null;
  tooSmall: TooSmallReason | null;
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;
/** p-values can be tiny: four significant digits rather than four decimals. */
const significant4 = (value: number) => Number(value.toPrecision(4));

/**
 * The log-rank test of group 1 against group 2, and the hazard ratio of leaving with its 95% confidence interval in
 * the Mantel–Haenszel (Peto) form: ln HR = (O1 − E1) ÷ V with standard error 1 ÷ √V, so that the interval leaves out
 * 1 exactly when the test gives p < 0.05 and the page never says two contradicting things. Too small to tell (all
 * test figures null, with the reason) when a group is empty, or has fewer than LOG_RANK_MIN_EVENTS leavers, observed
 * or expected: the chi-square approximation is not to be trusted on fewer.
 */
export function logRankTest(group1: SurvivalObservation[], group2: SurvivalObservation[], minEvents = LOG_RANK_MIN_EVENTS): LogRankResult {
  const sums = logRankSums(group1, group2);
  const tooSmall: TooSmallReason | null =
    !sums.people1 || !sums.people2
      ? 'emptyGroup'
      : Math.min(sums.observed1, sums.observed2) < minEvents
        ? 'fewLeavers'
        : Math.min(sums.expected1, sums.expected2) < minEvents || sums.variance <= 0
          ? 'fewExpected'
          : null;
  const base = {
    people1: sums.people1,
    people2: sums.people2,
    observed1: sums.observed1,
    observed2: sums.observed2,
    expected1: round4(sums.expected1),
    expected2: round4(sums.expected2),
    variance: round4(sums.variance),
  };
  if (tooSmall) return { ...base, chiSquare: null, pValue: null, hazardRatio: null, hazardRatioLow: null, hazardRatioHigh: null, tooSmall };
  const difference = sums.observed1 - sums.expected1;
  const chiSquare = (difference * difference) / sums.variance;
  const logHazardRatio = difference / sums.variance;
  const halfWidth = 1.96 / Math.sqrt(sums.variance);
  return {
    ...base,
    chiSquare: round4(chiSquare),
    pValue: significant4(chiSquare1DfSurvival(chiSquare)),
    hazardRatio: round4(Math.exp(logHazardRatio)),
    hazardRatioLow: round4(Math.exp(logHazardRatio - halfWidth)),
    hazardRatioHigh: round4(Math.exp(logHazardRatio + halfWidth)),
    tooSmall: null,
  };
}
