import { Group, Text, Title } from '@mantine/core';
import { RoleBadge } from '../../../components/ui/badges';
import type { Budget } from '../api/list-budgets';
import { formatList } from '../../../lib/intl';
import { useTranslation } from 'react-i18next';

/** What the budgets list receives, drawn as a table (wide screens) or as cards (a phone). */
export interface BudgetListProps {
  budgets: Budget[];
  loading: boolean;
  /** Id of the heading that names the list. */
  labelledBy: string;
  onSet: (budget: Budget) => void;
  onTopUp: (budget: Budget) => void;
}

/** Who holds the budget: their name and role, then the departments they manage. On a card the name is its heading. */
export function BudgetHolder({ budget, asHeading = false }: { budget: Budget; asHeading?: boolean }) {
  const { t } = useTranslation('budgets');
  return (
    <>
      <Group gap="xs" justify={asHeading ? 'space-between' : undefined} wrap="nowrap">
        {asHeading ? (
          <Title order={3} size="h5">
            {budget.holderName}
          </Title>
        ) : (
          <Text fw={600}>{budget.holderName}</Text>
        )}
        <RoleBadge role={budget.holderRole} />
      </Group>
      <Text size="sm" c="dimmed">
        {budget.departments.length ? formatList(budget.departments) : t('noDepartment')}
      </Text>
    </>
  );
}
