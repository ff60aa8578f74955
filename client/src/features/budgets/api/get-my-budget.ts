import { type QueryClient, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { type Budget, budgetsKey } from './list-budgets';

/** Under `budgetsKey`, so setting or topping up a budget refreshes it too. */
export const myBudgetKey = [...budgetsKey, 'mine'] as const;

/** The signed-in manager's (or admin's) budget for this quarter; nothing for staff. */
export function useMyBudget(enabled: boolean) {
  return useQuery({
    queryKey: myBudgetKey,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/budgets/mine', { signal })),
    enabled,
  });
}

/** After spending from my budget: keep the figures the server answered with, or refetch them when it did not send any. */
export function myBudgetChanged(queryClient: QueryClient, budget?: Budget) {
  if (budget) queryClient.setQueryData(myBudgetKey, budget);
  else void queryClient.invalidateQueries({ queryKey: myBudgetKey });
}
