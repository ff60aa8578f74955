import { Alert, Button, Card, Code, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { ActionsTable } from '../../../components/ui/actions-table';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { useCreateScimToken, useRevokeScimToken, useScimTokens } from '../api/sso';
import { formatDateTime } from '../../../lib/dates';
import { Trans, useTranslation } from 'react-i18next';

/** SCIM bearer tokens: created here, shown once, revoked here. */
export function ScimTokens({ scimBaseUrl }: { scimBaseUrl: string }) {
  const { t } = useTranslation('sso');
  const tokens = useScimTokens();
  const create = useCreateScimToken();
  const revoke = useRevokeScimToken();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string>();
  const [shown, setShown] = useState<string>();

  if (tokens.isError) return <ErrorPanel message={problemMessage(tokens.error)} onRetry={() => void tokens.refetch()} />;
  return (
    <Card withBorder radius="lg" p="lg">
      <Stack gap="md">
        <Title order={2} fz="lg">
          {t('scim.title')}
        </Title>
        <Text size="sm" c="dimmed">
          <Trans t={t} i18nKey="scim.help" values={{ url: scimBaseUrl }} components={{ code: <Code /> }} />
        </Text>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setNameError(undefined);
            create.mutate(name, {
              onSuccess: (created) => {
                setShown(created.token);
                setName('');
              },
              onError: (error) => setNameError(fieldErrorsFor(error, ['name']).fields.name ?? problemMessage(error)),
            });
          }}
        >
          <Group align="flex-end">
            <TextInput
              label={t('scim.name')}
              placeholder={t('scim.namePlaceholder')}
              maxLength={80}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={nameError}
              style={{ flex: 1 }}
              miw={200}
            />
            <Button type="submit" loading={create.isPending} disabled={!name.trim()}>
              {t('scim.create')}
            </Button>
          </Group>
        </form>
        {shown && (
          <Alert color="green" variant="light" title={t('scim.copyNow')} role="status">
            <Stack gap={4}>
              <Text size="sm">{t('scim.shownOnce')}</Text>
              <Code block data-testid="scim-token">
                {shown}
              </Code>
            </Stack>
          </Alert>
        )}
        <ActionsTable minWidth={420} columns={[t('scim.token'), t('scim.lastUsed')]} verticalSpacing="xs">
          {(tokens.data ?? []).map((token) => (
            <Table.Tr key={token.id}>
              <Table.Td>
                {token.name}
                {token.revokedAt ? ` ${t('scim.revoked')}` : ''}
              </Table.Td>
              <Table.Td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('scim.never')}</Table.Td>
              <Table.Td>
                {!token.revokedAt && (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => revoke.mutate(token.id)}
                    aria-label={t('scim.revokeLabel', { name: token.name })}
                  >
                    {t('scim.revoke')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </ActionsTable>
      </Stack>
    </Card>
  );
}
