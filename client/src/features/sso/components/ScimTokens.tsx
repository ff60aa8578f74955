import { Alert, Button, Card, Code, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { ActionsTable } from '../../../components/ui/actions-table';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { useCreateScimToken, useRevokeScimToken, useScimTokens } from '../api/sso';

/** SCIM bearer tokens: created here, shown once, revoked here. */
export function ScimTokens({ scimBaseUrl }: { scimBaseUrl: string }) {
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
          Provisioning (SCIM)
        </Title>
        <Text size="sm" c="dimmed">
          Your identity provider creates, updates and deactivates people through SCIM 2.0 at <Code>{scimBaseUrl}</Code>. People it manages show “Managed by your
          identity provider” in the roster, and the details it owns can only be changed there.
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
              label="Token name"
              placeholder="e.g. Okta provisioning"
              maxLength={80}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={nameError}
              style={{ flex: 1 }}
              miw={200}
            />
            <Button type="submit" loading={create.isPending} disabled={!name.trim()}>
              Create token
            </Button>
          </Group>
        </form>
        {shown && (
          <Alert color="green" variant="light" title="Copy this token now" role="status">
            <Stack gap={4}>
              <Text size="sm">It is shown this once; Heroics keeps only a fingerprint of it. Paste it into your identity provider as the bearer token.</Text>
              <Code block data-testid="scim-token">
                {shown}
              </Code>
            </Stack>
          </Alert>
        )}
        <ActionsTable minWidth={420} columns={['Token', 'Last used']} verticalSpacing="xs">
          {(tokens.data ?? []).map((token) => (
            <Table.Tr key={token.id}>
              <Table.Td>
                {token.name}
                {token.revokedAt ? ' (revoked)' : ''}
              </Table.Td>
              <Table.Td>{token.lastUsedAt ? new Date(token.lastUsedAt).toLocaleString() : 'Never'}</Table.Td>
              <Table.Td>
                {!token.revokedAt && (
                  <Button size="xs" variant="subtle" color="red" onClick={() => revoke.mutate(token.id)} aria-label={`Revoke ${token.name}`}>
                    Revoke
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
