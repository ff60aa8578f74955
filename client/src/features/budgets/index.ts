// What the budgets feature offers other features.
export { BudgetMeter, type BudgetFigures } from './components/BudgetMeter';
export type { Budget } from './api/list-budgets';
