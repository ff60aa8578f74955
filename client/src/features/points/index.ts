export { pointsKey, pointsSettingsKey, usePoints, usePointsLedger, usePointsSettings, useUpdatePointsSettings } from './api/points';
export type { PointsEntry, PointsSummary } from './api/points';
export { PointsLedger } from './components/PointsLedger';
export { PointsSettingsForm } from './components/PointsSettingsForm';
export { PointsSummaryCard } from './components/PointsSummaryCard';
