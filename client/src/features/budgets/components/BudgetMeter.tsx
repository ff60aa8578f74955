import { Group, Progress, Stack, Text } from '@mantine/core';
import type { Budget } from '../api/list-budgets';

const n = new Intl.NumberFormat();

/** Share of the allotment still left, in a colour that darkens as it runs out; the written numbers carry the meaning. */
function tone(points: number, remaining: number): string {
  if (points === 0 || remaining === 0) return 'red.7';
  return remaining / points < 0.25 ? 'yellow.8' : 'green.6';
}

/** What is left of one holder's quarter, as a bar with the numbers written next to it (readable without colour). */
export function BudgetMeter({ budget }: { budget: Budget }) {
  const { points, spent, remaining } = budget;
  const left = points > 0 ? Math.min(100, (remaining / points) * 100) : 0;
  return (
    <Stack gap={6} miw={200}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {points === 0 ? 'No budget set' : `${n.format(remaining)} of ${n.format(points)} left`}
        </Text>
        <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
          {n.format(spent)} spent
        </Text>
      </Group>
      {/* The text above says it all; the bar is a picture of it. */}
      <Progress.Root size="md" aria-hidden>
        <Progress.Section value={left} color={tone(points, remaining)} withAria={false} />
      </Progress.Root>
    </Stack>
  );
}
