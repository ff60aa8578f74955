import { Card, Skeleton, Stack } from '@mantine/core';
import { BudgetActions } from './BudgetActions';
import { type BudgetListProps, BudgetHolder } from './BudgetHolder';
import { BudgetMeter } from './BudgetMeter';

/** The budgets table for a phone: one card per holder, so the meter and both actions fit without sideways scrolling. */
export function BudgetCards({ budgets, loading, labelledBy, onSet, onTopUp }: BudgetListProps) {
  if (loading) return <Skeleton h={140} radius="lg" />;
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-labelledby={labelledBy}>
      {budgets.map((budget) => (
        <Card component="li" key={budget.holderId} withBorder radius="lg" p="md">
          <Stack gap="sm">
            <div>
              <BudgetHolder budget={budget} asHeading />
            </div>
            <BudgetMeter budget={budget} />
            <BudgetActions budget={budget} onSet={onSet} onTopUp={onTopUp} grow />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
