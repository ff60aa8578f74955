/** What profile offers other features: the signed-in person's own record and the helper that refreshes it. */
export { invalidateMe, meKey } from './api/get-me';
