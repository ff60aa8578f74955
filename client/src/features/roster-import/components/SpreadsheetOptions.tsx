import { Group, List, Paper, Radio, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RosterColumn, RosterDateFormat, RosterImportReport } from '../api/import-roster';

const DATE_FORMATS: RosterDateFormat[] = ['iso', 'dmy', 'mdy'];
const OUR_COLUMNS: RosterColumn[] = ['name', 'email', 'department', 'role', 'title', 'managerEmail', 'hiredOn', 'leftOn', 'leaveReason'];
const IGNORE = 'ignore';

/** How the file writes dates: ISO unless the admin says otherwise; the app never guesses day-first or month-first. */
export function DateFormatChoice({ value, onChange }: { value: RosterDateFormat; onChange: (value: RosterDateFormat) => void }) {
  const { t } = useTranslation('roster-import');
  const labels: Record<RosterDateFormat, string> = { iso: t('dateFormat.iso'), dmy: t('dateFormat.dmy'), mdy: t('dateFormat.mdy') };
  return (
    <Radio.Group label={t('dateFormat.label')} description={t('dateFormat.description')} value={value} onChange={(next) => onChange(next as RosterDateFormat)}>
      <Group gap="md" mt={6}>
        {DATE_FORMATS.map((format) => (
          <Radio key={format} value={format} label={labels[format]} />
        ))}
      </Group>
    </Radio.Group>
  );
}

/**
 * The file's columns that are none of ours, each with a choice of which of ours to read it as (or to ignore it), and
 * the columns ignored as things stand. The mapping is remembered in this browser (see column-mapping.ts).
 */
export function ColumnMapping({
  columns,
  ignored,
  mapping,
  onChange,
}: {
  /** Every column the admin can map: the ignored ones and those already mapped. */
  columns: string[];
  ignored: string[];
  mapping: Record<string, RosterColumn>;
  onChange: (column: string, field: RosterColumn | null) => void;
}) {
  const { t } = useTranslation('roster-import');
  const fieldLabel: Record<RosterColumn, string> = {
    name: t('field.name'),
    email: t('field.email'),
    employeeNumber: t('field.employeeNumber'),
    department: t('field.department'),
    role: t('field.role'),
    title: t('field.title'),
    managerEmail: t('field.managerEmail'),
    hiredOn: t('field.hiredOn'),
    leftOn: t('field.leftOn'),
    leaveReason: t('field.leaveReason'),
  };
  if (!columns.length) return null;
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('mapping.title')}
        </Title>
        <Text size="sm">{t('mapping.description')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {columns.map((column) => (
            <Select
              key={column}
              label={t('mapping.selectLabel', { column })}
              value={mapping[column] ?? IGNORE}
              allowDeselect={false}
              data={[{ value: IGNORE, label: t('mapping.ignore') }, ...OUR_COLUMNS.map((field) => ({ value: field, label: fieldLabel[field] }))]}
              onChange={(value) => onChange(column, !value || value === IGNORE ? null : (value as RosterColumn))}
            />
          ))}
        </SimpleGrid>
        {ignored.length > 0 && <Text size="sm">{t('mapping.ignored', { columns: ignored.join(', ') })}</Text>}
        <Text size="sm" c="dimmed">
          {t('mapping.remembered')}
        </Text>
      </Stack>
    </Paper>
  );
}

/** How the dry run read the leaveReason words ("Resigned → voluntary"). */
export function LeaveReasonWords({ words }: { words: RosterImportReport['leaveReasonWords'] }) {
  const { t } = useTranslation('roster-import');
  if (!words.length) return null;
  const reason = { voluntary: t('reason.voluntary'), involuntary: t('reason.involuntary'), other: t('reason.other') };
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('reason.title')}
      </Text>
      <List size="sm" aria-label={t('reason.title')}>
        {words.map((word) => (
          <List.Item key={word.word}>{t('reason.item', { word: word.word, reason: reason[word.reason], rows: word.rows })}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
