import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { invalidateStories, storyChanged } from './story-keys';

export type StoryChanges = components['schemas']['UpdateStoryDto'];

export async function updateStory({ id, changes }: { id: string; changes: StoryChanges }) {
  return unwrap(await api.PATCH('/api/stories/{id}', { params: { path: { id } }, body: changes }));
}

export async function deleteStory(id: string) {
  await unwrap(await api.DELETE('/api/stories/{id}', { params: { path: { id } } }));
}

export function useUpdateStory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateStory,
    onSuccess: (story) => storyChanged(queryClient, story),
  });
}

export function useDeleteStory() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteStory, onSuccess: () => invalidateStories(queryClient) });
}
