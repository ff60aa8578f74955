import { useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation';

export const teamsKeys = { settings: ['teams', 'settings'] as const };

export function useTeamsSettings() {
  return useQuery({ queryKey: teamsKeys.settings, queryFn: async ({ signal }) => unwrap(await api.GET('/api/teams', { signal })) });
}

const useTeamsMutation = <T, R>(mutationFn: (input: T) => Promise<R>) => useRefreshingMutation(teamsKeys.settings, mutationFn);

export const useAddTeamsChannel = () =>
  useTeamsMutation(async (body: components['schemas']['CreateTeamsChannelDto']) => unwrap(await api.POST('/api/teams/channels', { body })));
export const useRemoveTeamsChannel = () =>
  useTeamsMutation(async (id: string) => unwrap(await api.DELETE('/api/teams/channels/{id}', { params: { path: { id } } })));
export const useAddTeamsOutgoingWebhook = () =>
  useTeamsMutation(async (body: components['schemas']['CreateTeamsOutgoingWebhookDto']) => unwrap(await api.POST('/api/teams/outgoing-webhooks', { body })));
export const useRemoveTeamsOutgoingWebhook = () =>
  useTeamsMutation(async (id: string) => unwrap(await api.DELETE('/api/teams/outgoing-webhooks/{id}', { params: { path: { id } } })));
