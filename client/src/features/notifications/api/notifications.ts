import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

const notificationsKey = ['notifications'] as const;

/** Refetch my notifications and their unread count (something was just sent to me, e.g. a redemption's news). */
export function invalidateNotifications(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: notificationsKey });
}

export function useUnreadCount() {
  return useQuery({
    queryKey: [...notificationsKey, 'unread'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/notifications/unread-count', { signal })),
    refetchInterval: 45_000,
    refetchOnWindowFocus: true,
  });
}

export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: [...notificationsKey, 'list'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/notifications', { params: { query: { limit: 15 } }, signal })),
    enabled,
  });
}

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { ids?: string[]; all?: boolean }) => unwrap(await api.POST('/api/notifications/read', { body })),
    onSuccess: (count) => {
      queryClient.setQueryData([...notificationsKey, 'unread'], count);
      return queryClient.invalidateQueries({ queryKey: [...notificationsKey, 'list'] });
    },
  });
}
