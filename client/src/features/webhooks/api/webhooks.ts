import { useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation';

export type WebhookSubscription = components['schemas']['WebhookSubscriptionDto'];
export type WebhookEvent = WebhookSubscription['events'][number];
export const webhookKeys = { all: ['webhooks'] as const, deliveries: (id: string) => ['webhooks', id, 'deliveries'] as const };

export function useWebhooks() {
  return useQuery({ queryKey: webhookKeys.all, queryFn: async ({ signal }) => unwrap(await api.GET('/api/webhooks', { signal })) });
}

export function useWebhookDeliveries(id: string | null) {
  return useQuery({
    queryKey: webhookKeys.deliveries(id ?? ''),
    enabled: id !== null,
    refetchInterval: 5_000,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/webhooks/{id}/deliveries', { params: { path: { id: id! } }, signal })),
  });
}

const useWebhookMutation = <T, R>(mutationFn: (input: T) => Promise<R>) => useRefreshingMutation(webhookKeys.all, mutationFn);

export const useCreateWebhook = () =>
  useWebhookMutation(async (body: components['schemas']['CreateWebhookSubscriptionDto']) => unwrap(await api.POST('/api/webhooks', { body })));
export const useUpdateWebhook = () =>
  useWebhookMutation(async ({ id, changes }: { id: string; changes: components['schemas']['UpdateWebhookSubscriptionDto'] }) =>
    unwrap(await api.PATCH('/api/webhooks/{id}', { params: { path: { id } }, body: changes })),
  );
export const useRemoveWebhook = () => useWebhookMutation(async (id: string) => unwrap(await api.DELETE('/api/webhooks/{id}', { params: { path: { id } } })));
export const useRedeliver = () =>
  useWebhookMutation(async ({ id, deliveryId }: { id: string; deliveryId: string }) =>
    unwrap(await api.POST('/api/webhooks/{id}/deliveries/{deliveryId}/redeliver', { params: { path: { id, deliveryId } } })),
  );

export const WEBHOOK_EVENT_LABELS: Record<WebhookEvent, string> = {
  'story.published': 'Story published',
  'story.featured': 'Story featured',
  'endorsement.created': 'Story endorsed',
  'reward.given': 'Reward given',
  'reward.revoked': 'Reward revoked',
  'employee.departed': 'Departure recorded',
};
