export { WebhooksCard } from './components/WebhooksCard';
export { webhookKeys } from './api/webhooks';
