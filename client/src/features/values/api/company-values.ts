import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

/** The one client type of a company value (a tag on stories), as the server documents it. */
export type CompanyValue = components['schemas']['CompanyValueDto'];

/** Every values query starts with this key, so a change to a value refreshes them all. */
export const valuesKey = ['values'] as const;

/**
 * The company's values: the current ones (what a story can be tagged with, and feed filters offer), or with
 * `includeRetired` every value ever curated (the admin's list). The one query for both.
 */
export function useCompanyValues({ includeRetired = false }: { includeRetired?: boolean } = {}) {
  return useQuery({
    queryKey: [...valuesKey, includeRetired ? 'all' : 'current'],
    queryFn: async ({ signal }): Promise<CompanyValue[]> =>
      unwrap(await api.GET('/api/values', { params: { query: includeRetired ? { includeRetired: true } : {} }, signal })),
    staleTime: includeRetired ? 0 : 5 * 60_000,
  });
}

export function useCreateCompanyValue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: components['schemas']['CreateCompanyValueDto']) => unwrap(await api.POST('/api/values', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: valuesKey }),
  });
}

export function useUpdateCompanyValue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, changes }: { id: string; changes: components['schemas']['UpdateCompanyValueDto'] }) =>
      unwrap(await api.PATCH('/api/values/{id}', { params: { path: { id } }, body: changes })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: valuesKey }),
  });
}
