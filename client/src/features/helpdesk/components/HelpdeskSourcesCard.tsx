import { Alert, Button, Code, CopyButton, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionsTable } from '../../../components/ui/actions-table';
import { SettingsCard } from '../../../components/ui/settings-card';
import { problemMessage } from '../../../lib/problem';
import { useMutationForm } from '../../../lib/mutation-form';
import { useDepartmentOptions } from '../../departments';
import { type HelpdeskKind, useCreateHelpdeskSource, useHelpdeskSources, useRemoveHelpdeskSource, useRotateHelpdeskSecret } from '../api/helpdesk-sources';

function CopyValue({ value, testId }: { value: string; testId: string }) {
  const { t } = useTranslation('helpdesk');
  return (
    <Group gap="xs" wrap="nowrap">
      <Code data-testid={testId} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Code>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Button size="compact-sm" variant="default" onClick={copy}>
            {copied ? t('copied') : t('copy')}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}

/** Helpdesks that send good satisfaction ratings into the managers' compliment inbox: endpoint, secret (once), rotate, remove. */
export function HelpdeskSourcesCard() {
  const { t } = useTranslation('helpdesk');
  const sources = useHelpdeskSources();
  const create = useCreateHelpdeskSource();
  const rotate = useRotateHelpdeskSecret();
  const remove = useRemoveHelpdeskSource();
  const departments = useDepartmentOptions();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<HelpdeskKind>('zendesk');
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const form = useMutationForm(['name', 'kind', 'departmentId'], 'name');
  const [shown, setShown] = useState<{ name: string; secret: string; endpointUrl: string } | null>(null);
  const kinds: { value: HelpdeskKind; label: string }[] = [
    { value: 'zendesk', label: t('kind.zendesk') },
    { value: 'freshdesk', label: t('kind.freshdesk') },
    { value: 'other', label: t('kind.other') },
  ];
  const kindLabel = (k: HelpdeskKind) => kinds.find((option) => option.value === k)?.label ?? k;

  return (
    <SettingsCard title={t('title')} error={sources.isError ? problemMessage(sources.error) : undefined} onRetry={() => void sources.refetch()}>
      <Text size="sm">{t('intro')}</Text>
      {shown && (
        <Alert
          color="blue"
          variant="light"
          title={t('secretTitle', { name: shown.name })}
          withCloseButton
          onClose={() => setShown(null)}
          closeButtonLabel={t('secretSaved')}
        >
          <Stack gap="xs">
            <Text size="sm">{t('secretOnce')}</Text>
            <Text size="sm" fw={600}>
              {t('endpoint')}
            </Text>
            <CopyValue value={shown.endpointUrl} testId="helpdesk-endpoint" />
            <Text size="sm" fw={600}>
              {t('secret')}
            </Text>
            <CopyValue value={shown.secret} testId="helpdesk-secret" />
          </Stack>
        </Alert>
      )}
      {(rotate.error || remove.error) && <Alert color="red">{problemMessage(rotate.error ?? remove.error)}</Alert>}
      {(sources.data ?? []).length > 0 && (
        <ActionsTable minWidth={560} columns={[t('column.source'), t('column.department'), t('column.secret')]}>
          {(sources.data ?? []).map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Text fw={600}>{s.name}</Text>
                <Text size="sm" c="dimmed">
                  {kindLabel(s.kind)}
                </Text>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {s.endpointUrl}
                </Text>
              </Table.Td>
              <Table.Td>{s.department.name}</Table.Td>
              <Table.Td>
                <Code>{s.secretHint}</Code>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="default"
                    aria-label={t('rotateLabel', { name: s.name })}
                    loading={rotate.isPending && rotate.variables === s.id}
                    onClick={() => rotate.mutate(s.id, { onSuccess: (r) => setShown({ name: r.name, secret: r.secret, endpointUrl: r.endpointUrl }) })}
                  >
                    {t('rotate')}
                  </Button>
                  <Button size="compact-sm" variant="default" color="red" aria-label={t('removeLabel', { name: s.name })} onClick={() => remove.mutate(s.id)}>
                    {t('remove')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </ActionsTable>
      )}
      <Stack
        gap="sm"
        component="form"
        onSubmit={form.submit(create, { name, kind, departmentId: departmentId ?? '' }, (created) => {
          setShown({ name: created.name, secret: created.secret, endpointUrl: created.endpointUrl });
          setName('');
        })}
      >
        <Group align="flex-start" grow>
          <TextInput
            label={t('field.name')}
            placeholder={t('field.namePlaceholder')}
            required
            maxLength={80}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={form.errors.name}
          />
          <Select
            label={t('field.kind')}
            data={kinds}
            value={kind}
            allowDeselect={false}
            onChange={(v) => v && setKind(v as HelpdeskKind)}
            error={form.errors.kind}
          />
          <Select
            label={t('field.department')}
            description={t('field.departmentHelp')}
            data={departments}
            value={departmentId}
            onChange={setDepartmentId}
            searchable
            required
            error={form.errors.departmentId}
          />
        </Group>
        <Group>
          <Button type="submit" loading={create.isPending} disabled={!name.trim() || !departmentId}>
            {t('add')}
          </Button>
        </Group>
      </Stack>
    </SettingsCard>
  );
}
