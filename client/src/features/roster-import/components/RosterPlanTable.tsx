import { Badge, Group, Paper, ScrollArea, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatList, formatNumber } from '../../../lib/intl';
import type { RosterImportReport } from '../api/import-roster';

const SHOWN = 200;
const ACTIONS = {
  create: { label: 'roster-import:action.create', color: 'green' },
  update: { label: 'roster-import:action.update', color: 'blue' },
  depart: { label: 'roster-import:action.depart', color: 'orange' },
  unchanged: { label: 'roster-import:action.unchanged', color: 'gray' },
  error: { label: 'roster-import:action.error', color: 'red' },
} as const satisfies Record<RosterImportReport['rows'][number]['action'], { label: string; color: string }>;

/** The dry run's (or the import's) counts. */
export function Summary({ report }: { report: RosterImportReport }) {
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

/** What each row of the file does, errors named by column. */
export function PlanTable({ report, onlyErrors }: { report: RosterImportReport; onlyErrors: boolean }) {
  const { t } = useTranslation('roster-import');
  const errorsByRow = new Map<number, RosterImportReport['errors']>();
  for (const error of report.errors) errorsByRow.set(error.row, [...(errorsByRow.get(error.row) ?? []), error]);
  const rows = report.rows.filter((r) => !onlyErrors || r.action === 'error');
  return (
    <Stack gap="xs">
      {/* At phone width the table scrolls sideways; the scroller takes focus so keys can scroll it. */}
      <ScrollArea
        type="auto"
        viewportProps={{
          tabIndex: 0,
          role: 'group',
          'aria-label': t('table.label'),
          className: 'mantine-focus-auto',
          style: { outlineOffset: -2 },
        }}
      >
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
