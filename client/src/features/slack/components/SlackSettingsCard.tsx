import { Alert, Anchor, Button, Code, Group, PasswordInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ActionsTable } from '../../../components/ui/actions-table';
import { ToneBadge } from '../../../components/ui/badges';
import { RemoveButton, SettingsCard } from '../../../components/ui/settings-card';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { useMutationForm } from '../../../lib/mutation-form';
import {
  channelEventLabels,
  useAddSlackRoute,
  useConnectSlack,
  useDisconnectSlack,
  useDownloadSlackManifest,
  useRemoveSlackRoute,
  useSlackSettings,
} from '../api/slack';
import { ChannelEventsField, StoriesAboutSelect, useChannelChoice } from './ChannelEventsField';
import { formatList } from '../../../lib/intl';
import { Trans, useTranslation } from 'react-i18next';

/** Connect the company's Slack app, and choose which channel hears which department's stories. */
export function SlackSettingsCard() {
  const { t } = useTranslation('slack');
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
      brand
      badge={
        data &&
        (data.connected ? (
          <ToneBadge tone="green">{t('connectedTo', { team: data.teamName })}</ToneBadge>
        ) : (
          <ToneBadge tone="slate">{t('notConnected')}</ToneBadge>
        ))
      }
      error={settings.isError ? problemMessage(settings.error) : undefined}
      onRetry={() => void settings.refetch()}
    >
      <Text size="sm">
        <Trans
          t={t}
          i18nKey="intro"
          components={{
            code: <Code />,
            manifest: (
              <Anchor
                component="button"
                type="button"
                fz="sm"
                onClick={() =>
                  manifest.mutate(undefined, {
                    onError: (error) => notifications.show({ color: 'red', title: t('noManifest'), message: problemMessage(error) }),
                  })
                }
              />
            ),
          }}
        />
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
                  notifications.show({ color: 'green', title: t('connected'), message: t('connectedMessage') });
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
            visibilityToggleButtonProps={{ 'aria-label': t('ui:togglePassword') }}
            label={t('signingSecret')}
            description={t('signingSecretHelp')}
            required
            maxLength={200}
            value={secret}
            onChange={(e) => setSecret(e.currentTarget.value)}
            error={connectErrors.signingSecret}
          />
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t('ui:togglePassword') }}
            label={t('botToken')}
            description={t('botTokenHelp')}
            required
            maxLength={300}
            value={token}
            onChange={(e) => setToken(e.currentTarget.value)}
            error={connectErrors.botToken}
          />
          <Group>
            <Button type="submit" loading={connect.isPending} disabled={!secret.trim() || !token.trim()}>
              {t('connect')}
            </Button>
          </Group>
        </Stack>
      )}
      {data?.connected && (
        <>
          <Text size="sm">
            <Trans t={t} i18nKey="urls" values={{ commands: data.commandsUrl, interactions: data.interactionsUrl }} components={{ code: <Code /> }} />
          </Text>
          {data.routes.length === 0 ? (
            <Alert color="blue" variant="light">
              {t('noRoutes')}
            </Alert>
          ) : (
            <ActionsTable minWidth={480} columns={[t('column.channel'), t('column.department'), t('column.posts')]}>
              {data.routes.map((route) => (
                <Table.Tr key={route.id}>
                  <Table.Td>#{route.channelName}</Table.Td>
                  <Table.Td>{route.departmentName ?? t('channel.everyDepartment')}</Table.Td>
                  <Table.Td>{formatList(route.events.map((e) => channelEventLabels()[e]))}</Table.Td>
                  <Table.Td>
                    <RemoveButton label={t('stopPosting', { channel: `#${route.channelName}` })} onClick={() => removeRoute.mutate(route.id)} />
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
                label={t('column.channel')}
                placeholder={t('channelPlaceholder')}
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
                {t('addChannel')}
              </Button>
              <Button
                variant="subtle"
                color="red"
                loading={disconnect.isPending}
                onClick={() =>
                  disconnect.mutate(undefined, {
                    onSuccess: () => notifications.show({ color: 'green', title: t('disconnected'), message: t('disconnectedMessage') }),
                  })
                }
              >
                {t('disconnect')}
              </Button>
            </Group>
          </Stack>
        </>
      )}
    </SettingsCard>
  );
}
