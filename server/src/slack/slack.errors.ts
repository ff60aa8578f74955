import { DomainError } from '../common/domain-error';

export enum SlackErrorCode {
  NotConnected = 'slack_not_connected',
  TokenRefused = 'slack_token_refused',
  RouteNotFound = 'slack_route_not_found',
  DepartmentNotFound = 'slack_department_not_found',
  ChannelNotFound = 'slack_channel_not_found',
  BadSignature = 'slack_bad_signature',
}

export const SlackErrors = {
  notConnected: () =>
    new DomainError('conflict', SlackErrorCode.NotConnected, 'Connect Slack first: paste the signing secret and bot token of your Slack app.'),
  tokenRefused: (reason: string) =>
    new DomainError(
      'unprocessable',
      SlackErrorCode.TokenRefused,
      `Slack did not accept the bot token (${reason}). Copy the "Bot User OAuth Token" (xoxb-…) from your Slack app's OAuth & Permissions page.`,
      'botToken',
    ),
  routeNotFound: () => new DomainError('not_found', SlackErrorCode.RouteNotFound, 'No such Slack channel route.', 'id'),
  departmentNotFound: () => new DomainError('unprocessable', SlackErrorCode.DepartmentNotFound, 'That department does not exist.', 'departmentId'),
  channelNotFound: (reason: string) =>
    new DomainError(
      'unprocessable',
      SlackErrorCode.ChannelNotFound,
      `Slack could not find that channel (${reason}). Invite the Heroics app to the channel, then try again.`,
      'channelId',
    ),
  badSignature: () => new DomainError('unauthorized', SlackErrorCode.BadSignature, 'The request is not signed by the connected Slack app.'),
};
