import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { recognitionChanged } from '../../stories';

export type Kudos = components['schemas']['KudosDto'];
export type GiveKudosInput = components['schemas']['GiveKudosDto'];

/** The server's limit on a kudos' sentence (GiveKudosDto). */
export const KUDOS_MESSAGE_MAX = 280;

export const kudosKey = {
  all: ['kudos'] as const,
  list: (filter: { heroId?: string; limit?: number }) => ['kudos', 'list', filter] as const,
};

/** Kudos newest first, a page at a time; optionally only those one person received. */
export function useKudosList(filter: { heroId?: string; limit?: number } = {}) {
  return useInfiniteQuery({
    queryKey: kudosKey.list(filter),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/api/kudos', { params: { query: { heroId: filter.heroId, limit: filter.limit, cursor: pageParam } }, signal })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** After kudos come or go: every kudos list, and the hero's numbers (which count kudos apart from stories). */
function useKudosChanged() {
  const queryClient = useQueryClient();
  return (heroId: string) => Promise.all([queryClient.invalidateQueries({ queryKey: kudosKey.all }), recognitionChanged(queryClient, heroId)]);
}

export function useGiveKudos() {
  const changed = useKudosChanged();
  return useMutation({
    mutationFn: async (body: GiveKudosInput) => unwrap(await api.POST('/api/kudos', { body })),
    onSuccess: (kudos) => changed(kudos.hero.id),
  });
}

export function useRemoveKudos() {
  const changed = useKudosChanged();
  return useMutation({
    mutationFn: async (kudos: Kudos) => {
      unwrap(await api.DELETE('/api/kudos/{id}', { params: { path: { id: kudos.id } } }));
    },
    onSuccess: (_nothing, kudos) => changed(kudos.hero.id),
  });
}
