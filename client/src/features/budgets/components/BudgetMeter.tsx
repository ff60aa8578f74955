import { Group, Progress, Stack, Text } from '@mantine/core';
import type { Budget } from '../api/list-budgets';
import { useTranslation } from 'react-i18next';

/** The figures a meter shows: the quarter's allotment, what is spent of it and what is left. */
export type BudgetFigures = Pick<Budget, 'quarter' | 'points' | 'spent' | 'remaining'>;

/** Colour of the part still left, darkening as it runs out; the written numbers carry the meaning. */
function tone(points: number, remaining: number): string {
  if (points === 0 || remaining === 0) return 'red.7';
  return remaining / points < 0.25 ? 'yellow.8' : 'green.6';
}

/**
 * What is left of one quarter's budget, as numbers written out (readable without colour) and a bar that pictures
 * them: what is spent, the reward being composed (`pending`) and what is left. When `pending` would overdraw, the
 * meter says so before the server does. `heading` names whose budget it is where the page does not.
 * The one budget meter: the admin's budgets page, the review queue and the reward dialog all show this.
 */
export function BudgetMeter({ budget, pending = 0, heading }: { budget: BudgetFigures; pending?: number; heading?: string }) {
  const { t } = useTranslation('budgets');
  const { points, spent, remaining } = budget;
  const over = pending > remaining;
  const pct = (x: number) => (points > 0 ? Math.min(100, (x / points) * 100) : 0);
  const pendingShown = Math.min(pending, remaining);
  return (
    <Stack gap={6} miw={200} aria-live={pending > 0 ? 'polite' : undefined}>
      {heading && (
        <Text size="sm" fw={600}>
          {heading}
        </Text>
      )}
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={700} c={over ? 'red.8' : undefined} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="budget-remaining">
          {points === 0 ? t('meter.none') : t('meter.left', { remaining, count: points })}
        </Text>
        <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
          {t('meter.spent', { count: spent })}
        </Text>
      </Group>
      {/* The text above says it all; the bar is a picture of it. */}
      <Progress.Root size="md" aria-hidden>
        <Progress.Section value={pct(spent)} color="gray.5" withAria={false} />
        {pending > 0 && <Progress.Section value={pct(pendingShown)} color={over ? 'red.7' : 'ember.7'} striped withAria={false} />}
        <Progress.Section value={pct(remaining - pendingShown)} color={tone(points, remaining - pendingShown)} withAria={false} />
      </Progress.Root>
      {pending > 0 && (
        <Text size="sm" c={over ? 'red.8' : 'dimmed'}>
          {over ? t('meter.over', { count: pending, remaining }) : t('meter.after', { count: remaining - pending })}
        </Text>
      )}
    </Stack>
  );
}
