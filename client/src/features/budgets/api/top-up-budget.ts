import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { budgetsKey } from './list-budgets';

export type TopUpBudget = components['schemas']['TopUpBudgetDto'];

export async function topUpBudget(body: TopUpBudget) {
  return unwrap(await api.POST('/api/budgets/top-ups', { body }));
}

export function useTopUpBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: topUpBudget,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetsKey }),
  });
}
