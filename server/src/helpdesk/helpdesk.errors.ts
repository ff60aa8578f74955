import { DomainError } from '../common/domain-error';

export enum HelpdeskErrorCode {
  SourceNotFound = 'helpdesk_source_not_found',
  DepartmentNotFound = 'helpdesk_department_not_found',
  BadSignature = 'helpdesk_bad_signature',
  SignatureExpired = 'helpdesk_signature_expired',
}

export const HelpdeskErrors = {
  sourceNotFound: () => new DomainError('not_found', HelpdeskErrorCode.SourceNotFound, 'No such helpdesk source.'),
  departmentNotFound: () => new DomainError('bad_request', HelpdeskErrorCode.DepartmentNotFound, 'Choose one of the departments.', 'departmentId'),
  badSignature: () =>
    new DomainError(
      'unauthorized',
      HelpdeskErrorCode.BadSignature,
      'The request is not signed with this source’s secret (X-Heroics-Signature with X-Heroics-Timestamp, or X-Heroics-Token).',
    ),
  signatureExpired: () =>
    new DomainError('unauthorized', HelpdeskErrorCode.SignatureExpired, 'X-Heroics-Timestamp is more than five minutes from now: sign the request again.'),
};
