import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export type Budget = components['schemas']['BudgetDto'];

/** Every budgets query starts with this key, so a change can refresh them all. */
export const budgetsKey = ['budgets'] as const;

export async function listBudgets(quarter: string, signal?: AbortSignal): Promise<Budget[]> {
  return unwrap(await api.GET('/api/budgets', { params: { query: { quarter } }, signal }));
}

export const budgetsQueryOptions = (quarter: string) =>
  queryOptions({ queryKey: [...budgetsKey, quarter], queryFn: ({ signal }) => listBudgets(quarter, signal) });

/** Every current manager's and admin's budget for the quarter. */
export function useBudgets(quarter: string) {
  return useQuery(budgetsQueryOptions(quarter));
}
