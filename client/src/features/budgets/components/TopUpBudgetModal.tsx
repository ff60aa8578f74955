import type { Budget } from '../api/list-budgets';
import { useTopUpBudget } from '../api/top-up-budget';
import { BudgetPointsModal } from './BudgetPointsModal';
import { useTranslation } from 'react-i18next';

/** Adds points to a holder's quarter, with an optional reason that the audit log keeps. */
export function TopUpBudgetModal({ budget, onClose }: { budget: Budget; onClose: () => void }) {
  const { t } = useTranslation('budgets');
  const topUp = useTopUpBudget();
  return (
    <BudgetPointsModal
      budget={budget}
      onClose={onClose}
      change={{
        verb: 'topUp',
        summary: t('topUp.summary', { remaining: budget.remaining, count: budget.points }),
        pointsLabel: t('topUp.points'),
        minPoints: 1,
        initialPoints: '',
        emptyMessage: t('topUp.empty'),
        withNote: true,
        preview: (adding) => t('topUp.preview', { remaining: budget.remaining + adding, count: budget.points + adding }),
        hint: t('topUp.hint'),
        submitLabel: t('topUp.submit'),
        saving: topUp.isPending,
        save: ({ points, note }) => topUp.mutateAsync({ holderId: budget.holderId, quarter: budget.quarter, points, note }),
        savedTitle: t('topUp.saved'),
        savedMessage: (saved) => t('topUp.savedMessage', { name: saved.holderName, remaining: saved.remaining, count: saved.points, quarter: saved.quarter }),
      }}
    />
  );
}
