import { useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export type CompanyValue = components['schemas']['CompanyValueDto'];

export function useCompanyValues() {
  return useQuery({
    queryKey: ['values'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/values', { signal })),
    staleTime: 5 * 60_000,
  });
}
