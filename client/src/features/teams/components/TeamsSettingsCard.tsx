import { Button, Code, Group, List, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { RemoveButton, SettingsCard } from '../../../components/ui/settings-card';
import { problemMessage } from '../../../lib/problem';
import { useMutationForm } from '../../../lib/mutation-form';
import { channelEventLabels, ChannelEventsField, StoriesAboutSelect, useChannelChoice } from '../../slack';
import { useAddTeamsChannel, useAddTeamsOutgoingWebhook, useRemoveTeamsChannel, useRemoveTeamsOutgoingWebhook, useTeamsSettings } from '../api/teams';
import { formatList } from '../../../lib/intl';
import { Trans, useTranslation } from 'react-i18next';

/** Teams channels that receive stories as Adaptive Cards, and the outgoing webhook that answers @Heroics. */
export function TeamsSettingsCard() {
  const { t } = useTranslation('teams');
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
    <SettingsCard title="Microsoft Teams" brand error={settings.isError ? problemMessage(settings.error) : undefined} onRetry={() => void settings.refetch()}>
      <Text size="sm">{t('intro')}</Text>
      {data && data.channels.length > 0 && (
        <List spacing="xs">
          {data.channels.map((c) => (
            <List.Item key={c.id}>
              <Group gap="xs">
                <Text fw={600}>{c.name}</Text>
                <Text size="sm" c="dimmed">
                  {c.departmentName ?? t('everyDepartment')} · {formatList(c.events.map((e) => channelEventLabels()[e]))} · {c.webhookHost}
                </Text>
                <RemoveButton label={t('stopPosting', { name: c.name })} onClick={() => removeChannel.mutate(c.id)} />
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
            label={t('channelName')}
            placeholder={t('channelPlaceholder')}
            required
            maxLength={80}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={channelForm.errors.name}
          />
          <StoriesAboutSelect value={choice.department} onChange={choice.setDepartment} />
        </Group>
        <TextInput
          label={t('workflowsUrl')}
          placeholder={t('workflowsPlaceholder')}
          required
          maxLength={2000}
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          error={channelForm.errors.webhookUrl}
        />
        <ChannelEventsField value={choice.events} onChange={choice.setEvents} error={channelForm.errors.events} />
        <Group>
          <Button type="submit" loading={addChannel.isPending} disabled={!name.trim() || !url.trim() || choice.events.length === 0}>
            {t('addChannel')}
          </Button>
        </Group>
      </Stack>
      <Title order={3} size="h4">
        {t('outgoingTitle')}
      </Title>
      <Text size="sm">
        <Trans t={t} i18nKey="outgoingHelp" values={{ url: data?.outgoingWebhookUrl ?? '' }} components={{ code: <Code /> }} />
      </Text>
      {data?.outgoingWebhooks.map((w) => (
        <Group key={w.id} gap="xs">
          <Text>{w.name}</Text>
          <RemoveButton label={t('forget', { name: w.name })} onClick={() => removeWebhook.mutate(w.id)} />
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
          label={t('team')}
          placeholder={t('teamPlaceholder')}
          required
          maxLength={80}
          value={webhookName}
          onChange={(e) => setWebhookName(e.currentTarget.value)}
        />
        <PasswordInput
          visibilityToggleButtonProps={{ 'aria-label': t('ui:togglePassword') }}
          label={t('securityToken')}
          required
          maxLength={200}
          value={token}
          onChange={(e) => setToken(e.currentTarget.value)}
          error={webhookForm.errors.securityToken}
          style={{ flex: 1 }}
          miw={220}
        />
        <Button type="submit" loading={addWebhook.isPending} disabled={!webhookName.trim() || !token.trim()}>
          {t('add')}
        </Button>
      </Group>
    </SettingsCard>
  );
}
