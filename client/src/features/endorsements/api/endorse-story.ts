import { type InfiniteData, useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { type Story, storyKeys } from '../../stories';
import { endorsementKeys } from './list-endorsements';

type FeedPage = components['schemas']['FeedPageDto'];

export async function endorseStory({ id, endorse }: { id: string; endorse: boolean }) {
  const path = { params: { path: { id } } };
  return endorse
    ? unwrap(await api.POST('/api/stories/{id}/endorsements', { ...path, body: {} }))
    : unwrap(await api.DELETE('/api/stories/{id}/endorsements/mine', path));
}

type Cached = Story | InfiniteData<FeedPage> | Story[] | undefined;

/** Applies an endorsement state to every cached copy of the story (feed pages, huddle, detail). */
function patchStory(data: Cached, id: string, patch: (story: Story) => Story): Cached {
  if (!data) return data;
  if (Array.isArray(data)) return data.map((s) => (s.id === id ? patch(s) : s));
  if ('pages' in data) return { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.map((s) => (s.id === id ? patch(s) : s)) })) };
  return data.id === id ? patch(data) : data;
}

/** Endorse or withdraw with an optimistic count; rolls back if the server says no. */
export function useEndorseStory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endorseStory,
    onMutate: async ({ id, endorse }) => {
      await queryClient.cancelQueries({ queryKey: storyKeys.all });
      const snapshot = queryClient.getQueriesData<Cached>({ queryKey: storyKeys.all });
      queryClient.setQueriesData<Cached>({ queryKey: storyKeys.all }, (data) =>
        patchStory(data, id, (s) => ({ ...s, endorsedByMe: endorse, endorsementCount: s.endorsementCount + (endorse ? 1 : -1) })),
      );
      return { snapshot };
    },
    onError: (_error, _vars, context) => context?.snapshot.forEach(([key, data]) => queryClient.setQueryData(key, data)),
    onSuccess: (state, { id }) => {
      queryClient.setQueriesData<Cached>({ queryKey: storyKeys.all }, (data) => patchStory(data, id, (s) => ({ ...s, ...state })));
      return queryClient.invalidateQueries({ queryKey: endorsementKeys.of(id) });
    },
  });
}
