import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export type ChannelEvent = components['schemas']['SlackChannelRouteDto']['events'][number];
export const slackKeys = { settings: ['slack', 'settings'] as const };

export function useSlackSettings() {
  return useQuery({ queryKey: slackKeys.settings, queryFn: async ({ signal }) => unwrap(await api.GET('/api/slack', { signal })) });
}

function useSlackMutation<T>(mutationFn: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: slackKeys.settings }) });
}

export const useConnectSlack = () => useSlackMutation(async (body: components['schemas']['ConnectSlackDto']) => unwrap(await api.PUT('/api/slack', { body })));
export const useDisconnectSlack = () => useSlackMutation(async () => unwrap(await api.DELETE('/api/slack')));
export const useAddSlackRoute = () =>
  useSlackMutation(async (body: components['schemas']['CreateSlackChannelRouteDto']) => unwrap(await api.POST('/api/slack/routes', { body })));
export const useRemoveSlackRoute = () =>
  useSlackMutation(async (id: string) => unwrap(await api.DELETE('/api/slack/routes/{id}', { params: { path: { id } } })));

export const CHANNEL_EVENT_LABELS: Record<ChannelEvent, string> = {
  'story.published': 'New stories',
  'story.featured': 'Featured stories',
  champion: 'Champions of the month',
  weekly_summary: "Monday's heroes of the week",
};
