import { waitFor, WaitForOptions } from './wait-for';

/** waitFor with the integration specs' usual deadline (20 s: a delivery crosses the job queue at least once). */
export function eventually<T>(check: () => T | Promise<T>, options: Partial<WaitForOptions> = {}) {
  return waitFor(check, { timeoutMs: 20_000, intervalMs: 100, ...options });
}
