import { Badge, Group, Paper, ScrollArea, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { RosterImportReport } from '../api/import-roster';

const SHOWN = 200;
const ACTIONS: Record<RosterImportReport['rows'][number]['action'], { label: string; color: string }> = {
  create: { label: 'New', color: 'green' },
  update: { label: 'Update', color: 'blue' },
  depart: { label: 'Departure', color: 'orange' },
  unchanged: { label: 'No change', color: 'gray' },
  error: { label: 'Error', color: 'red' },
};

/** The dry run's (or the import's) counts. */
export function Summary({ report }: { report: RosterImportReport }) {
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

/** What each row of the file does, errors named by column. */
export function PlanTable({ report, onlyErrors }: { report: RosterImportReport; onlyErrors: boolean }) {
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
          'aria-label': 'What each row of the file does',
          className: 'mantine-focus-auto',
          style: { outlineOffset: -2 },
        }}
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
