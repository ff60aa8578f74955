import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { invalidateStories } from './story-keys';

export type NewStory = components['schemas']['CreateStoryDto'];

export async function createStory(story: NewStory) {
  return unwrap(await api.POST('/api/stories', { body: story }));
}

export function useCreateStory() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createStory, onSuccess: () => invalidateStories(queryClient) });
}
