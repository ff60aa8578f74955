import { DomainError } from '../common/domain-error';

export enum TeamsErrorCode {
  ChannelNotFound = 'teams_channel_not_found',
  WebhookNotFound = 'teams_outgoing_webhook_not_found',
  UrlRefused = 'teams_url_refused',
  DepartmentNotFound = 'teams_department_not_found',
  BadSignature = 'teams_bad_signature',
}

export const TeamsErrors = {
  channelNotFound: () => new DomainError('not_found', TeamsErrorCode.ChannelNotFound, 'No such Teams channel.', 'id'),
  webhookNotFound: () => new DomainError('not_found', TeamsErrorCode.WebhookNotFound, 'No such Teams outgoing webhook.', 'id'),
  urlRefused: (reason: string) => new DomainError('unprocessable', TeamsErrorCode.UrlRefused, reason, 'webhookUrl'),
  departmentNotFound: () => new DomainError('unprocessable', TeamsErrorCode.DepartmentNotFound, 'That department does not exist.', 'departmentId'),
  badSignature: () =>
    new DomainError('unauthorized', TeamsErrorCode.BadSignature, 'The request is not signed by a Teams outgoing webhook this company set up.'),
};
