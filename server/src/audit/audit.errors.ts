import { DomainError } from '../common/domain-error';

export enum AuditErrorCode {
  EmptyRange = 'empty_range',
  InvalidCursor = 'invalid_cursor',
  ExportTooLarge = 'export_too_large',
}

export const AuditErrors = {
  emptyRange: () => new DomainError('bad_request', AuditErrorCode.EmptyRange, 'from must not be after to', 'from'),
  invalidCursor: () => new DomainError('bad_request', AuditErrorCode.InvalidCursor, 'cursor is not a cursor this API returned', 'cursor'),
  exportTooLarge: (max: number) =>
    new DomainError(
      'unprocessable',
      AuditErrorCode.ExportTooLarge,
      `More than ${max.toLocaleString('en')} entries match: narrow the dates or the filters.`,
      'from',
      {
        max,
      },
    ),
};
