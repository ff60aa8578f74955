import { DomainError } from '../common/domain-error';

export enum ReportsErrorCode {
  OutOfScope = 'report_out_of_scope',
  UnknownDepartment = 'unknown_department',
  DateInFuture = 'date_in_future',
  InvalidPeriod = 'invalid_period',
}

export const ReportsErrors = {
  outOfScope: () =>
    new DomainError('forbidden', ReportsErrorCode.OutOfScope, 'Reports cover the departments you manage; admins see every department.', 'departmentId'),
  unknownDepartment: () => new DomainError('unprocessable', ReportsErrorCode.UnknownDepartment, 'No department has this id.', 'departmentId'),
  dateInFuture: (field: string) => new DomainError('unprocessable', ReportsErrorCode.DateInFuture, `${field} cannot be in the future.`, field),
  fromAfterTo: () => new DomainError('unprocessable', ReportsErrorCode.InvalidPeriod, 'from must be on or before to.', 'from'),
  periodTooLong: (maxYears: number) => new DomainError('unprocessable', ReportsErrorCode.InvalidPeriod, `A period covers at most ${maxYears} years.`, 'from'),
};
