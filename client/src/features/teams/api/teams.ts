import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export const teamsKeys = { settings: ['teams', 'settings'] as const };

export function useTeamsSettings() {
  return useQuery({ queryKey: teamsKeys.settings, queryFn: async ({ signal }) => unwrap(await api.GET('/api/teams', { signal })) });
}

function useTeamsMutation<T>(mutationFn: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: teamsKeys.settings }) });
}

export const useAddTeamsChannel = () =>
  useTeamsMutation(async (body: components['schemas']['CreateTeamsChannelDto']) => unwrap(await api.POST('/api/teams/channels', { body })));
export const useRemoveTeamsChannel = () =>
  useTeamsMutation(async (id: string) => unwrap(await api.DELETE('/api/teams/channels/{id}', { params: { path: { id } } })));
export const useAddTeamsOutgoingWebhook = () =>
  useTeamsMutation(async (body: components['schemas']['CreateTeamsOutgoingWebhookDto']) => unwrap(await api.POST('/api/teams/outgoing-webhooks', { body })));
export const useRemoveTeamsOutgoingWebhook = () =>
  useTeamsMutation(async (id: string) => unwrap(await api.DELETE('/api/teams/outgoing-webhooks/{id}', { params: { path: { id } } })));
