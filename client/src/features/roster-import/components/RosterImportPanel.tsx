import { Alert, Badge, Button, Checkbox, FileInput, Group, Paper, ScrollArea, SimpleGrid, Stack, Switch, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDownload, IconFileTypeCsv, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { problemMessage } from '../../../lib/problem';
import { useExportRoster } from '../api/export-roster';
import { useImportRoster, type RosterImportReport } from '../api/import-roster';
import { formatList, formatNumber } from '../../../lib/intl';
import { Trans, useTranslation } from 'react-i18next';

const SHOWN = 200;
const ACTIONS = {
  create: { label: 'roster-import:action.create', color: 'green' },
  update: { label: 'roster-import:action.update', color: 'blue' },
  depart: { label: 'roster-import:action.depart', color: 'orange' },
  unchanged: { label: 'roster-import:action.unchanged', color: 'gray' },
  error: { label: 'roster-import:action.error', color: 'red' },
} as const satisfies Record<RosterImportReport['rows'][number]['action'], { label: string; color: string }>;

function Summary({ report }: { report: RosterImportReport }) {
  const { t } = useTranslation('roster-import');
  const items: [string, number][] = [
    [t('summary.rows'), report.summary.rows],
    [t('summary.creates'), report.summary.creates],
    [t('summary.updates'), report.summary.updates],
    [t('summary.departures'), report.summary.departures],
    [t('summary.unchanged'), report.summary.unchanged],
    [t('summary.errors'), report.summary.rowsWithErrors],
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
      {items.map(([label, value]) => (
        <Paper key={label} withBorder p="sm" radius="md">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {label}
          </Text>
          <Text fz={22} fw={700}>
            {formatNumber(value)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function PlanTable({ report, onlyErrors }: { report: RosterImportReport; onlyErrors: boolean }) {
  const { t } = useTranslation('roster-import');
  const errorsByRow = new Map<number, RosterImportReport['errors']>();
  for (const error of report.errors) errorsByRow.set(error.row, [...(errorsByRow.get(error.row) ?? []), error]);
  const rows = report.rows.filter((r) => !onlyErrors || r.action === 'error');
  return (
    <Stack gap="xs">
      <ScrollArea type="auto">
        <Table withTableBorder fz="sm" miw={720} aria-label={t('table.label')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('table.row')}</Table.Th>
              <Table.Th scope="col">{t('table.name')}</Table.Th>
              <Table.Th scope="col">{t('table.email')}</Table.Th>
              <Table.Th scope="col">{t('table.department')}</Table.Th>
              <Table.Th scope="col">{t('table.result')}</Table.Th>
              <Table.Th scope="col">{t('table.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(0, SHOWN).map((r) => {
              const errors = errorsByRow.get(r.row) ?? [];
              return (
                <Table.Tr key={r.row} bg={errors.length ? 'var(--mantine-color-red-0)' : undefined} data-row-error={errors.length ? 'true' : undefined}>
                  <Table.Td>{r.row}</Table.Td>
                  <Table.Td>{r.name || '—'}</Table.Td>
                  <Table.Td>{r.email || '—'}</Table.Td>
                  <Table.Td>{r.department || '—'}</Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      color={ACTIONS[r.action].color}
                      c={r.action === 'error' ? 'red.9' : undefined}
                      tt="none"
                      w="max-content"
                      style={{ overflow: 'visible' }}
                    >
                      {t(ACTIONS[r.action].label)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {errors.length ? (
                      <Stack gap={2}>
                        {errors.map((e, i) => (
                          <Group key={i} gap={4} wrap="nowrap" align="flex-start">
                            <IconAlertTriangle size={14} color="var(--mantine-color-red-8)" aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
                            <Text size="sm" c="red.9">
                              <strong>{t('table.column', { field: e.field })}</strong> {e.message}
                            </Text>
                          </Group>
                        ))}
                      </Stack>
                    ) : r.changes.length ? (
                      t('table.changes', { fields: formatList(r.changes) })
                    ) : (
                      ''
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {rows.length > SHOWN && (
        <Text size="sm" c="dimmed">
          {t('table.showing', { shown: SHOWN, count: rows.length })}
        </Text>
      )}
    </Stack>
  );
}

/** Upload a roster CSV, see what every row would do (errors highlighted), then apply it all at once. */
export function RosterImportPanel() {
  const { t } = useTranslation('roster-import');
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [createDepartments, setCreateDepartments] = useState(false);
  const [invite, setInvite] = useState(false);
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [report, setReport] = useState<RosterImportReport | null>(null);
  const importer = useImportRoster();
  const exporter = useExportRoster();

  const dryRun = (text: string, create: boolean) =>
    importer.mutate({ csv: text, apply: false, createDepartments: create }, { onSuccess: setReport, onError: () => setReport(null) });

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setReport(null);
    importer.reset();
    if (!chosen) return setCsv(null);
    const text = await chosen.text();
    setCsv(text);
    dryRun(text, createDepartments);
  };

  const changes = report ? report.summary.creates + report.summary.updates + report.summary.departures : 0;
  const apply = () =>
    csv &&
    importer.mutate(
      { csv, apply: true, createDepartments, invite },
      {
        onSuccess: (applied) => {
          setReport(applied);
          const invited = applied.invited ? ` ${t('applied.invited', { count: applied.invited })}` : '';
          notifications.show({
            color: 'green',
            title: t('applied.title'),
            message:
              t('applied.message', { creates: applied.summary.creates, updates: applied.summary.updates, departures: applied.summary.departures }) + invited,
          });
        },
      },
    );

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <Text size="sm">
            <Trans
              t={t}
              i18nKey="intro"
              values={{ columns: 'name, email, department, role, title, managerEmail, hiredOn, leftOn, leaveReason' }}
              components={{ code: <code translate="no" /> }}
            />
          </Text>
          <Group align="flex-end" gap="md" wrap="wrap">
            <FileInput
              label={t('file.label')}
              placeholder={t('file.placeholder')}
              accept=".csv,text/csv"
              value={file}
              onChange={(chosen) => void choose(chosen)}
              leftSection={<IconFileTypeCsv size={18} aria-hidden />}
              clearable
              clearButtonProps={{ 'aria-label': t('file.clear') }}
              w={320}
            />
            <Checkbox
              label={t('createDepartments')}
              checked={createDepartments}
              onChange={(event) => {
                const next = event.currentTarget.checked;
                setCreateDepartments(next);
                if (csv) dryRun(csv, next);
              }}
            />
            <Button
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              loading={exporter.isPending}
              onClick={() =>
                exporter.mutate(undefined, { onError: (e) => notifications.show({ color: 'red', title: t('exportFailed'), message: problemMessage(e) }) })
              }
            >
              {t('export')}
            </Button>
          </Group>
        </Stack>
      </Paper>

      {importer.isError && (
        <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />} title={t('failed')}>
          {problemMessage(importer.error)}
        </Alert>
      )}
      {importer.isPending && !report && <Text aria-live="polite">{t('checking')}</Text>}

      {report && (
        <Stack gap="md" aria-live="polite">
          {report.applied ? (
            <Alert color="green" variant="light" title={t('imported.title')}>
              {t('imported.matches')} {report.newDepartments.length ? t('imported.newDepartments', { departments: formatList(report.newDepartments) }) : ''}
            </Alert>
          ) : report.valid ? (
            <Alert color="blue" variant="light" title={t('dryRun.ready')}>
              {t('dryRun.noErrors')} {report.newDepartments.length ? t('dryRun.newDepartments', { departments: formatList(report.newDepartments) }) : ''}
            </Alert>
          ) : (
            <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('dryRun.errors', { count: report.summary.rowsWithErrors })}>
              {t('dryRun.fix')}
            </Alert>
          )}
          <Summary report={report} />
          <Group justify="space-between">
            <Switch label={t('onlyErrors')} checked={onlyErrors} onChange={(event) => setOnlyErrors(event.currentTarget.checked)} />
            {!report.applied && <Checkbox label={t('invite')} checked={invite} onChange={(event) => setInvite(event.currentTarget.checked)} />}
            {report.applied && report.invited > 0 && <Text size="sm">{t('invitedDone', { count: report.invited })}</Text>}
            {!report.applied && (
              <Button leftSection={<IconUpload size={16} aria-hidden />} disabled={!report.valid || changes === 0} loading={importer.isPending} onClick={apply}>
                {t('apply', { count: changes })}
              </Button>
            )}
          </Group>
          <PlanTable report={report} onlyErrors={onlyErrors} />
        </Stack>
      )}
    </Stack>
  );
}
