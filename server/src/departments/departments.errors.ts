import { DomainError } from '../common/domain-error';

export enum DepartmentsErrorCode {
  NotFound = 'department_not_found',
  NameTaken = 'department_name_taken',
  NotAManager = 'not_a_manager',
}

export const DepartmentsErrors = {
  notFound: (field?: string) => new DomainError('not_found', DepartmentsErrorCode.NotFound, 'No such department.', field),
  nameTaken: () => new DomainError('conflict', DepartmentsErrorCode.NameTaken, 'A department with that name already exists.', 'name'),
  notAManager: () =>
    new DomainError(
      'unprocessable',
      DepartmentsErrorCode.NotAManager,
      'Every manager must be a current employee with the manager or admin role.',
      'managerIds',
    ),
};
