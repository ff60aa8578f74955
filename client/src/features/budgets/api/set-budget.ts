import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { budgetsKey } from './list-budgets';

export type SetBudget = components['schemas']['SetBudgetDto'];

/** Sets the whole allotment; the server refuses (422 budget_below_spent) an amount below what is spent. */
export async function setBudget(body: SetBudget) {
  return unwrap(await api.PUT('/api/budgets', { body }));
}

export function useSetBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setBudget,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetsKey }),
  });
}
