import { Card, Table, Text, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { Concentration } from '../api/get-fairness';
import { ConcentrationBadge, formatGini, formatShare } from './ConcentrationBadge';
import { DepartmentConcentrationCards } from './DepartmentConcentrationCards';

const n = new Intl.NumberFormat();
const numeric = { fontVariantNumeric: 'tabular-nums' } as const;

/** Per department: how many people were endorsed at all, and how unevenly the endorsements fell. Cards on a phone. */
export function DepartmentConcentrationTable({ departments, labelledBy }: { departments: Concentration[]; labelledBy: string }) {
  const theme = useMantineTheme();
  const wide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, true, { getInitialValueInEffect: false });
  const rows = [...departments].sort((a, b) => (a.department?.name ?? '').localeCompare(b.department?.name ?? ''));
  if (!rows.length) {
    return (
      <Text size="sm" c="dimmed">
        No departments have current employees yet.
      </Text>
    );
  }
  if (!wide) return <DepartmentConcentrationCards departments={rows} labelledBy={labelledBy} />;
  return (
    <Card withBorder radius="lg" p={0}>
      {/* Between phone and desktop widths the table can scroll sideways; with no controls inside, the scroller itself takes focus so keys can scroll it. */}
      <Table.ScrollContainer
        minWidth={640}
        scrollAreaProps={{
          viewportProps: { tabIndex: 0, role: 'group', 'aria-labelledby': labelledBy, className: 'mantine-focus-auto', style: { outlineOffset: -2 } },
        }}
      >
        <Table verticalSpacing="sm" horizontalSpacing="md" aria-labelledby={labelledBy}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Department</Table.Th>
              <Table.Th scope="col" ta="right">
                Recipients
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Endorsements
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Top 10% share
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Gini
              </Table.Th>
              <Table.Th scope="col">Signal</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.department?.id ?? 'company'}>
                <Table.Th scope="row" fw={600}>
                  {row.department?.name ?? 'Whole company'}
                </Table.Th>
                <Table.Td ta="right" style={numeric}>
                  {n.format(row.recipients)} of {n.format(row.people)}
                </Table.Td>
                <Table.Td ta="right" style={numeric}>
                  {n.format(row.endorsements)}
                </Table.Td>
                <Table.Td ta="right" style={numeric}>
                  {formatShare(row.topTenPercentShare)}
                </Table.Td>
                <Table.Td ta="right" style={numeric}>
                  {formatGini(row.gini)}
                </Table.Td>
                <Table.Td>
                  <ConcentrationBadge concentration={row} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
