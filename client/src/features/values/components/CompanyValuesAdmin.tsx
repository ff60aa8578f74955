import { Button, Card, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ActionsTable } from '../../../components/ui/actions-table';
import { ToneBadge } from '../../../components/ui/badges';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { useCompanyValues, useCreateCompanyValue, useUpdateCompanyValue } from '../api/company-values';

/** Admins curate the values stories are tagged with; retired values stay on old stories. */
export function CompanyValuesAdmin() {
  const values = useCompanyValues({ includeRetired: true });
  const create = useCreateCompanyValue();
  const update = useUpdateCompanyValue();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();

  if (values.isError) return <ErrorPanel message={problemMessage(values.error)} onRetry={() => void values.refetch()} />;
  return (
    <Stack gap="lg">
      <Card
        withBorder
        radius="lg"
        p="lg"
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          setNameError(undefined);
          create.mutate(
            { name, description: description || undefined },
            {
              onSuccess: () => {
                setName('');
                setDescription('');
                notifications.show({ color: 'green', title: 'Value added', message: `“${name}” can now be chosen for stories.` });
              },
              onError: (error) => {
                const { fields } = fieldErrorsFor(error, ['name', 'description']);
                setNameError(fields.name ?? problemMessage(error));
              },
            },
          );
        }}
      >
        <Group align="flex-end">
          <TextInput
            label="New value"
            placeholder="e.g. Listening"
            maxLength={60}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={nameError}
            w={240}
          />
          <TextInput
            label="What it means (optional)"
            maxLength={240}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            style={{ flex: 1 }}
            miw={220}
          />
          <Button type="submit" loading={create.isPending} disabled={!name.trim()}>
            Add value
          </Button>
        </Group>
      </Card>
      <Card withBorder radius="lg" p={0}>
        <ActionsTable minWidth={560} columns={['Value', 'Stories', 'Status']} verticalSpacing="sm" horizontalSpacing="md">
          {(values.data ?? []).map((value) => (
            <Table.Tr key={value.id}>
              <Table.Td>
                <Text fw={600}>{value.name}</Text>
                {value.description && (
                  <Text size="sm" c="dimmed">
                    {value.description}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{value.storyCount}</Table.Td>
              <Table.Td>{value.retired ? <ToneBadge tone="slate">Retired</ToneBadge> : <ToneBadge tone="green">In use</ToneBadge>}</Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => {
                      const renamed = window.prompt(`Rename “${value.name}” to`, value.name)?.trim();
                      if (renamed && renamed !== value.name)
                        update.mutate(
                          { id: value.id, changes: { name: renamed } },
                          { onError: (error) => notifications.show({ color: 'red', title: 'Not renamed', message: problemMessage(error) }) },
                        );
                    }}
                    aria-label={`Rename ${value.name}`}
                  >
                    Rename
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => update.mutate({ id: value.id, changes: { retired: !value.retired } })}
                    aria-label={`${value.retired ? 'Restore' : 'Retire'} ${value.name}`}
                  >
                    {value.retired ? 'Restore' : 'Retire'}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </ActionsTable>
      </Card>
    </Stack>
  );
}
