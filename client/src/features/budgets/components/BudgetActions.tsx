import { Button, Group } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { Budget } from '../api/list-budgets';

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
  return (
    <Group gap="xs" justify="flex-end" wrap="nowrap" grow={grow}>
      <Button variant="default" size="xs" onClick={() => onSet(budget)} aria-label={`Set budget for ${budget.holderName}`}>
        Set budget
      </Button>
      <Button
        variant="light"
        size="xs"
        leftSection={<IconPlus size={14} aria-hidden />}
        onClick={() => onTopUp(budget)}
        aria-label={`Top up ${budget.holderName}’s budget`}
      >
        Top up
      </Button>
    </Group>
  );
}
