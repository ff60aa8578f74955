import { Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { RoleBadge } from '../../../components/ui/badges';
import type { Budget } from '../api/list-budgets';
import { BudgetActions } from './BudgetActions';
import { BudgetMeter } from './BudgetMeter';

/** The budgets table for a phone: one card per holder, so the meter and both actions fit without sideways scrolling. */
export function BudgetCards({
  budgets,
  loading,
  labelledBy,
  onSet,
  onTopUp,
}: {
  budgets: Budget[];
  loading: boolean;
  labelledBy: string;
  onSet: (budget: Budget) => void;
  onTopUp: (budget: Budget) => void;
}) {
  if (loading) return <Skeleton h={140} radius="lg" />;
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-labelledby={labelledBy}>
      {budgets.map((budget) => (
        <Card component="li" key={budget.holderId} withBorder radius="lg" p="md">
          <Stack gap="sm">
            <div>
              <Group gap="xs" justify="space-between" wrap="nowrap">
                <Title order={3} size="h5">
                  {budget.holderName}
                </Title>
                <RoleBadge role={budget.holderRole} />
              </Group>
              <Text size="sm" c="dimmed">
                {budget.departments.length ? budget.departments.join(', ') : 'Manages no department'}
              </Text>
            </div>
            <BudgetMeter budget={budget} />
            <BudgetActions budget={budget} onSet={onSet} onTopUp={onTopUp} grow />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
