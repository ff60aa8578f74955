import { QueryClient } from '@tanstack/react-query';
import { ApiProblem } from './problem';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 4xx will not get better by asking again.
      retry: (failureCount, error) => !(error instanceof ApiProblem && error.status >= 400 && error.status < 500) && failureCount < 2,
    },
  },
});
