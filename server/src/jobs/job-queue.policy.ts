/**
 * How each kind of background work is retried. Pure, so the numbers are tested without a queue.
 * pg-boss's exponential backoff waits retryDelay × 2^n (with jitter) before attempt n+1; after retryLimit
 * failed retries the job stays `failed`: that is the dead-letter state. Failed jobs are kept for 30 days, so the
 * Jobs page lists them with their error until an admin retries or discards them.
 */
export interface RetryPolicy {
  retryLimit: number;
  retryDelay: number;
  retryBackoff: boolean;
  /** A job still active after this long is treated as lost (its worker died) and retried. */
  expireInSeconds: number;
}

export function retryPolicy(defaults: { retryLimit: number; retryDelaySeconds: number }, overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  return {
    retryLimit: defaults.retryLimit,
    retryDelay: defaults.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: 15 * 60,
    ...overrides,
  };
}

/** The longest a job can wait in retries before it is dead-lettered (ignoring jitter), to state it on the Jobs page. */
export function worstCaseRetrySeconds(policy: Pick<RetryPolicy, 'retryLimit' | 'retryDelay' | 'retryBackoff'>): number {
  let total = 0;
  for (let n = 0; n < policy.retryLimit; n += 1) total += policy.retryBackoff ? policy.retryDelay * 2 ** n : policy.retryDelay;
  return total;
}
