import { Button, Card, Code, Group, List, PasswordInput, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { useDepartmentOptions } from '../../departments';
import { CHANNEL_EVENT_LABELS, ChannelEventsField, type ChannelEvent } from '../../slack';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { useAddTeamsChannel, useAddTeamsOutgoingWebhook, useRemoveTeamsChannel, useRemoveTeamsOutgoingWebhook, useTeamsSettings } from '../api/teams';

const EVERY_DEPARTMENT = 'all';

/** Teams channels that receive stories as Adaptive Cards, and the outgoing webhook that answers @Heroics. */
export function TeamsSettingsCard() {
  const settings = useTeamsSettings();
  const addChannel = useAddTeamsChannel();
  const removeChannel = useRemoveTeamsChannel();
  const addWebhook = useAddTeamsOutgoingWebhook();
  const removeWebhook = useRemoveTeamsOutgoingWebhook();
  const departments = useDepartmentOptions();
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [department, setDepartment] = useState<string>(EVERY_DEPARTMENT);
  const [events, setEvents] = useState<ChannelEvent[]>(['story.published', 'story.featured', 'champion']);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [webhookName, setWebhookName] = useState('');
  const [token, setToken] = useState('');
  const [tokenError, setTokenError] = useState<string>();

  if (settings.isError) return <ErrorPanel message={problemMessage(settings.error)} onRetry={() => void settings.refetch()} />;
  const data = settings.data;
  return (
    <Card withBorder radius="lg" p="lg">
      <Stack gap="md">
        <Title order={2} size="h3">
          Microsoft Teams
        </Title>
        <Text size="sm">
          In a Teams channel, add the Workflows template “Post to a channel when a webhook request is received” and paste its URL here. The URL is kept sealed
          and not shown again.
        </Text>
        {data && data.channels.length > 0 && (
          <List spacing="xs">
            {data.channels.map((c) => (
              <List.Item key={c.id}>
                <Group gap="xs">
                  <Text fw={600}>{c.name}</Text>
                  <Text size="sm" c="dimmed">
                    {c.departmentName ?? 'Every department'} · {c.events.map((e) => CHANNEL_EVENT_LABELS[e]).join(', ')} · {c.webhookHost}
                  </Text>
                  <Button size="compact-sm" variant="default" aria-label={`Stop posting to ${c.name}`} onClick={() => removeChannel.mutate(c.id)}>
                    Remove
                  </Button>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        <Stack
          gap="sm"
          component="form"
          onSubmit={(event) => {
            event.preventDefault();
            setErrors({});
            addChannel.mutate(
              { name, webhookUrl: url, departmentId: department === EVERY_DEPARTMENT ? null : department, events },
              {
                onSuccess: () => {
                  setName('');
                  setUrl('');
                },
                onError: (error) => {
                  const { fields } = fieldErrorsFor(error, ['name', 'webhookUrl', 'departmentId', 'events']);
                  setErrors(Object.keys(fields).length ? fields : { webhookUrl: problemMessage(error) });
                },
              },
            );
          }}
        >
          <Group align="flex-start" grow>
            <TextInput
              label="Channel name"
              placeholder="Support floor"
              required
              maxLength={80}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors.name}
            />
            <Select
              label="Stories about"
              data={[{ value: EVERY_DEPARTMENT, label: 'Every department' }, ...departments]}
              value={department}
              onChange={(v) => setDepartment(v ?? EVERY_DEPARTMENT)}
              allowDeselect={false}
            />
          </Group>
          <TextInput
            label="Workflows URL"
            placeholder="https://…logic.azure.com/workflows/…"
            required
            maxLength={2000}
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            error={errors.webhookUrl}
          />
          <ChannelEventsField value={events} onChange={setEvents} error={errors.events} />
          <Group>
            <Button type="submit" loading={addChannel.isPending} disabled={!name.trim() || !url.trim() || events.length === 0}>
              Add Teams channel
            </Button>
          </Group>
        </Stack>
        <Title order={3} size="h4">
          @Heroics in Teams
        </Title>
        <Text size="sm">
          In Teams: Manage team → Apps → Create an outgoing webhook, with the callback URL <Code>{data?.outgoingWebhookUrl}</Code>. Paste the security token
          Teams shows.
        </Text>
        {data?.outgoingWebhooks.map((w) => (
          <Group key={w.id} gap="xs">
            <Text>{w.name}</Text>
            <Button size="compact-sm" variant="default" aria-label={`Forget ${w.name}`} onClick={() => removeWebhook.mutate(w.id)}>
              Remove
            </Button>
          </Group>
        ))}
        <Group
          align="flex-end"
          component="form"
          onSubmit={(event) => {
            event.preventDefault();
            setTokenError(undefined);
            addWebhook.mutate(
              { name: webhookName, securityToken: token },
              {
                onSuccess: () => {
                  setWebhookName('');
                  setToken('');
                },
                onError: (error) => setTokenError(fieldErrorsFor(error, ['securityToken']).fields.securityToken ?? problemMessage(error)),
              },
            );
          }}
        >
          <TextInput
            label="Team"
            placeholder="Support team"
            required
            maxLength={80}
            value={webhookName}
            onChange={(e) => setWebhookName(e.currentTarget.value)}
          />
          <PasswordInput
            label="Security token"
            required
            maxLength={200}
            value={token}
            onChange={(e) => setToken(e.currentTarget.value)}
            error={tokenError}
            style={{ flex: 1 }}
            miw={220}
          />
          <Button type="submit" loading={addWebhook.isPending} disabled={!webhookName.trim() || !token.trim()}>
            Add
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
