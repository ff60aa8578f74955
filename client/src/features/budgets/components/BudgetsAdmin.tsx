import { Card, EmptyState, Group, Stack, Text, Title, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconWallet } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { formatDate } from '../../../lib/dates';
import { problemMessage } from '../../../lib/problem';
import { useBudgets, type Budget } from '../api/list-budgets';
import { BudgetCards } from './BudgetCards';
import { BudgetsTable } from './BudgetsTable';
import { SetBudgetModal } from './SetBudgetModal';
import { TopUpBudgetModal } from './TopUpBudgetModal';
import { useTranslation } from 'react-i18next';

/** Every manager's and admin's budget for one quarter, with the dialogs that change them. */
export function BudgetsAdmin({ quarter }: { quarter: string }) {
  const { t } = useTranslation('budgets');
  const budgets = useBudgets(quarter);
  const theme = useMantineTheme();
  const wide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, true, { getInitialValueInEffect: false });
  const [change, setChange] = useState<{ kind: 'set' | 'top-up'; budget: Budget } | null>(null);

  const openSet = (budget: Budget) => setChange({ kind: 'set', budget });
  const openTopUp = (budget: Budget) => setChange({ kind: 'top-up', budget });

  if (budgets.isError) return <ErrorPanel message={problemMessage(budgets.error)} onRetry={() => void budgets.refetch()} />;
  const rows = budgets.data ?? [];
  const first = rows[0];
  const total = (key: 'points' | 'spent' | 'remaining') => rows.reduce((sum, budget) => sum + budget[key], 0);

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" gap="xs" wrap="wrap">
        <Stack gap={0}>
          <Title order={2} size="h3" id="budgets-heading">
            {t('admin.title', { quarter })}
          </Title>
          {first && (
            <Text size="sm" c="dimmed">
              {t('admin.dates', { from: formatDate(first.quarterStart), to: formatDate(first.quarterEnd) })}
            </Text>
          )}
        </Stack>
        {rows.length > 0 && (
          <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {t('admin.total', { remaining: total('remaining'), count: total('points'), spent: total('spent') })}
          </Text>
        )}
      </Group>
      {!budgets.isPending && rows.length === 0 ? (
        <Card withBorder radius="lg" py="xl">
          <EmptyState icon={<IconWallet size={28} aria-hidden />} title={t('admin.emptyTitle')} description={t('admin.emptyDescription')} />
        </Card>
      ) : wide ? (
        <BudgetsTable budgets={rows} loading={budgets.isPending} labelledBy="budgets-heading" onSet={openSet} onTopUp={openTopUp} />
      ) : (
        <BudgetCards budgets={rows} loading={budgets.isPending} labelledBy="budgets-heading" onSet={openSet} onTopUp={openTopUp} />
      )}
      {change?.kind === 'set' && <SetBudgetModal key={change.budget.holderId} budget={change.budget} onClose={() => setChange(null)} />}
      {change?.kind === 'top-up' && <TopUpBudgetModal key={change.budget.holderId} budget={change.budget} onClose={() => setChange(null)} />}
    </Stack>
  );
}
