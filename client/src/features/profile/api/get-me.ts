import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export type Me = components['schemas']['EmployeeDto'];

export async function getMe(): Promise<Me> {
  return unwrap(await api.GET('/api/me'));
}

export const meKey = ['me'] as const;

export const meQueryOptions = () => queryOptions({ queryKey: meKey, queryFn: getMe });

/** Refetch the signed-in person's own record (their name, department or manager changed). */
export function invalidateMe(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: meKey });
}

export function useMe() {
  return useQuery(meQueryOptions());
}
