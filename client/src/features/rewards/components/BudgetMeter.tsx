import { Group, Progress, Stack, Text } from '@mantine/core';
import type { Budget } from '../api/get-my-budget';

const n = new Intl.NumberFormat();

/**
 * Spent, this reward and what is left, as a bar with the numbers written out (readable without colour).
 * `pending` is the reward being composed; when it would overdraw, the meter says so before the server does.
 */
export function BudgetMeter({ budget, pending = 0 }: { budget: Budget; pending?: number }) {
  const { points, spent, remaining } = budget;
  const over = pending > remaining;
  const pct = (x: number) => (points > 0 ? Math.min(100, (x / points) * 100) : 0);
  const after = remaining - pending;
  return (
    <Stack gap={6} aria-live="polite">
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          Your budget for {budget.quarter}
        </Text>
        <Text size="sm" fw={700} c={over ? 'red.8' : undefined} data-testid="budget-remaining">
          {n.format(remaining)} of {n.format(points)} points left
        </Text>
      </Group>
      <Progress.Root size="lg" aria-label={`Budget: ${n.format(spent)} spent, ${n.format(Math.min(pending, remaining))} in this reward, ${n.format(Math.max(after, 0))} left of ${n.format(points)}`}>
        <Progress.Section value={pct(spent)} color="gray.6" />
        {pending > 0 && <Progress.Section value={pct(Math.min(pending, remaining))} color={over ? 'red.7' : 'ember.7'} striped />}
      </Progress.Root>
      {pending > 0 && (
        <Text size="sm" c={over ? 'red.8' : 'dimmed'}>
          {over
            ? `This reward needs ${n.format(pending)} points, but only ${n.format(remaining)} are left this quarter.`
            : `After this reward: ${n.format(after)} points left.`}
        </Text>
      )}
    </Stack>
  );
}
