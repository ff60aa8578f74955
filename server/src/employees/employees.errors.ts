import { DomainError } from '../common/domain-error';

export enum EmployeesErrorCode {
  NotFound = 'employee_not_found',
  EmailTaken = 'email_taken',
  UnknownDepartment = 'unknown_department',
  UnknownManager = 'unknown_manager',
  SelfManager = 'self_manager',
  DateInFuture = 'date_in_future',
  LeftBeforeHired = 'left_before_hired',
  HiredAfterLeft = 'hired_after_left',
  AlreadyLeft = 'already_left',
  OwnDeparture = 'own_departure',
  OutOfScope = 'out_of_scope',
  RoleChangeForbidden = 'role_change_forbidden',
  NotBelow = 'not_below_you',
  OwnRecord = 'own_record',
  LeaverHireDate = 'leaver_hire_date',
  EmailLookalike = 'email_lookalike',
  ManagedByIdentityProvider = 'managed_by_identity_provider',
  NotLeft = 'not_left',
  EmployeeNumberTaken = 'employee_number_taken',
  LeavingTooFarAhead = 'leaving_too_far_ahead',
  UndoDepartureForbidden = 'undo_departure_forbidden',
  NoDeparture = 'no_departure',
  EmployeeNumberAdminsOnly = 'employee_number_admins_only',
}

export const EmployeesErrors = {
  notFound: () => new DomainError('not_found', EmployeesErrorCode.NotFound, 'No such employee.', 'id'),
  emailTaken: () => new DomainError('conflict', EmployeesErrorCode.EmailTaken, 'Another employee already has this email address.', 'email'),
  unknownDepartment: () => new DomainError('unprocessable', EmployeesErrorCode.UnknownDepartment, 'No department has this id.', 'departmentId'),
  unknownManager: () => new DomainError('unprocessable', EmployeesErrorCode.UnknownManager, 'The manager must be a current employee.', 'managerId'),
  selfManager: () => new DomainError('unprocessable', EmployeesErrorCode.SelfManager, 'Nobody reports to themself.', 'managerId'),
  dateInFuture: (field: string) => new DomainError('unprocessable', EmployeesErrorCode.DateInFuture, `${field} cannot be in the future.`, field),
  leftBeforeHired: () => new DomainError('unprocessable', EmployeesErrorCode.LeftBeforeHired, 'leftOn cannot be before the hire date.', 'leftOn'),
  hiredAfterLeft: () => new DomainError('unprocessable', EmployeesErrorCode.HiredAfterLeft, 'hiredOn cannot be after the day the person left.', 'hiredOn'),
  alreadyLeft: () => new DomainError('conflict', EmployeesErrorCode.AlreadyLeft, 'This person has already left.'),
  ownDeparture: () => new DomainError('forbidden', EmployeesErrorCode.OwnDeparture, 'Record your own departure through another admin.'),
  outOfScope: () => new DomainError('forbidden', EmployeesErrorCode.OutOfScope, 'You can only manage employees of departments you manage.'),
  outOfScopeDepartment: () =>
    new DomainError('forbidden', EmployeesErrorCode.OutOfScope, 'You can only move people into departments you manage.', 'departmentId'),
  notBelow: () =>
    new DomainError('forbidden', EmployeesErrorCode.NotBelow, 'Managers act only on staff in the departments they manage, not on other managers or admins.'),
  ownRecord: (field: string) => new DomainError('forbidden', EmployeesErrorCode.OwnRecord, 'You cannot change this on your own record; ask an admin.', field),
  leaverHireDate: () =>
    new DomainError('forbidden', EmployeesErrorCode.LeaverHireDate, 'Only an admin can change the hire date of someone who has left.', 'hiredOn'),
  emailLookalike: () =>
    new DomainError(
      'conflict',
      EmployeesErrorCode.EmailLookalike,
      'This address looks like the address of someone already on the roster (it mixes lookalike letters from other alphabets).',
      'email',
    ),
  managedByIdentityProvider: (field?: string) =>
    new DomainError(
      'conflict',
      EmployeesErrorCode.ManagedByIdentityProvider,
      'Your identity provider manages this person: change it there, and it is updated here.',
      field,
    ),
  notLeft: () => new DomainError('conflict', EmployeesErrorCode.NotLeft, 'This person has not left.'),
  employeeNumberTaken: () =>
    new DomainError('conflict', EmployeesErrorCode.EmployeeNumberTaken, 'Another employee already has this employee number.', 'employeeNumber'),
  leavingTooFarAhead: (days: number) =>
    new DomainError('unprocessable', EmployeesErrorCode.LeavingTooFarAhead, `leftOn can be at most ${days} days ahead.`, 'leftOn'),
  undoDepartureForbidden: () =>
    new DomainError('forbidden', EmployeesErrorCode.UndoDepartureForbidden, 'Only an admin can undo a departure, and never their own.'),
  employeeNumberAdminsOnly: () =>
    new DomainError('forbidden', EmployeesErrorCode.EmployeeNumberAdminsOnly, 'Only admins (HR) change employee numbers.', 'employeeNumber'),
  noDeparture: () => new DomainError('conflict', EmployeesErrorCode.NoDeparture, 'This person has not left and has no leaving date.'),
  roleChangeForbidden: () => new DomainError('forbidden', EmployeesErrorCode.RoleChangeForbidden, 'Only admins change roles.', 'role'),
};
