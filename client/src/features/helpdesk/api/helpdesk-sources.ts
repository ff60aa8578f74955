import { useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation';

export type HelpdeskSource = components['schemas']['HelpdeskSourceDto'];
export type HelpdeskKind = HelpdeskSource['kind'];
const helpdeskKeys = { all: ['helpdesk-sources'] as const };

export function useHelpdeskSources() {
  return useQuery({ queryKey: helpdeskKeys.all, queryFn: async ({ signal }) => unwrap(await api.GET('/api/helpdesk-sources', { signal })) });
}

const useHelpdeskMutation = <T, R>(mutationFn: (input: T) => Promise<R>) => useRefreshingMutation(helpdeskKeys.all, mutationFn);

export const useCreateHelpdeskSource = () =>
  useHelpdeskMutation(async (body: components['schemas']['CreateHelpdeskSourceDto']) => unwrap(await api.POST('/api/helpdesk-sources', { body })));
export const useRotateHelpdeskSecret = () =>
  useHelpdeskMutation(async (id: string) => unwrap(await api.POST('/api/helpdesk-sources/{id}/rotate-secret', { params: { path: { id } } })));
export const useRemoveHelpdeskSource = () =>
  useHelpdeskMutation(async (id: string) => unwrap(await api.DELETE('/api/helpdesk-sources/{id}', { params: { path: { id } } })));
