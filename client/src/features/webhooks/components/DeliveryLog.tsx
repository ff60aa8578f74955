import { Button, Loader, Table, Text } from '@mantine/core';
import { ToneBadge } from '../../../components/ui/badges';
import { formatDateTime } from '../../../lib/dates';
import { problemMessage } from '../../../lib/problem';
import { useRedeliver, useWebhookDeliveries, webhookEventLabels, type WebhookEvent } from '../api/webhooks';
import { useTranslation } from 'react-i18next';

const TONE = { delivered: 'green', pending: 'amber', failed: 'red' } as const;

/** The newest deliveries of one subscription: what was sent, what came back, and when the next attempt is. */
export function DeliveryLog({ subscriptionId }: { subscriptionId: string }) {
  const { t } = useTranslation('webhooks');
  const deliveries = useWebhookDeliveries(subscriptionId);
  const redeliver = useRedeliver();
  if (deliveries.isPending) return <Loader size="sm" role="status" aria-label={t('log.loading')} />;
  if (deliveries.isError) return <Text c="red">{problemMessage(deliveries.error)}</Text>;
  if (deliveries.data.items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('log.empty')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table aria-label={t('log.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('log.event')}</Table.Th>
            <Table.Th scope="col">{t('log.status')}</Table.Th>
            <Table.Th scope="col">{t('log.answer')}</Table.Th>
            <Table.Th scope="col">{t('log.last')}</Table.Th>
            <Table.Th scope="col">{t('log.next')}</Table.Th>
            <Table.Th scope="col">{t('log.redeliver')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deliveries.data.items.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>{webhookEventLabels()[d.eventType as WebhookEvent] ?? d.eventType}</Table.Td>
              <Table.Td>
                <ToneBadge tone={TONE[d.status]}>
                  {d.status === 'pending' ? t('log.retrying') : d.status === 'delivered' ? t('log.delivered') : t('log.failed')}
                </ToneBadge>{' '}
                <Text span size="sm" c="dimmed">
                  {t('log.attempts', { count: d.attempts })}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" title={d.responseBody ?? undefined}>
                  {d.responseStatus ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>{d.lastAttemptAt ? formatDateTime(d.lastAttemptAt) : '—'}</Table.Td>
              <Table.Td>{d.status === 'pending' && d.nextAttemptAt ? formatDateTime(d.nextAttemptAt) : '—'}</Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="default"
                  loading={redeliver.isPending}
                  onClick={() => redeliver.mutate({ id: subscriptionId, deliveryId: d.id })}
                >
                  {t('log.sendAgain')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
