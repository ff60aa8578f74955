import { Alert, Anchor, Button, Card, Code, Group, PasswordInput, Select, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ToneBadge } from '../../../components/ui/badges';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { useDepartmentOptions } from '../../departments';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import {
  CHANNEL_EVENT_LABELS,
  type ChannelEvent,
  useAddSlackRoute,
  useConnectSlack,
  useDisconnectSlack,
  useDownloadSlackManifest,
  useRemoveSlackRoute,
  useSlackSettings,
} from '../api/slack';
import { ChannelEventsField } from './ChannelEventsField';

const EVERY_DEPARTMENT = 'all';

/** Connect the company's Slack app, and choose which channel hears which department's stories. */
export function SlackSettingsCard() {
  const settings = useSlackSettings();
  const connect = useConnectSlack();
  const disconnect = useDisconnectSlack();
  const addRoute = useAddSlackRoute();
  const removeRoute = useRemoveSlackRoute();
  const manifest = useDownloadSlackManifest();
  const departments = useDepartmentOptions();
  const [secret, setSecret] = useState('');
  const [token, setToken] = useState('');
  const [connectErrors, setConnectErrors] = useState<Record<string, string>>({});
  const [channel, setChannel] = useState('');
  const [department, setDepartment] = useState<string>(EVERY_DEPARTMENT);
  const [events, setEvents] = useState<ChannelEvent[]>(['story.published', 'story.featured', 'champion']);
  const [routeErrors, setRouteErrors] = useState<Record<string, string>>({});

  if (settings.isError) return <ErrorPanel message={problemMessage(settings.error)} onRetry={() => void settings.refetch()} />;
  const data = settings.data;
  return (
    <Card withBorder radius="lg" p="lg">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3">
            Slack
          </Title>
          {data && (data.connected ? <ToneBadge tone="green">Connected to {data.teamName}</ToneBadge> : <ToneBadge tone="slate">Not connected</ToneBadge>)}
        </Group>
        <Text size="sm">
          People tell stories with <Code>/hero</Code>, endorse with a button on posted stories, and see new stories in their department&apos;s channel. Create
          the Slack app from the{' '}
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
              <Table.ScrollContainer minWidth={480}>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Channel</Table.Th>
                      <Table.Th scope="col">Department</Table.Th>
                      <Table.Th scope="col">Posts</Table.Th>
                      <Table.Th scope="col">
                        <VisuallyHidden>Actions</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.routes.map((route) => (
                      <Table.Tr key={route.id}>
                        <Table.Td>#{route.channelName}</Table.Td>
                        <Table.Td>{route.departmentName ?? 'Every department'}</Table.Td>
                        <Table.Td>{route.events.map((e) => CHANNEL_EVENT_LABELS[e]).join(', ')}</Table.Td>
                        <Table.Td>
                          <Button
                            size="compact-sm"
                            variant="default"
                            aria-label={`Stop posting to #${route.channelName}`}
                            onClick={() => removeRoute.mutate(route.id)}
                          >
                            Remove
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            <Stack
              gap="sm"
              component="form"
              onSubmit={(event) => {
                event.preventDefault();
                setRouteErrors({});
                addRoute.mutate(
                  { channel, departmentId: department === EVERY_DEPARTMENT ? null : department, events },
                  {
                    onSuccess: () => setChannel(''),
                    onError: (error) => {
                      const { fields } = fieldErrorsFor(error, ['channelId', 'departmentId', 'events']);
                      setRouteErrors(Object.keys(fields).length ? fields : { channelId: problemMessage(error) });
                    },
                  },
                );
              }}
            >
              <Group align="flex-start" grow>
                <TextInput
                  label="Channel"
                  placeholder="#support-heroes"
                  required
                  maxLength={80}
                  value={channel}
                  onChange={(e) => setChannel(e.currentTarget.value)}
                  error={routeErrors.channelId}
                />
                <Select
                  label="Stories about"
                  data={[{ value: EVERY_DEPARTMENT, label: 'Every department' }, ...departments]}
                  value={department}
                  onChange={(v) => setDepartment(v ?? EVERY_DEPARTMENT)}
                  allowDeselect={false}
                  error={routeErrors.departmentId}
                />
              </Group>
              <ChannelEventsField value={events} onChange={setEvents} error={routeErrors.events} />
              <Group>
                <Button type="submit" loading={addRoute.isPending} disabled={!channel.trim() || events.length === 0}>
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
      </Stack>
    </Card>
  );
}
