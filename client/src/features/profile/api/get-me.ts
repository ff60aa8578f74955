import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export type Me = components['schemas']['EmployeeDto'];

export async function getMe(): Promise<Me> {
  return unwrap(await api.GET('/api/me'));
}

export const meQueryOptions = () => queryOptions({ queryKey: ['me'], queryFn: getMe });

export function useMe() {
  return useQuery(meQueryOptions());
}
