/** What reports offers other features: the helper that refreshes every report after the roster changed. */
export { invalidateReports } from './api/get-report';
