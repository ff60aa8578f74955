import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { employeesKey } from '../../employees';
import { storyKeys } from '../../stories';

export type StoryComment = components['schemas']['CommentDto'];

/** The server's limit on a comment (AddCommentDto). */
export const COMMENT_BODY_MAX = 1000;

/** A story's comments sit under stories' keys, so whatever refreshes the story refreshes its thread too. */
export const commentKeys = {
  of: (storyId: string) => [...storyKeys.all, 'comments', storyId] as const,
};

export function useComments(storyId: string) {
  return useInfiniteQuery({
    queryKey: commentKeys.of(storyId),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/api/stories/{id}/comments', { params: { path: { id: storyId }, query: { limit: 20, cursor: pageParam } }, signal })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** After a comment came, changed or went: the thread, and the story's count on its page and cards. */
function useCommentsChanged() {
  const queryClient = useQueryClient();
  return (storyId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: commentKeys.of(storyId) }),
      queryClient.invalidateQueries({ queryKey: storyKeys.detail(storyId) }),
      queryClient.invalidateQueries({ queryKey: storyKeys.feed }),
    ]);
}

export function useAddComment(storyId: string) {
  const changed = useCommentsChanged();
  return useMutation({
    mutationFn: async (body: { body: string; parentId?: string }) =>
      unwrap(await api.POST('/api/stories/{id}/comments', { params: { path: { id: storyId } }, body })),
    onSuccess: () => changed(storyId),
  });
}

export function useEditComment(storyId: string) {
  const changed = useCommentsChanged();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: string }) =>
      unwrap(await api.PATCH('/api/comments/{id}', { params: { path: { id } }, body: { body } })),
    onSuccess: () => changed(storyId),
  });
}

export function useRemoveComment(storyId: string) {
  const changed = useCommentsChanged();
  return useMutation({
    mutationFn: async (id: string) => {
      unwrap(await api.DELETE('/api/comments/{id}', { params: { path: { id } } }));
    },
    onSuccess: () => changed(storyId),
  });
}

export function useThankComment(storyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, thanked }: { id: string; thanked: boolean }) =>
      thanked
        ? unwrap(await api.POST('/api/comments/{id}/thanks', { params: { path: { id } } }))
        : unwrap(await api.DELETE('/api/comments/{id}/thanks', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commentKeys.of(storyId) }),
  });
}

/** People who work here now whose name matches, to mention (the directory's search; people who left are not offered). */
export function useMentionCandidates(q: string | null) {
  return useQuery({
    queryKey: [...employeesKey, 'mention', q],
    enabled: q !== null,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/employees', { params: { query: { q: q?.trim() || undefined, status: 'active', limit: 6 } }, signal })),
    placeholderData: keepPreviousData,
  });
}
