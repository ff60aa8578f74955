import { Button, Card, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ActionsTable } from '../../../components/ui/actions-table';
import { ToneBadge } from '../../../components/ui/badges';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { useCompanyValues, useCreateCompanyValue, useUpdateCompanyValue } from '../api/company-values';
import { formatNumber } from '../../../lib/intl';
import { useTranslation } from 'react-i18next';

/** Admins curate the values stories are tagged with; retired values stay on old stories. */
export function CompanyValuesAdmin() {
  const { t } = useTranslation('values');
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
                notifications.show({ color: 'green', title: t('added'), message: t('addedMessage', { name }) });
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
            label={t('newValue')}
            placeholder={t('placeholder')}
            maxLength={60}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={nameError}
            w={240}
          />
          <TextInput
            label={t('description')}
            maxLength={240}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            style={{ flex: 1 }}
            miw={220}
          />
          <Button type="submit" loading={create.isPending} disabled={!name.trim()}>
            {t('add')}
          </Button>
        </Group>
      </Card>
      <Card withBorder radius="lg" p={0}>
        <ActionsTable minWidth={560} columns={[t('column.value'), t('column.stories'), t('column.status')]} verticalSpacing="sm" horizontalSpacing="md">
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
              <Table.Td>{formatNumber(value.storyCount)}</Table.Td>
              <Table.Td>{value.retired ? <ToneBadge tone="slate">{t('retired')}</ToneBadge> : <ToneBadge tone="green">{t('inUse')}</ToneBadge>}</Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => {
                      const renamed = window.prompt(t('renamePrompt', { name: value.name }), value.name)?.trim();
                      if (renamed && renamed !== value.name)
                        update.mutate(
                          { id: value.id, changes: { name: renamed } },
                          { onError: (error) => notifications.show({ color: 'red', title: t('notRenamed'), message: problemMessage(error) }) },
                        );
                    }}
                    aria-label={t('renameLabel', { name: value.name })}
                  >
                    {t('rename')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => update.mutate({ id: value.id, changes: { retired: !value.retired } })}
                    aria-label={value.retired ? t('restoreLabel', { name: value.name }) : t('retireLabel', { name: value.name })}
                  >
                    {value.retired ? t('restore') : t('retire')}
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
