import { Alert, Button, Checkbox, FileInput, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDownload, IconFileTypeCsv, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { formatList } from '../../../lib/intl';
import { ApiProblem, problemMessage } from '../../../lib/problem';
import { readColumnMapping, writeColumnMapping } from '../api/column-mapping';
import { useExportRoster } from '../api/export-roster';
import { useImportRoster, type RosterColumn, type RosterDateFormat, type RosterImportReport } from '../api/import-roster';
import { PlanTable, Summary } from './RosterPlanTable';
import { ColumnMapping, DateFormatChoice, LeaveReasonWords } from './SpreadsheetOptions';

/** Upload a roster CSV, see what every row would do (errors highlighted), then apply it all at once. */
export function RosterImportPanel() {
  const { t } = useTranslation('roster-import');
  const [file, setFile] = useState<File | null>(null);
  const [createDepartments, setCreateDepartments] = useState(false);
  const [dateFormat, setDateFormat] = useState<RosterDateFormat>('iso');
  const [mapping, setMapping] = useState<Record<string, RosterColumn>>(readColumnMapping);
  // The file's columns that are none of ours (ignored now, or mapped), collected from every answer for this file.
  const [mappable, setMappable] = useState<string[]>([]);
  const [ignored, setIgnored] = useState<string[]>([]);
  const [invite, setInvite] = useState(false);
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [report, setReport] = useState<RosterImportReport | null>(null);
  const importer = useImportRoster();
  const exporter = useExportRoster();

  const seen = (ignoredNow: string[], mappedNow: string[] = []) => {
    setIgnored(ignoredNow);
    setMappable((before) => [...new Set([...before, ...ignoredNow, ...mappedNow])]);
  };
  const dryRun = (chosen: File, options: { create?: boolean; format?: RosterDateFormat; map?: Record<string, RosterColumn> } = {}) =>
    importer.mutate(
      {
        file: chosen,
        apply: false,
        createDepartments: options.create ?? createDepartments,
        dateFormat: options.format ?? dateFormat,
        mapping: options.map ?? mapping,
      },
      {
        onSuccess: (answer) => {
          setReport(answer);
          seen(
            answer.ignoredColumns,
            answer.mappedColumns.map((c) => c.column),
          );
        },
        onError: (error) => {
          setReport(null);
          // A missing column or a date format to choose: the problem lists the file's columns, to map them meanwhile.
          const columns = error instanceof ApiProblem ? error.extensions.ignoredColumns : undefined;
          const mapped = error instanceof ApiProblem ? (error.extensions.mappedColumns as { column: string }[] | undefined) : undefined;
          if (Array.isArray(columns))
            seen(
              columns as string[],
              mapped?.map((c) => c.column),
            );
        },
      },
    );

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setReport(null);
    setMappable([]);
    setIgnored([]);
    importer.reset();
    if (chosen) dryRun(chosen);
  };
  const chooseDateFormat = (format: RosterDateFormat) => {
    setDateFormat(format);
    if (file) dryRun(file, { format });
  };
  const mapColumn = (column: string, field: RosterColumn | null) => {
    const next = { ...mapping };
    if (field) next[column] = field;
    else delete next[column];
    setMapping(next);
    writeColumnMapping(next);
    if (file) dryRun(file, { map: next });
  };
  const datesNeeded = importer.error instanceof ApiProblem && importer.error.code === 'roster_date_format_needed' ? importer.error : null;
  const rowsNeedingDates = (datesNeeded?.extensions.rows as number[] | undefined) ?? [];

  const changes = report ? report.summary.creates + report.summary.updates + report.summary.departures : 0;
  const apply = () =>
    file &&
    importer.mutate(
      { file, apply: true, createDepartments, invite, dateFormat, mapping },
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
              onChange={choose}
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
                if (file) dryRun(file, { create: next });
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
          <DateFormatChoice value={dateFormat} onChange={chooseDateFormat} />
        </Stack>
      </Paper>

      <ColumnMapping columns={mappable} ignored={ignored} mapping={mapping} onChange={mapColumn} />

      {importer.isError && (
        <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />} title={t('failed')}>
          {datesNeeded
            ? t('dateFormat.needed', { count: rowsNeedingDates.length, rows: formatList(rowsNeedingDates.map(String)) })
            : problemMessage(importer.error)}
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
          <LeaveReasonWords words={report.leaveReasonWords} />
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
