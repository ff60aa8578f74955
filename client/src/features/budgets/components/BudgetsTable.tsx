import { Card, Group, Skeleton, Table, Text, VisuallyHidden } from '@mantine/core';
import { RoleBadge } from '../../../components/ui/badges';
import type { Budget } from '../api/list-budgets';
import { BudgetActions } from './BudgetActions';
import { BudgetMeter } from './BudgetMeter';

/** One row per current manager and admin: who, what is left of the quarter, and the two changes an admin can make. */
export function BudgetsTable({
  budgets,
  loading,
  labelledBy,
  onSet,
  onTopUp,
}: {
  budgets: Budget[];
  loading: boolean;
  /** Id of the heading that names the table. */
  labelledBy: string;
  onSet: (budget: Budget) => void;
  onTopUp: (budget: Budget) => void;
}) {
  return (
    <Card withBorder radius="lg" p={0}>
      <Table.ScrollContainer minWidth={680}>
        <Table verticalSpacing="sm" horizontalSpacing="md" aria-labelledby={labelledBy}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Budget holder</Table.Th>
              <Table.Th scope="col">Points left</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {loading
              ? Array.from({ length: 5 }, (_, row) => (
                  <Table.Tr key={row} aria-hidden>
                    <Table.Td colSpan={3}>
                      <Skeleton h={16} />
                    </Table.Td>
                  </Table.Tr>
                ))
              : budgets.map((budget) => (
                  <Table.Tr key={budget.holderId}>
                    <Table.Th scope="row" fw="normal">
                      <Group gap="xs" wrap="nowrap">
                        <Text fw={600}>{budget.holderName}</Text>
                        <RoleBadge role={budget.holderRole} />
                      </Group>
                      <Text size="sm" c="dimmed">
                        {budget.departments.length ? budget.departments.join(', ') : 'Manages no department'}
                      </Text>
                    </Table.Th>
                    <Table.Td w="45%">
                      <BudgetMeter budget={budget} />
                    </Table.Td>
                    <Table.Td>
                      <BudgetActions budget={budget} onSet={onSet} onTopUp={onTopUp} />
                    </Table.Td>
                  </Table.Tr>
                ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
