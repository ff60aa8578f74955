import { useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { useRefreshingMutation } from '../../../lib/refreshing-mutation';
import { i18n } from '../../../lib/i18n';

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

/** What each event a receiver can hear is called, in the active language. */
export function webhookEventLabels(): Record<WebhookEvent, string> {
  return {
    'story.published': i18n.t('webhooks:event.published'),
    'story.featured': i18n.t('webhooks:event.featured'),
    'endorsement.created': i18n.t('webhooks:event.endorsed'),
    'reward.given': i18n.t('webhooks:event.rewardGiven'),
    'reward.revoked': i18n.t('webhooks:event.rewardRevoked'),
    'employee.departed': i18n.t('webhooks:event.departed'),
  };
}
