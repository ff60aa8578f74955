import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { storyKeys } from './story-keys';

export async function getStory(id: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/stories/{id}', { params: { path: { id } }, signal }));
}

export const storyQueryOptions = (id: string) => queryOptions({ queryKey: storyKeys.detail(id), queryFn: ({ signal }) => getStory(id, signal) });

export function useStory(id: string) {
  return useQuery(storyQueryOptions(id));
}
