import type { Budget } from '../api/list-budgets';
import { useSetBudget } from '../api/set-budget';
import { BudgetPointsModal } from './BudgetPointsModal';

const n = new Intl.NumberFormat();

/**
 * Replaces a holder's allotment for the quarter. Going below what is spent is left for the server to
 * refuse: it knows the spend at the moment of saving, which rewards given meanwhile may have raised.
 */
export function SetBudgetModal({ budget, onClose }: { budget: Budget; onClose: () => void }) {
  const save = useSetBudget();
  return (
    <BudgetPointsModal
      budget={budget}
      onClose={onClose}
      change={{
        verb: 'Set',
        summary: `Now ${n.format(budget.points)} points, of which ${n.format(budget.spent)} ${budget.spent === 1 ? 'is' : 'are'} spent. Setting replaces the whole allotment, top-ups included.`,
        pointsLabel: 'Points for the quarter',
        pointsDescription: `It cannot go below the ${n.format(budget.spent)} already spent.`,
        minPoints: 0,
        initialPoints: budget.points,
        emptyMessage: 'Enter the points for the quarter',
        hint: 'The change is recorded in the audit log under your name.',
        submitLabel: 'Set budget',
        saving: save.isPending,
        save: ({ points }) => save.mutateAsync({ holderId: budget.holderId, quarter: budget.quarter, points }),
        savedTitle: 'Budget set',
        savedMessage: (saved) => `${saved.holderName} has ${n.format(saved.remaining)} of ${n.format(saved.points)} points left for ${saved.quarter}.`,
      }}
    />
  );
}
