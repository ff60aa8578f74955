import { Alert, Button, Card, Checkbox, Code, CopyButton, Group, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { ToneBadge } from '../../../components/ui/badges';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { useCreateWebhook, useRemoveWebhook, useUpdateWebhook, useWebhooks, WEBHOOK_EVENT_LABELS, type WebhookEvent } from '../api/webhooks';
import { DeliveryLog } from './DeliveryLog';

/** Outgoing webhooks: an outside system (a helpdesk, an HR tool) told of events, each delivery signed. */
export function WebhooksCard() {
  const webhooks = useWebhooks();
  const create = useCreateWebhook();
  const update = useUpdateWebhook();
  const remove = useRemoveWebhook();
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>(['story.published']);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [open, setOpen] = useState<string | null>(null);

  if (webhooks.isError) return <ErrorPanel message={problemMessage(webhooks.error)} onRetry={() => void webhooks.refetch()} />;
  return (
    <Card withBorder radius="lg" p="lg">
      <Stack gap="md">
        <Title order={2} size="h3">
          Webhooks
        </Title>
        <Text size="sm">
          Each delivery is a JSON POST signed with <Code>Heroics-Signature: t=…,v1=…</Code> (HMAC-SHA256 of <Code>t.body</Code> under the secret) and retried
          with backoff; a receiver that keeps failing is paused.
        </Text>
        {secret && (
          <Alert
            color="blue"
            variant="light"
            title={`Signing secret for ${secret.name}`}
            withCloseButton
            onClose={() => setSecret(null)}
            closeButtonLabel="I have saved the secret"
          >
            <Stack gap="xs">
              <Text size="sm">Copy it into the receiving system now: it is not shown again.</Text>
              <Group gap="xs">
                <Code data-testid="webhook-secret">{secret.value}</Code>
                <CopyButton value={secret.value}>
                  {({ copied, copy }) => (
                    <Button size="compact-sm" variant="default" onClick={copy}>
                      {copied ? 'Copied' : 'Copy'}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          </Alert>
        )}
        {(webhooks.data ?? []).length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Receiver</Table.Th>
                  <Table.Th scope="col">Events</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(webhooks.data ?? []).map((w) => (
                  <Table.Tr key={w.id}>
                    <Table.Td>
                      <Text fw={600}>{w.name}</Text>
                      <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {w.url}
                      </Text>
                    </Table.Td>
                    <Table.Td>{w.events.map((e) => WEBHOOK_EVENT_LABELS[e]).join(', ')}</Table.Td>
                    <Table.Td>
                      {w.pausedAt ? (
                        <ToneBadge tone="red">Paused after {w.consecutiveFailures} failed deliveries</ToneBadge>
                      ) : w.active ? (
                        <ToneBadge tone="green">Active</ToneBadge>
                      ) : (
                        <ToneBadge tone="slate">Off</ToneBadge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="default"
                          onClick={() => setOpen(open === w.id ? null : w.id)}
                          aria-expanded={open === w.id}
                          aria-label={`Deliveries to ${w.name}`}
                        >
                          Deliveries
                        </Button>
                        {(w.pausedAt || !w.active) && (
                          <Button
                            size="compact-sm"
                            variant="default"
                            onClick={() => update.mutate({ id: w.id, changes: { active: true } })}
                            aria-label={`Resume ${w.name}`}
                          >
                            Resume
                          </Button>
                        )}
                        <Button size="compact-sm" variant="default" color="red" onClick={() => remove.mutate(w.id)} aria-label={`Remove ${w.name}`}>
                          Remove
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {open && <DeliveryLog subscriptionId={open} />}
        <Stack
          gap="sm"
          component="form"
          onSubmit={(event) => {
            event.preventDefault();
            setErrors({});
            create.mutate(
              { name, url, events },
              {
                onSuccess: (created) => {
                  setSecret({ name: created.name, value: created.secret });
                  setName('');
                  setUrl('');
                },
                onError: (error) => {
                  const { fields } = fieldErrorsFor(error, ['name', 'url', 'events']);
                  setErrors(Object.keys(fields).length ? fields : { url: problemMessage(error) });
                },
              },
            );
          }}
        >
          <Group align="flex-start" grow>
            <TextInput
              label="Receiver name"
              placeholder="Zendesk"
              required
              maxLength={80}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors.name}
            />
            <TextInput
              label="Address"
              placeholder="https://hooks.example.com/heroics"
              required
              maxLength={2000}
              value={url}
              onChange={(e) => setUrl(e.currentTarget.value)}
              error={errors.url}
            />
          </Group>
          <Checkbox.Group label="Events" value={events} onChange={(v) => setEvents(v as WebhookEvent[])} error={errors.events} required>
            <Group mt="xs" gap="md">
              {(Object.keys(WEBHOOK_EVENT_LABELS) as WebhookEvent[]).map((e) => (
                <Checkbox key={e} value={e} label={WEBHOOK_EVENT_LABELS[e]} />
              ))}
            </Group>
          </Checkbox.Group>
          <Group>
            <Button type="submit" loading={create.isPending} disabled={!name.trim() || !url.trim() || events.length === 0}>
              Add webhook
            </Button>
          </Group>
        </Stack>
      </Stack>
    </Card>
  );
}
