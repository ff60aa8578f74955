import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export const jobsKey = ['jobs'] as const;

export function useJobsSummary() {
  return useQuery({ queryKey: [...jobsKey, 'summary'], queryFn: async () => unwrap(await api.GET('/api/jobs')), refetchInterval: 5000 });
}

export function useFailedJobs() {
  return useQuery({
    queryKey: [...jobsKey, 'failed'],
    queryFn: async () => unwrap(await api.GET('/api/jobs/failed', { params: { query: { limit: 50 } } })),
    refetchInterval: 5000,
  });
}

export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/api/jobs/failed/{id}/retry', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: jobsKey }),
  });
}

export function useDiscardJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => unwrap(await api.DELETE('/api/jobs/failed/{id}', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: jobsKey }),
  });
}

export function useRunScheduledJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (kind: string) => unwrap(await api.POST('/api/jobs/scheduled/{kind}/run', { params: { path: { kind } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: jobsKey }),
  });
}
