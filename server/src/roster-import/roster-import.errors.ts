import { DomainError } from '../common/domain-error';
import type { RosterPlan } from './roster-plan.types';

export enum RosterImportErrorCode {
  Unreadable = 'roster_unreadable',
  Invalid = 'roster_invalid',
  NotCsv = 'roster_not_csv',
  AdminsOnly = 'roster_admins_only',
  NotUtf8 = 'roster_not_utf8',
  DateFormatNeeded = 'roster_date_format_needed',
  BadMapping = 'roster_bad_mapping',
}

/** "2, 3 and 5", or the first ten and how many more. */
function listRows(rows: number[]): string {
  const shown = rows.slice(0, 10);
  if (rows.length > shown.length) return `${shown.join(', ')} and ${rows.length - shown.length} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : String(shown[0]);
}

export const RosterImportErrors = {
  adminsOnly: () => new DomainError('forbidden', RosterImportErrorCode.AdminsOnly, 'Only admins import and export the roster.'),
  /** With a missing column, `ignoredColumns` lists the file's other columns, so a page can offer to map one onto it. */
  unreadable: (message: string, field: string, ignoredColumns?: string[]) =>
    new DomainError('bad_request', RosterImportErrorCode.Unreadable, message, field, ignoredColumns ? { ignoredColumns } : {}),
  notUtf8: (message: string) => new DomainError('bad_request', RosterImportErrorCode.NotUtf8, message, 'body'),
  /** With the file's columns as read (ignored, mapped), so a page can offer the mapping while it asks for the format. */
  dateFormatNeeded: (rows: number[], columns: { ignoredColumns: string[]; mappedColumns: { column: string; field: string }[] }) =>
    new DomainError(
      'bad_request',
      RosterImportErrorCode.DateFormatNeeded,
      `${rows.length === 1 ? 'Row' : 'Rows'} ${listRows(rows)} write${rows.length === 1 ? 's' : ''} dates with slashes or dots (such as 03/04/2024), which can be read ` +
        'day first or month first. Choose how the file writes dates: dmy for DD/MM/YYYY (day first) or mdy for MM/DD/YYYY (month first). Nothing was imported.',
      'dateFormat',
      { rows, ...columns },
    ),
  badMapping: (message: string) => new DomainError('bad_request', RosterImportErrorCode.BadMapping, message, 'map'),
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
