import { addMonths, daysBetween, daysToYears, DAYS_PER_YEAR } from './calendar-math';
import { logRankTest } from './log-rank';

/** Time from hire in days; `left` = the person left (an event), otherwise they are still employed (censored). */
export interface SurvivalObservation {
  days: number;
  left: boolean;
}

export interface SurvivalStep {
  /** Days since hire. */
  day: number;
  /** People whose observed tenure is at least `day` (those censored on this day count as at risk). */
  atRisk: number;
  /** People who left after exactly `day` days. */
  events: number;
  /** People still employed whose observation ends after exactly `day` days. */
  censored: number;
  /** Kaplan–Meier estimate of still being employed after `day` days: Π over event days t ≤ day of (1 − events/atRisk). */
  survival: number;
}

/** Rounding is for display only: every comparison (median, retention) is made on the unrounded curve. */
const round4 = (value: number) => Math.round(value * 10_000) / 10_000;
const roundSteps = (steps: SurvivalStep[]) => steps.map((s) => ({ ...s, survival: round4(s.survival) }));
const roundOrNull = (value: number | null) => (value === null ? null : round4(value));

/** The Kaplan–Meier curve as shown: survival rounded to 4 decimals. */
export function kaplanMeier(observations: SurvivalObservation[]): SurvivalStep[] {
  return roundSteps(kaplanMeierExact(observations));
}

/**
 * The Kaplan–Meier product-limit estimator, unrounded. Observations that end on the same day are one step: everyone whose
 * tenure ended that day is at risk, all leavers of the day count together, and censoring is applied after the
 * events of the same day. The first step is always day 0.
 */
export function kaplanMeierExact(observations: SurvivalObservation[]): SurvivalStep[] {
  const byDay = new Map<number, { events: number; censored: number }>();
  for (const o of observations) {
    const entry = byDay.get(o.days) ?? { events: 0, censored: 0 };
    if (o.left) entry.events += 1;
    else entry.censored += 1;
    byDay.set(o.days, entry);
  }
  if (!byDay.has(0)) byDay.set(0, { events: 0, censored: 0 });
  let atRisk = observations.length;
  let survival = 1;
  const steps: SurvivalStep[] = [];
  for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
    const { events, censored } = byDay.get(day)!;
    if (events > 0) survival *= 1 - events / atRisk;
    steps.push({ day, atRisk, events, censored, survival });
    atRisk -= events + censored;
  }
  return steps;
}

/**
 * S(day): the estimate of still being employed after `day` days. Null when nobody was followed that long
 * (every observation ended earlier with the curve still above 0), because the curve says nothing there.
 */
export function survivalAt(steps: SurvivalStep[], day: number): number | null {
  let value = 1;
  let followedLongEnough = false;
  for (const step of steps) {
    if (step.day <= day) value = step.survival;
    if (step.day >= day && step.atRisk > 0) followedLongEnough = true;
  }
  return followedLongEnough || value === 0 ? value : null;
}

/**
 * The median tenure: the first day on which the curve is at or below 0.5; null when it never gets there. Pass the
 * unrounded curve (kaplanMeierExact): 0.500048 is above one half even though it shows as 0.5.
 */
export function medianSurvivalDay(steps: SurvivalStep[]): number | null {
  return steps.find((s) => s.events > 0 && s.survival <= 0.5)?.day ?? null;
}

/** Days that stand for 12 and 24 months on the curve: 12 months = 365 days, 24 months = 730 days. */
export const RETENTION_HORIZON_DAYS = { months12: 365, months24: 730 } as const;

export interface SurvivalGroupSummary {
  people: number;
  leavers: number;
  stillEmployed: number;
  retention12Months: number | null;
  retention24Months: number | null;
  medianTenureDays: number | null;
  medianTenureYears: number | null;
  steps: SurvivalStep[];
  /** At risk and survival at each whole year since hire (day = round(years × 365.25)), up to the longest observation. */
  atRiskByYear: { years: number; day: number; atRisk: number; survival: number }[];
}

export function summariseSurvival(observations: SurvivalObservation[]): SurvivalGroupSummary {
  const steps = kaplanMeierExact(observations);
  const longest = observations.reduce((max, o) => Math.max(max, o.days), 0);
  const atRiskByYear: SurvivalGroupSummary['atRiskByYear'] = [];
  for (let years = 0; Math.round(years * DAYS_PER_YEAR) <= longest || years === 0; years++) {
    const day = Math.round(years * DAYS_PER_YEAR);
    atRiskByYear.push({ years, day, atRisk: observations.filter((o) => o.days >= day).length, survival: round4(survivalAt(steps, day) ?? 0) });
    if (!observations.length) break;
  }
  const median = medianSurvivalDay(steps);
  const leavers = observations.filter((o) => o.left).length;
  return {
    people: observations.length,
    leavers,
    stillEmployed: observations.length - leavers,
    retention12Months: observations.length ? roundOrNull(survivalAt(steps, RETENTION_HORIZON_DAYS.months12)) : null,
    retention24Months: observations.length ? roundOrNull(survivalAt(steps, RETENTION_HORIZON_DAYS.months24)) : null,
    medianTenureDays: median,
    medianTenureYears: median === null ? null : daysToYears(median),
    steps: observations.length ? roundSteps(steps) : [],
    atRiskByYear,
  };
}

export interface RecognitionCohortRow {
  departmentId: string;
  hiredOn: string;
  leftOn: string | null;
  /** Hero of a published story not from a customer, or given a live reward, on a day within [hiredOn, hiredOn + N months). */
  recognised: boolean;
  /** Hero of a published story from a customer (a compliment a manager confirmed) on a day in that window. */
  recognisedByCustomers?: boolean;
}

/**
 * Splits people hired at least `months` months before `asOf` into three groups that do not overlap: recognised by
 * peers or managers (a story not from a customer, or a reward), recognised by customers only (stories from customers
 * and nothing else), and not recognised; and measures tenure from hire: a leaver's tenure ends on leftOn (an event)
 * when leftOn ≤ asOf; everybody else is censored at asOf. People hired less than `months` months before asOf are
 * left out: they have not had the chance yet. `cohort` = the three groups together. `logRank` compares the
 * recognised of either kind (group 1) with the not recognised (group 2), and those recognised by peers or managers
 * with the not recognised.
 */
export function recognitionSurvival(rows: RecognitionCohortRow[], asOf: string, months: number) {
  const recognised: SurvivalObservation[] = [];
  const byCustomers: SurvivalObservation[] = [];
  const notRecognised: SurvivalObservation[] = [];
  let excludedRecentHires = 0;
  for (const row of rows) {
    if (row.hiredOn > asOf) continue;
    if (addMonths(row.hiredOn, months) > asOf) {
      excludedRecentHires += 1;
      continue;
    }
    const left = row.leftOn !== null && row.leftOn <= asOf;
    const observation = { days: daysBetween(row.hiredOn, left ? row.leftOn! : asOf), left };
    (row.recognised ? recognised : row.recognisedByCustomers ? byCustomers : notRecognised).push(observation);
  }
  return {
    excludedRecentHires,
    cohort: recognised.length + byCustomers.length + notRecognised.length,
    recognised: summariseSurvival(recognised),
    recognisedByCustomers: summariseSurvival(byCustomers),
    notRecognised: summariseSurvival(notRecognised),
    logRank: {
      recognisedVsNot: logRankTest([...recognised, ...byCustomers], notRecognised),
      peersOrManagersVsNot: logRankTest(recognised, notRecognised),
    },
  };
}
