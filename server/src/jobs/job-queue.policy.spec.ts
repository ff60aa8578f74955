import { retryPolicy, worstCaseRetrySeconds } from './job-queue.policy';

describe('job retry policy', () => {
  it('retries with exponential backoff by default and lets a kind override it', () => {
    const policy = retryPolicy({ retryLimit: 5, retryDelaySeconds: 30 });
    expect(policy).toMatchObject({ retryLimit: 5, retryDelay: 30, retryBackoff: true });
    expect(retryPolicy({ retryLimit: 5, retryDelaySeconds: 30 }, { retryLimit: 1 }).retryLimit).toBe(1);
  });

  it('gives up after a bounded wait: 30 s doubling five times is 15.5 minutes', () => {
    expect(worstCaseRetrySeconds({ retryLimit: 5, retryDelay: 30, retryBackoff: true })).toBe(30 + 60 + 120 + 240 + 480);
    expect(worstCaseRetrySeconds({ retryLimit: 3, retryDelay: 10, retryBackoff: false })).toBe(30);
  });
});
