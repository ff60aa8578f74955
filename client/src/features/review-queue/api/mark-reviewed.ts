import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { invalidateReviewQueue } from './review-queue';

/** "Reviewed, no reward" for a story in the review queue, and taking it back (`reviewed: false`). */
export function useMarkReviewed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ storyId, reviewed }: { storyId: string; reviewed: boolean }) => {
      const options = { params: { path: { id: storyId } } };
      return unwrap(reviewed ? await api.PUT('/api/review-queue/{id}/reviewed', options) : await api.DELETE('/api/review-queue/{id}/reviewed', options));
    },
    onSettled: () => invalidateReviewQueue(queryClient),
  });
}
