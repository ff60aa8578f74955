export { useOutbox, outboxKey, type OutboxMessage } from './api/list-outbox';
export { OutboxMessageView } from './components/OutboxMessageView';
