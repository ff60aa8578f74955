import { Alert, Button, Code, CopyButton, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ActionsTable } from '../../../components/ui/actions-table';
import { ToneBadge } from '../../../components/ui/badges';
import { EventsField } from '../../../components/ui/events-field';
import { RemoveButton, SettingsCard } from '../../../components/ui/settings-card';
import { problemMessage } from '../../../lib/problem';
import { useMutationForm } from '../../../lib/mutation-form';
import { useCreateWebhook, useRemoveWebhook, useUpdateWebhook, useWebhooks, webhookEventLabels, type WebhookEvent } from '../api/webhooks';
import { DeliveryLog } from './DeliveryLog';
import { formatList } from '../../../lib/intl';
import { Trans, useTranslation } from 'react-i18next';

/** Outgoing webhooks: an outside system (a helpdesk, an HR tool) told of events, each delivery signed. */
export function WebhooksCard() {
  const { t } = useTranslation('webhooks');
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
    <SettingsCard title={t('title')} error={webhooks.isError ? problemMessage(webhooks.error) : undefined} onRetry={() => void webhooks.refetch()}>
      <Text size="sm">
        <Trans t={t} i18nKey="intro" components={{ code: <Code /> }} />
      </Text>
      {secret && (
        <Alert
          color="blue"
          variant="light"
          title={t('secret.title', { name: secret.name })}
          withCloseButton
          onClose={() => setSecret(null)}
          closeButtonLabel={t('secret.saved')}
        >
          <Stack gap="xs">
            <Text size="sm">{t('secret.help')}</Text>
            <Group gap="xs">
              <Code data-testid="webhook-secret">{secret.value}</Code>
              <CopyButton value={secret.value}>
                {({ copied, copy }) => (
                  <Button size="compact-sm" variant="default" onClick={copy}>
                    {copied ? t('secret.copied') : t('secret.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        </Alert>
      )}
      {(webhooks.data ?? []).length > 0 && (
        <ActionsTable minWidth={560} columns={[t('column.receiver'), t('column.events'), t('column.status')]}>
          {(webhooks.data ?? []).map((w) => (
            <Table.Tr key={w.id}>
              <Table.Td>
                <Text fw={600}>{w.name}</Text>
                <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {w.url}
                </Text>
              </Table.Td>
              <Table.Td>{formatList(w.events.map((e) => webhookEventLabels()[e]))}</Table.Td>
              <Table.Td>
                {w.pausedAt ? (
                  <ToneBadge tone="red">{t('paused', { count: w.consecutiveFailures })}</ToneBadge>
                ) : w.active ? (
                  <ToneBadge tone="green">{t('active')}</ToneBadge>
                ) : (
                  <ToneBadge tone="slate">{t('off')}</ToneBadge>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => setOpen(open === w.id ? null : w.id)}
                    aria-expanded={open === w.id}
                    aria-label={t('deliveriesLabel', { name: w.name })}
                  >
                    {t('deliveries')}
                  </Button>
                  {(w.pausedAt || !w.active) && (
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => update.mutate({ id: w.id, changes: { active: true } })}
                      aria-label={t('resumeLabel', { name: w.name })}
                    >
                      {t('resume')}
                    </Button>
                  )}
                  <RemoveButton label={t('removeLabel', { name: w.name })} color="red" onClick={() => remove.mutate(w.id)} />
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
            label={t('receiverName')}
            placeholder={t('receiverPlaceholder')}
            required
            maxLength={80}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={form.errors.name}
          />
          <TextInput
            label={t('address')}
            placeholder={t('addressPlaceholder')}
            required
            maxLength={2000}
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            error={form.errors.url}
          />
        </Group>
        <EventsField label={t('column.events')} labels={webhookEventLabels()} value={events} onChange={setEvents} error={form.errors.events} />
        <Group>
          <Button type="submit" loading={create.isPending} disabled={!name.trim() || !url.trim() || events.length === 0}>
            {t('add')}
          </Button>
        </Group>
      </Stack>
    </SettingsCard>
  );
}
