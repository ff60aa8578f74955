import { Button, Loader, Table, Text } from '@mantine/core';
import { ToneBadge } from '../../../components/ui/badges';
import { formatDateTime } from '../../../lib/dates';
import { problemMessage } from '../../../lib/problem';
import { useRedeliver, useWebhookDeliveries, WEBHOOK_EVENT_LABELS, type WebhookEvent } from '../api/webhooks';

const TONE = { delivered: 'green', pending: 'amber', failed: 'red' } as const;

/** The newest deliveries of one subscription: what was sent, what came back, and when the next attempt is. */
export function DeliveryLog({ subscriptionId }: { subscriptionId: string }) {
  const deliveries = useWebhookDeliveries(subscriptionId);
  const redeliver = useRedeliver();
  if (deliveries.isPending) return <Loader size="sm" role="status" aria-label="Loading deliveries" />;
  if (deliveries.isError) return <Text c="red">{problemMessage(deliveries.error)}</Text>;
  if (deliveries.data.items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        Nothing has been sent to this receiver yet.
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table aria-label="Delivery log">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Event</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Answer</Table.Th>
            <Table.Th scope="col">Last attempt</Table.Th>
            <Table.Th scope="col">Next attempt</Table.Th>
            <Table.Th scope="col">Redeliver</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deliveries.data.items.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>{WEBHOOK_EVENT_LABELS[d.eventType as WebhookEvent] ?? d.eventType}</Table.Td>
              <Table.Td>
                <ToneBadge tone={TONE[d.status]}>{d.status === 'pending' ? 'Retrying' : d.status === 'delivered' ? 'Delivered' : 'Failed'}</ToneBadge>{' '}
                <Text span size="sm" c="dimmed">
                  {d.attempts} {d.attempts === 1 ? 'attempt' : 'attempts'}
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
                  Send again
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
