import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { storyChanged } from './story-keys';

export type Moderation = { action: 'hide'; reason: string } | { action: 'unhide' } | { action: 'feature' } | { action: 'unfeature' };

export async function moderateStory({ id, moderation }: { id: string; moderation: Moderation }) {
  const path = { params: { path: { id } } };
  switch (moderation.action) {
    case 'hide':
      return unwrap(await api.POST('/api/stories/{id}/hide', { ...path, body: { reason: moderation.reason } }));
    case 'unhide':
      return unwrap(await api.POST('/api/stories/{id}/unhide', path));
    case 'feature':
      return unwrap(await api.POST('/api/stories/{id}/feature', path));
    case 'unfeature':
      return unwrap(await api.DELETE('/api/stories/{id}/feature', path));
  }
}

export function useModerateStory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moderateStory,
    onSuccess: (story) => storyChanged(queryClient, story),
  });
}
