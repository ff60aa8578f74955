import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export type CompanyValue = components['schemas']['CompanyValueDto'];
const valuesKey = ['values'] as const;

export function useAllCompanyValues() {
  return useQuery({
    queryKey: [...valuesKey, 'all'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/values', { params: { query: { includeRetired: true } }, signal })),
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
