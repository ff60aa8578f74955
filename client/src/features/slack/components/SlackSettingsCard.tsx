import { Alert, Anchor, Button, Code, Group, PasswordInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ActionsTable } from '../../../components/ui/actions-table';
import { ToneBadge } from '../../../components/ui/badges';
import { RemoveButton, SettingsCard } from '../../../components/ui/settings-card';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { useMutationForm } from '../../../lib/mutation-form';
import {
  CHANNEL_EVENT_LABELS,
  useAddSlackRoute,
  useConnectSlack,
  useDisconnectSlack,
  useDownloadSlackManifest,
  useRemoveSlackRoute,
  useSlackSettings,
} from '../api/slack';
import { ChannelEventsField, StoriesAboutSelect, useChannelChoice } from './ChannelEventsField';

/** Connect the company's Slack app, and choose which channel hears which department's stories. */
export function SlackSettingsCard() {
  const settings = useSlackSettings();
  const connect = useConnectSlack();
  const disconnect = useDisconnectSlack();
  const addRoute = useAddSlackRoute();
  const removeRoute = useRemoveSlackRoute();
  const manifest = useDownloadSlackManifest();
  const [secret, setSecret] = useState('');
  const [token, setToken] = useState('');
  const [connectErrors, setConnectErrors] = useState<Record<string, string>>({});
  const [channel, setChannel] = useState('');
  const choice = useChannelChoice();
  const routeForm = useMutationForm(['channelId', 'departmentId', 'events'], 'channelId');

  const data = settings.data;
  return (
    <SettingsCard
      title="Slack"
      badge={data && (data.connected ? <ToneBadge tone="green">Connected to {data.teamName}</ToneBadge> : <ToneBadge tone="slate">Not connected</ToneBadge>)}
      error={settings.isError ? problemMessage(settings.error) : undefined}
      onRetry={() => void settings.refetch()}
    >
      <Text size="sm">
        People tell stories with <Code>/hero</Code>, endorse with a button on posted stories, and see new stories in their department&apos;s channel. Create the
        Slack app from the{' '}
        <Anchor
          component="button"
          type="button"
          fz="sm"
          onClick={() =>
            manifest.mutate(undefined, { onError: (error) => notifications.show({ color: 'red', title: 'No manifest', message: problemMessage(error) }) })
          }
        >
          app manifest
        </Anchor>{' '}
        (your addresses are filled in), install it, then paste its credentials here.
      </Text>
      {data && !data.connected && (
        <Stack
          gap="sm"
          component="form"
          onSubmit={(event) => {
            event.preventDefault();
            setConnectErrors({});
            connect.mutate(
              { signingSecret: secret, botToken: token },
              {
                onSuccess: () => {
                  setSecret('');
                  setToken('');
                  notifications.show({ color: 'green', title: 'Slack connected', message: 'Now choose the channels that hear about stories.' });
                },
                onError: (error) => {
                  const { fields, unmatched } = fieldErrorsFor(error, ['signingSecret', 'botToken']);
                  setConnectErrors({
                    ...fields,
                    ...(unmatched.length || !Object.keys(fields).length ? { botToken: fields.botToken ?? problemMessage(error) } : {}),
                  });
                },
              },
            );
          }}
        >
          <PasswordInput
            label="Signing secret"
            description="Basic Information → App Credentials"
            required
            maxLength={200}
            value={secret}
            onChange={(e) => setSecret(e.currentTarget.value)}
            error={connectErrors.signingSecret}
          />
          <PasswordInput
            label="Bot token"
            description="OAuth & Permissions → Bot User OAuth Token (xoxb-…)"
            required
            maxLength={300}
            value={token}
            onChange={(e) => setToken(e.currentTarget.value)}
            error={connectErrors.botToken}
          />
          <Group>
            <Button type="submit" loading={connect.isPending} disabled={!secret.trim() || !token.trim()}>
              Connect Slack
            </Button>
          </Group>
        </Stack>
      )}
      {data?.connected && (
        <>
          <Text size="sm">
            Request URL for the slash command: <Code>{data.commandsUrl}</Code> · for interactivity: <Code>{data.interactionsUrl}</Code>
          </Text>
          {data.routes.length === 0 ? (
            <Alert color="blue" variant="light">
              No channel hears about stories yet.
            </Alert>
          ) : (
            <ActionsTable minWidth={480} columns={['Channel', 'Department', 'Posts']}>
              {data.routes.map((route) => (
                <Table.Tr key={route.id}>
                  <Table.Td>#{route.channelName}</Table.Td>
                  <Table.Td>{route.departmentName ?? 'Every department'}</Table.Td>
                  <Table.Td>{route.events.map((e) => CHANNEL_EVENT_LABELS[e]).join(', ')}</Table.Td>
                  <Table.Td>
                    <RemoveButton label={`Stop posting to #${route.channelName}`} onClick={() => removeRoute.mutate(route.id)} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </ActionsTable>
          )}
          <Stack
            gap="sm"
            component="form"
            onSubmit={routeForm.submit(addRoute, { channel, departmentId: choice.departmentId, events: choice.events }, () => setChannel(''))}
          >
            <Group align="flex-start" grow>
              <TextInput
                label="Channel"
                placeholder="#support-heroes"
                required
                maxLength={80}
                value={channel}
                onChange={(e) => setChannel(e.currentTarget.value)}
                error={routeForm.errors.channelId}
              />
              <StoriesAboutSelect value={choice.department} onChange={choice.setDepartment} error={routeForm.errors.departmentId} />
            </Group>
            <ChannelEventsField value={choice.events} onChange={choice.setEvents} error={routeForm.errors.events} />
            <Group>
              <Button type="submit" loading={addRoute.isPending} disabled={!channel.trim() || choice.events.length === 0}>
                Add channel
              </Button>
              <Button
                variant="subtle"
                color="red"
                loading={disconnect.isPending}
                onClick={() =>
                  disconnect.mutate(undefined, {
                    onSuccess: () =>
                      notifications.show({ color: 'green', title: 'Slack disconnected', message: 'The bot token was revoked; nothing more is posted.' }),
                  })
                }
              >
                Disconnect Slack
              </Button>
            </Group>
          </Stack>
        </>
      )}
    </SettingsCard>
  );
}
