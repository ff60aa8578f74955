import type { Budget } from '../api/list-budgets';
import { useSetBudget } from '../api/set-budget';
import { BudgetPointsModal } from './BudgetPointsModal';
import { useTranslation } from 'react-i18next';

/**
 * Replaces a holder's allotment for the quarter. Going below what is spent is left for the server to
 * refuse: it knows the spend at the moment of saving, which rewards given meanwhile may have raised.
 */
export function SetBudgetModal({ budget, onClose }: { budget: Budget; onClose: () => void }) {
  const { t } = useTranslation('budgets');
  const save = useSetBudget();
  return (
    <BudgetPointsModal
      budget={budget}
      onClose={onClose}
      change={{
        verb: 'set',
        summary: t('set.summary', { count: budget.points, spent: budget.spent }),
        pointsLabel: t('set.points'),
        pointsDescription: t('set.pointsHelp', { spent: budget.spent }),
        minPoints: 0,
        initialPoints: budget.points,
        emptyMessage: t('set.empty'),
        hint: t('set.hint'),
        submitLabel: t('set.submit'),
        saving: save.isPending,
        save: ({ points }) => save.mutateAsync({ holderId: budget.holderId, quarter: budget.quarter, points }),
        savedTitle: t('set.saved'),
        savedMessage: (saved) => t('set.savedMessage', { name: saved.holderName, remaining: saved.remaining, count: saved.points, quarter: saved.quarter }),
      }}
    />
  );
}
