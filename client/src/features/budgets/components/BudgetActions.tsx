import { Button, Group } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { Budget } from '../api/list-budgets';
import { useTranslation } from 'react-i18next';

/** The two changes an admin can make to a holder's quarter; the names say whose budget. */
export function BudgetActions({
  budget,
  onSet,
  onTopUp,
  grow = false,
}: {
  budget: Budget;
  onSet: (budget: Budget) => void;
  onTopUp: (budget: Budget) => void;
  grow?: boolean;
}) {
  const { t } = useTranslation('budgets');
  return (
    <Group gap="xs" justify="flex-end" wrap="nowrap" grow={grow}>
      <Button variant="default" size="xs" onClick={() => onSet(budget)} aria-label={t('actions.setLabel', { name: budget.holderName })}>
        {t('actions.set')}
      </Button>
      <Button
        variant="light"
        size="xs"
        leftSection={<IconPlus size={14} aria-hidden />}
        onClick={() => onTopUp(budget)}
        aria-label={t('actions.topUpLabel', { name: budget.holderName })}
      >
        {t('actions.topUp')}
      </Button>
    </Group>
  );
}
