import { DomainError } from '../common/domain-error';

export enum BudgetsErrorCode {
  InvalidQuarter = 'invalid_quarter',
  NotABudgetHolder = 'not_a_budget_holder',
  BelowSpent = 'budget_below_spent',
  Exceeded = 'budget_exceeded',
}

export const BudgetsErrors = {
  invalidQuarter: () => new DomainError('bad_request', BudgetsErrorCode.InvalidQuarter, 'quarter must be written like 2026-Q4', 'quarter'),
  notABudgetHolder: () => new DomainError('unprocessable', BudgetsErrorCode.NotABudgetHolder, 'Budgets are for current managers and admins.', 'holderId'),
  belowSpent: (spent: number) =>
    new DomainError('unprocessable', BudgetsErrorCode.BelowSpent, `This budget has already spent ${spent} points; it cannot be set lower.`, 'points', {
      spent,
    }),
  exceeded: (remaining: number, requested: number) =>
    new DomainError(
      'unprocessable',
      BudgetsErrorCode.Exceeded,
      `Not enough budget: ${remaining} points remain this quarter and this reward needs ${requested}.`,
      'points',
      { remaining, requested },
    ),
};
