import { Alert, Button, Code, CopyButton, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ActionsTable } from '../../../components/ui/actions-table';
import { ToneBadge } from '../../../components/ui/badges';
import { EventsField } from '../../../components/ui/events-field';
import { RemoveButton, SettingsCard } from '../../../components/ui/settings-card';
import { problemMessage } from '../../../lib/problem';
import { useMutationForm } from '../../../lib/mutation-form';
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
  const form = useMutationForm(['name', 'url', 'events'], 'url');
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [open, setOpen] = useState<string | null>(null);

  return (
    <SettingsCard title="Webhooks" error={webhooks.isError ? problemMessage(webhooks.error) : undefined} onRetry={() => void webhooks.refetch()}>
      <Text size="sm">
        Each delivery is a JSON POST signed with <Code>Heroics-Signature: t=…,v1=…</Code> (HMAC-SHA256 of <Code>t.body</Code> under the secret) and retried with
        backoff; a receiver that keeps failing is paused.
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
        <ActionsTable minWidth={560} columns={['Receiver', 'Events', 'Status']}>
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
                  <RemoveButton label={`Remove ${w.name}`} color="red" onClick={() => remove.mutate(w.id)} />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </ActionsTable>
      )}
      {open && <DeliveryLog subscriptionId={open} />}
      <Stack
        gap="sm"
        component="form"
        onSubmit={form.submit(create, { name, url, events }, (created) => {
          setSecret({ name: created.name, value: created.secret });
          setName('');
          setUrl('');
        })}
      >
        <Group align="flex-start" grow>
          <TextInput
            label="Receiver name"
            placeholder="Zendesk"
            required
            maxLength={80}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={form.errors.name}
          />
          <TextInput
            label="Address"
            placeholder="https://hooks.example.com/heroics"
            required
            maxLength={2000}
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            error={form.errors.url}
          />
        </Group>
        <EventsField label="Events" labels={WEBHOOK_EVENT_LABELS} value={events} onChange={setEvents} error={form.errors.events} />
        <Group>
          <Button type="submit" loading={create.isPending} disabled={!name.trim() || !url.trim() || events.length === 0}>
            Add webhook
          </Button>
        </Group>
      </Stack>
    </SettingsCard>
  );
}
