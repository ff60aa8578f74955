import { Alert, Badge, Button, Checkbox, FileInput, Group, Paper, ScrollArea, SimpleGrid, Stack, Switch, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDownload, IconFileTypeCsv, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatList } from '../../../lib/intl';
import { ApiProblem, problemMessage } from '../../../lib/problem';
import { readColumnMapping, writeColumnMapping } from '../api/column-mapping';
import { useExportRoster } from '../api/export-roster';
import { useImportRoster, type RosterColumn, type RosterDateFormat, type RosterImportReport } from '../api/import-roster';
import { ColumnMapping, DateFormatChoice, LeaveReasonWords } from './SpreadsheetOptions';

const SHOWN = 200;
const ACTIONS: Record<RosterImportReport['rows'][number]['action'], { label: string; color: string }> = {
  create: { label: 'New', color: 'green' },
  update: { label: 'Update', color: 'blue' },
  depart: { label: 'Departure', color: 'orange' },
  unchanged: { label: 'No change', color: 'gray' },
  error: { label: 'Error', color: 'red' },
};

function Summary({ report }: { report: RosterImportReport }) {
  const items: [string, number][] = [
    ['Rows', report.summary.rows],
    ['New people', report.summary.creates],
    ['Updates', report.summary.updates],
    ['Departures', report.summary.departures],
    ['No change', report.summary.unchanged],
    ['Rows with errors', report.summary.rowsWithErrors],
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
      {items.map(([label, value]) => (
        <Paper key={label} withBorder p="sm" radius="md">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {label}
          </Text>
          <Text fz={22} fw={700}>
            {value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function PlanTable({ report, onlyErrors }: { report: RosterImportReport; onlyErrors: boolean }) {
  const errorsByRow = new Map<number, RosterImportReport['errors']>();
  for (const error of report.errors) errorsByRow.set(error.row, [...(errorsByRow.get(error.row) ?? []), error]);
  const rows = report.rows.filter((r) => !onlyErrors || r.action === 'error');
  return (
    <Stack gap="xs">
      {/* At phone width the table scrolls sideways; the scroller takes focus so keys can scroll it. */}
      <ScrollArea
        type="auto"
        viewportProps={{ tabIndex: 0, role: 'group', 'aria-label': 'What each row of the file does', className: 'mantine-focus-auto', style: { outlineOffset: -2 } }}
      >
        <Table withTableBorder fz="sm" miw={720} aria-label="What each row of the file does">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Row</Table.Th>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col">Email</Table.Th>
              <Table.Th scope="col">Department</Table.Th>
              <Table.Th scope="col">Result</Table.Th>
              <Table.Th scope="col">Details</Table.Th>
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
                      {ACTIONS[r.action].label}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {errors.length ? (
                      <Stack gap={2}>
                        {errors.map((e, i) => (
                          <Group key={i} gap={4} wrap="nowrap" align="flex-start">
                            <IconAlertTriangle size={14} color="var(--mantine-color-red-8)" aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
                            <Text size="sm" c="red.9">
                              <strong>Column {e.field}:</strong> {e.message}
                            </Text>
                          </Group>
                        ))}
                      </Stack>
                    ) : r.changes.length ? (
                      `Changes ${r.changes.join(', ')}`
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
          Showing the first {SHOWN} of {rows.length} rows.
        </Text>
      )}
    </Stack>
  );
}

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
      { file: chosen, apply: false, createDepartments: options.create ?? createDepartments, dateFormat: options.format ?? dateFormat, mapping: options.map ?? mapping },
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
          if (Array.isArray(columns)) seen(columns as string[], mapped?.map((c) => c.column));
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
          const invited = applied.invited ? ` ${applied.invited} ${applied.invited === 1 ? 'person' : 'people'} invited by email.` : '';
          notifications.show({
            color: 'green',
            title: 'Roster imported',
            message: `${applied.summary.creates} added, ${applied.summary.updates} updated, ${applied.summary.departures} departures recorded.${invited}`,
          });
        },
      },
    );

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <Text size="sm">
            Columns: <code>name, email, department, role, title, managerEmail, hiredOn, leftOn, leaveReason</code> (the export has them all). People are matched
            by email; a column you leave out is left as it is, and people who are not in the file are not touched. Columns with other names can be mapped onto these once the file is chosen. Nothing changes
            until you apply, and then every row is applied or none is. Save the file as CSV UTF-8; commas, semicolons and tabs all work as separators.
          </Text>
          <Group align="flex-end" gap="md" wrap="wrap">
            <FileInput
              label="Roster CSV file"
              placeholder="Choose a .csv file"
              accept=".csv,text/csv"
              value={file}
              onChange={choose}
              leftSection={<IconFileTypeCsv size={18} aria-hidden />}
              clearable
              clearButtonProps={{ 'aria-label': 'Clear the chosen file' }}
              w={320}
            />
            <Checkbox
              label="Create departments that do not exist yet"
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
                exporter.mutate(undefined, { onError: (e) => notifications.show({ color: 'red', title: 'Export failed', message: problemMessage(e) }) })
              }
            >
              Export current roster
            </Button>
          </Group>
          <DateFormatChoice value={dateFormat} onChange={chooseDateFormat} />
        </Stack>
      </Paper>

      <ColumnMapping columns={mappable} ignored={ignored} mapping={mapping} onChange={mapColumn} />

      {importer.isError && (
        <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />} title="The file was not imported">
          {datesNeeded
            ? t('dateFormat.needed', { count: rowsNeedingDates.length, rows: formatList(rowsNeedingDates.map(String)) })
            : problemMessage(importer.error)}
        </Alert>
      )}
      {importer.isPending && !report && <Text aria-live="polite">Checking the file…</Text>}

      {report && (
        <Stack gap="md" aria-live="polite">
          {report.applied ? (
            <Alert color="green" variant="light" title="Imported">
              The roster now matches the file. {report.newDepartments.length ? `New departments: ${report.newDepartments.join(', ')}.` : ''}
            </Alert>
          ) : report.valid ? (
            <Alert color="blue" variant="light" title="Dry run: ready to apply">
              No errors. {report.newDepartments.length ? `Applying creates these departments: ${report.newDepartments.join(', ')}.` : ''}
            </Alert>
          ) : (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              title={`Dry run: ${report.summary.rowsWithErrors} ${report.summary.rowsWithErrors === 1 ? 'row has' : 'rows have'} errors`}
            >
              Fix the rows marked Error in the file and choose it again. Nothing has been changed.
            </Alert>
          )}
          <Summary report={report} />
          <LeaveReasonWords words={report.leaveReasonWords} />
          <Group justify="space-between">
            <Switch label="Only rows with errors" checked={onlyErrors} onChange={(event) => setOnlyErrors(event.currentTarget.checked)} />
            {!report.applied && (
              <Checkbox label="Email an invitation to everyone not yet invited" checked={invite} onChange={(event) => setInvite(event.currentTarget.checked)} />
            )}
            {report.applied && report.invited > 0 && (
              <Text size="sm">
                {report.invited} {report.invited === 1 ? 'person was' : 'people were'} invited by email.
              </Text>
            )}
            {!report.applied && (
              <Button leftSection={<IconUpload size={16} aria-hidden />} disabled={!report.valid || changes === 0} loading={importer.isPending} onClick={apply}>
                Apply {changes} {changes === 1 ? 'change' : 'changes'}
              </Button>
            )}
          </Group>
          <PlanTable report={report} onlyErrors={onlyErrors} />
        </Stack>
      )}
    </Stack>
  );
}
