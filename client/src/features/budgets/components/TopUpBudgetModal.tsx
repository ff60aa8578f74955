import type { Budget } from '../api/list-budgets';
import { useTopUpBudget } from '../api/top-up-budget';
import { BudgetPointsModal } from './BudgetPointsModal';

const n = new Intl.NumberFormat();

/** Adds points to a holder's quarter, with an optional reason that the audit log keeps. */
export function TopUpBudgetModal({ budget, onClose }: { budget: Budget; onClose: () => void }) {
  const topUp = useTopUpBudget();
  return (
    <BudgetPointsModal
      budget={budget}
      onClose={onClose}
      change={{
        verb: 'Top up',
        summary: `Now ${n.format(budget.remaining)} of ${n.format(budget.points)} points left.`,
        pointsLabel: 'Points to add',
        minPoints: 1,
        initialPoints: '',
        emptyMessage: 'Enter the points to add',
        withNote: true,
        preview: (adding) =>
          `After the top-up: ${n.format(budget.remaining + adding)} of ${n.format(budget.points + adding)} points left. Recorded in the audit log under your name.`,
        hint: 'The top-up is recorded in the audit log under your name.',
        submitLabel: 'Top up',
        saving: topUp.isPending,
        save: ({ points, note }) => topUp.mutateAsync({ holderId: budget.holderId, quarter: budget.quarter, points, note }),
        savedTitle: 'Budget topped up',
        savedMessage: (saved) => `${saved.holderName} now has ${n.format(saved.remaining)} of ${n.format(saved.points)} points left for ${saved.quarter}.`,
      }}
    />
  );
}
