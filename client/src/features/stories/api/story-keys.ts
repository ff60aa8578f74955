import type { QueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';

export type Story = components['schemas']['StoryDto'];

/**
 * Every query that holds a story sits under `storyKeys.all`, so a change made elsewhere (an endorsement, a reward, a
 * confirmed compliment) reaches every copy. The features that show stories build their keys on these: the feed's
 * pages sit under `storyKeys.feed`, which a story's edit refreshes without stories having to import the feed (the
 * feed imports stories to draw its cards).
 */
const all = ['stories'] as const;
export const storyKeys = {
  all,
  detail: (id: string) => [...all, 'detail', id] as const,
  recognition: (employeeId: string) => [...all, 'recognition', employeeId] as const,
  feed: [...all, 'feed'] as const,
};

/** Refetch everything that shows a story (after a story was told, deleted, rewarded or a compliment confirmed). */
export function invalidateStories(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: storyKeys.all });
}

/** After a story changed on the server: keep its page fresh and refetch the feeds it appears in. */
export function storyChanged(queryClient: QueryClient, story: Story) {
  queryClient.setQueryData(storyKeys.detail(story.id), story);
  return queryClient.invalidateQueries({ queryKey: storyKeys.feed });
}

/** After something a person's recognition numbers count changed elsewhere (quick kudos given or removed). */
export function recognitionChanged(queryClient: QueryClient, employeeId: string) {
  return queryClient.invalidateQueries({ queryKey: storyKeys.recognition(employeeId) });
}
