// What the budgets feature offers other features.
export { BudgetMeter, type BudgetFigures } from './components/BudgetMeter';
export { budgetsKey, type Budget } from './api/list-budgets';
export { myBudgetChanged, myBudgetKey, useMyBudget } from './api/get-my-budget';
