import { Button, Code, Group, List, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { RemoveButton, SettingsCard } from '../../../components/ui/settings-card';
import { problemMessage } from '../../../lib/problem';
import { useMutationForm } from '../../../lib/mutation-form';
import { CHANNEL_EVENT_LABELS, ChannelEventsField, StoriesAboutSelect, useChannelChoice } from '../../slack';
import { useAddTeamsChannel, useAddTeamsOutgoingWebhook, useRemoveTeamsChannel, useRemoveTeamsOutgoingWebhook, useTeamsSettings } from '../api/teams';

/** Teams channels that receive stories as Adaptive Cards, and the outgoing webhook that answers @Heroics. */
export function TeamsSettingsCard() {
  const settings = useTeamsSettings();
  const addChannel = useAddTeamsChannel();
  const removeChannel = useRemoveTeamsChannel();
  const addWebhook = useAddTeamsOutgoingWebhook();
  const removeWebhook = useRemoveTeamsOutgoingWebhook();
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const choice = useChannelChoice();
  const channelForm = useMutationForm(['name', 'webhookUrl', 'departmentId', 'events'], 'webhookUrl');
  const [webhookName, setWebhookName] = useState('');
  const [token, setToken] = useState('');
  const webhookForm = useMutationForm(['securityToken'], 'securityToken');

  const data = settings.data;
  return (
    <SettingsCard title="Microsoft Teams" error={settings.isError ? problemMessage(settings.error) : undefined} onRetry={() => void settings.refetch()}>
      <Text size="sm">
        In a Teams channel, add the Workflows template “Post to a channel when a webhook request is received” and paste its URL here. The URL is kept sealed and
        not shown again.
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
                <RemoveButton label={`Stop posting to ${c.name}`} onClick={() => removeChannel.mutate(c.id)} />
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <Stack
        gap="sm"
        component="form"
        onSubmit={channelForm.submit(addChannel, { name, webhookUrl: url, departmentId: choice.departmentId, events: choice.events }, () => {
          setName('');
          setUrl('');
        })}
      >
        <Group align="flex-start" grow>
          <TextInput
            label="Channel name"
            placeholder="Support floor"
            required
            maxLength={80}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={channelForm.errors.name}
          />
          <StoriesAboutSelect value={choice.department} onChange={choice.setDepartment} />
        </Group>
        <TextInput
          label="Workflows URL"
          placeholder="https://…logic.azure.com/workflows/…"
          required
          maxLength={2000}
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          error={channelForm.errors.webhookUrl}
        />
        <ChannelEventsField value={choice.events} onChange={choice.setEvents} error={channelForm.errors.events} />
        <Group>
          <Button type="submit" loading={addChannel.isPending} disabled={!name.trim() || !url.trim() || choice.events.length === 0}>
            Add Teams channel
          </Button>
        </Group>
      </Stack>
      <Title order={3} size="h4">
        @Heroics in Teams
      </Title>
      <Text size="sm">
        In Teams: Manage team → Apps → Create an outgoing webhook, with the callback URL <Code>{data?.outgoingWebhookUrl}</Code>. Paste the security token Teams
        shows.
      </Text>
      {data?.outgoingWebhooks.map((w) => (
        <Group key={w.id} gap="xs">
          <Text>{w.name}</Text>
          <RemoveButton label={`Forget ${w.name}`} onClick={() => removeWebhook.mutate(w.id)} />
        </Group>
      ))}
      <Group
        align="flex-end"
        component="form"
        onSubmit={webhookForm.submit(addWebhook, { name: webhookName, securityToken: token }, () => {
          setWebhookName('');
          setToken('');
        })}
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
          error={webhookForm.errors.securityToken}
          style={{ flex: 1 }}
          miw={220}
        />
        <Button type="submit" loading={addWebhook.isPending} disabled={!webhookName.trim() || !token.trim()}>
          Add
        </Button>
      </Group>
    </SettingsCard>
  );
}
