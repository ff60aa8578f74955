import { DomainError } from '../common/domain-error';

export enum WebhooksErrorCode {
  NotFound = 'webhook_not_found',
  DeliveryNotFound = 'webhook_delivery_not_found',
  UrlRefused = 'webhook_url_refused',
}

export const WebhooksErrors = {
  notFound: () => new DomainError('not_found', WebhooksErrorCode.NotFound, 'No such webhook subscription.', 'id'),
  deliveryNotFound: () => new DomainError('not_found', WebhooksErrorCode.DeliveryNotFound, 'No such delivery for this subscription.', 'deliveryId'),
  urlRefused: (reason: string) => new DomainError('unprocessable', WebhooksErrorCode.UrlRefused, reason, 'url'),
};
