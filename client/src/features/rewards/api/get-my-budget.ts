import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { myBudgetKey } from './rewards-keys';

/** The signed-in manager's (or admin's) budget for this quarter; nothing for staff. */
export function useMyBudget(enabled: boolean) {
  return useQuery({
    queryKey: myBudgetKey,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/budgets/mine', { signal })),
    enabled,
  });
}
