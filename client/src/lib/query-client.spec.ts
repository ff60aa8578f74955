import { describe, expect, it } from '@jest/globals';
import { ApiProblem, type Problem } from './problem';
import { queryClient } from './query-client';

const problem = (status: number, retryAfterSeconds?: number) =>
  new ApiProblem({ type: 'about:blank', title: 'Problem', status, detail: 'Problem' } as Problem, retryAfterSeconds);
const { retry, retryDelay } = queryClient.getDefaultOptions().queries as {
  retry: (count: number, error: unknown) => boolean;
  retryDelay: (count: number, error: unknown) => number;
};

describe('how reads are asked again', () => {
  it('comes back after a 429 that says when (a page’s reports queued by the server), at about that time', () => {
    expect(retry(0, problem(429, 1))).toBe(true);
    expect(retry(7, problem(429, 1))).toBe(true);
    expect(retry(8, problem(429, 1))).toBe(false);
    const delay = retryDelay(0, problem(429, 2));
    expect(delay).toBeGreaterThanOrEqual(2000);
    expect(delay).toBeLessThan(2400);
  });

  it('does not ask again after other 4xx, or a 429 with a long wait; a network or 5xx failure twice', () => {
    expect(retry(0, problem(400))).toBe(false);
    expect(retry(0, problem(404))).toBe(false);
    expect(retry(0, problem(429, 3600))).toBe(false);
    expect(retry(0, problem(429))).toBe(false);
    expect(retry(0, problem(503))).toBe(true);
    expect(retry(2, new Error('offline'))).toBe(false);
  });
});
