import { useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export type OutboxMessage = components['schemas']['OutboxMessageDto'];
export const outboxKey = ['outbox'] as const;

export function useOutbox() {
  return useQuery({
    queryKey: outboxKey,
    queryFn: async () => unwrap(await api.GET('/api/outbox', { params: { query: { limit: 50 } } })),
    // New mail arrives from background jobs: look again while the page is open.
    refetchInterval: 5000,
  });
}
