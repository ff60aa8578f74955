/** What notifications offers other features: the helper that refreshes the bell. */
export { invalidateNotifications } from './api/notifications';
