import { Card, Skeleton, Table } from '@mantine/core';
import { ActionsTable } from '../../../components/ui/actions-table';
import { BudgetActions } from './BudgetActions';
import { type BudgetListProps, BudgetHolder } from './BudgetHolder';
import { BudgetMeter } from './BudgetMeter';
import { useTranslation } from 'react-i18next';

/** One row per current manager and admin: who, what is left of the quarter, and the two changes an admin can make. */
export function BudgetsTable({ budgets, loading, labelledBy, onSet, onTopUp }: BudgetListProps) {
  const { t } = useTranslation('budgets');
  return (
    <Card withBorder radius="lg" p={0}>
      <ActionsTable minWidth={680} columns={[t('table.holder'), t('table.left')]} verticalSpacing="sm" horizontalSpacing="md" aria-labelledby={labelledBy}>
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
                  <BudgetHolder budget={budget} />
                </Table.Th>
                <Table.Td w="45%">
                  <BudgetMeter budget={budget} />
                </Table.Td>
                <Table.Td>
                  <BudgetActions budget={budget} onSet={onSet} onTopUp={onTopUp} />
                </Table.Td>
              </Table.Tr>
            ))}
      </ActionsTable>
    </Card>
  );
}
