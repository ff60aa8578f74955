import { useMutation, useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { toApiProblem, unwrap } from '../../../lib/problem';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation';
import { attachmentName, saveFile } from '../../../lib/save-file';
import { i18n } from '../../../lib/i18n';

export type ChannelEvent = components['schemas']['SlackChannelRouteDto']['events'][number];
export const slackKeys = { settings: ['slack', 'settings'] as const };

export function useSlackSettings() {
  return useQuery({ queryKey: slackKeys.settings, queryFn: async ({ signal }) => unwrap(await api.GET('/api/slack', { signal })) });
}

const useSlackMutation = <T, R>(mutationFn: (input: T) => Promise<R>) => useRefreshingMutation(slackKeys.settings, mutationFn);

export const useConnectSlack = () => useSlackMutation(async (body: components['schemas']['ConnectSlackDto']) => unwrap(await api.PUT('/api/slack', { body })));
export const useDisconnectSlack = () => useSlackMutation(async () => unwrap(await api.DELETE('/api/slack')));
export const useAddSlackRoute = () =>
  useSlackMutation(async (body: components['schemas']['CreateSlackChannelRouteDto']) => unwrap(await api.POST('/api/slack/routes', { body })));
export const useRemoveSlackRoute = () =>
  useSlackMutation(async (id: string) => unwrap(await api.DELETE('/api/slack/routes/{id}', { params: { path: { id } } })));

/** The app manifest with this installation's addresses, fetched with the session's token and saved as a file. */
export const useDownloadSlackManifest = () =>
  useMutation({
    mutationFn: async () => {
      const result = await api.GET('/api/slack/manifest', { parseAs: 'blob' });
      if (!result.response.ok || !(result.data instanceof Blob)) throw toApiProblem(result.error, result.response);
      saveFile(result.data, attachmentName(result.response, 'heroics-slack-app-manifest.yml'));
    },
  });

/** What each event a chat channel can hear is called, in the active language. */
export function channelEventLabels(): Record<ChannelEvent, string> {
  return {
    'story.published': i18n.t('slack:event.published'),
    'story.featured': i18n.t('slack:event.featured'),
    champion: i18n.t('slack:event.champion'),
    weekly_summary: i18n.t('slack:event.weekly'),
  };
}
