import { DomainError } from '../common/domain-error';
import type { RosterPlan } from './roster-plan';

export enum RosterImportErrorCode {
  Unreadable = 'roster_unreadable',
  Invalid = 'roster_invalid',
  NotCsv = 'roster_not_csv',
  AdminsOnly = 'roster_admins_only',
}

export const RosterImportErrors = {
  adminsOnly: () => new DomainError('forbidden', RosterImportErrorCode.AdminsOnly, 'Only admins import and export the roster.'),
  unreadable: (message: string, field: string) => new DomainError('bad_request', RosterImportErrorCode.Unreadable, message, field),
  notCsv: () => new DomainError('bad_request', RosterImportErrorCode.NotCsv, 'Send the roster as the request body with Content-Type: text/csv.', 'body'),
  /** Apply refused: nothing was written. The problem carries every row error and the dry-run report. */
  invalid: (plan: RosterPlan, report: unknown) =>
    new DomainError(
      'unprocessable',
      RosterImportErrorCode.Invalid,
      `${plan.summary.rowsWithErrors} of ${plan.summary.rows} rows have errors; nothing was imported.`,
      undefined,
      { errors: plan.errors.map((e) => ({ field: `row[${e.row}].${e.field}`, message: e.message })), report },
    ),
};
