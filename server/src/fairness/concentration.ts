/**
 * How unevenly recognition is spread. Pure functions, so the figures can be checked by hand.
 */

/**
 * Gini coefficient of non-negative amounts: 0 when everyone gets the same, approaching 1 when one person gets
 * everything. G = Σᵢ (2i − n − 1)·xᵢ / (n·Σx) over amounts sorted ascending (i from 1). Null when nobody got anything.
 */
export function gini(amounts: number[]): number | null {
  const n = amounts.length;
  const total = amounts.reduce((sum, x) => sum + x, 0);
  if (n === 0 || total === 0) return null;
  const sorted = [...amounts].sort((a, b) => a - b);
  const weighted = sorted.reduce((sum, x, i) => sum + (2 * (i + 1) - n - 1) * x, 0);
  return weighted / (n * total);
}

/**
 * The share of the total that goes to the top `fraction` of recipients (people with more than zero),
 * counting ceil(fraction × recipients) people. Null when nobody got anything.
 */
export function topShare(amounts: number[], fraction: number): number | null {
  const recipients = amounts.filter((x) => x > 0).sort((a, b) => b - a);
  const total = recipients.reduce((sum, x) => sum + x, 0);
  if (total === 0) return null;
  const top = Math.ceil(fraction * recipients.length);
  return recipients.slice(0, top).reduce((sum, x) => sum + x, 0) / total;
}

export function round(value: number | null, places = 3): number | null {
  return value === null ? null : Math.round(value * 10 ** places) / 10 ** places;
}
