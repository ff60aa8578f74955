import { QueryClient } from '@tanstack/react-query';
import { ApiProblem } from './problem';

/** A 429 that says to come back within this many seconds is asked again (a page's own reports, queued by the server). */
const SHORT_WAIT_SECONDS = 10;

function shortWait(error: unknown): number | undefined {
  return error instanceof ApiProblem && error.status === 429 && error.retryAfterSeconds !== undefined && error.retryAfterSeconds <= SHORT_WAIT_SECONDS
    ? error.retryAfterSeconds
    : undefined;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 4xx will not get better by asking again, except a 429 that says when to come back.
      retry: (failureCount, error) => {
        if (shortWait(error) !== undefined) return failureCount < 8;
        return !(error instanceof ApiProblem && error.status >= 400 && error.status < 500) && failureCount < 2;
      },
      retryDelay: (failureCount, error) => {
        const wait = shortWait(error);
        // Retry-After, with a little jitter so a page's queued requests do not all come back at the same instant.
        if (wait !== undefined) return wait * 1000 + Math.floor(Math.random() * 400);
        return Math.min(1000 * 2 ** failureCount, 30_000);
      },
    },
    mutations: {
      // A write made offline fails at once and says it did not save, rather than waiting unseen in this tab for a
      // connection (and being lost if the tab closes first).
      networkMode: 'always',
    },
  },
});
