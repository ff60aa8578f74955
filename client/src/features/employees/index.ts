/** What employees offers other features: the key every query about people sits under, and the helper that refreshes them. */
export { employeesKey, invalidateEmployees } from './api/list-employees';
