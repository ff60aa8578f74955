import { DomainError } from '../common/domain-error';

export enum InvitationsErrorCode {
  NotFound = 'invitation_not_found',
  Used = 'invitation_used',
  Expired = 'invitation_expired',
  EmployeeLeft = 'employee_left',
}

export const InvitationsErrors = {
  notFound: () => new DomainError('not_found', InvitationsErrorCode.NotFound, 'This invitation link is not valid. Ask your admin for a new one.', 'token'),
  used: () => new DomainError('gone', InvitationsErrorCode.Used, 'This invitation link was already used. Sign in, or ask your admin for a new link.', 'token'),
  expired: () => new DomainError('gone', InvitationsErrorCode.Expired, 'This invitation link has expired. Ask your admin for a new one.', 'token'),
  employeeLeft: () => new DomainError('unprocessable', InvitationsErrorCode.EmployeeLeft, 'People who have left cannot be invited.', 'id'),
};
