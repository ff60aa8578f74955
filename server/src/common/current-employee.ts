import { EmployeeRole } from '../employees/employee.entity';
import { DomainError } from './domain-error';

/** The signed-in employee, loaded fresh on every request so role changes and departures apply at once. */
export interface CurrentEmployee {
  id: string;
  name: string;
  role: EmployeeRole;
  departmentId: string;
  /** Departments this person manages (empty for staff). */
  managedDepartmentIds: string[];
  sessionId: string;
}

export function canManageDepartment(viewer: CurrentEmployee, departmentId: string): boolean {
  return viewer.role === 'admin' || (viewer.role === 'manager' && viewer.managedDepartmentIds.includes(departmentId));
}

/**
 * The departments a manager's view covers: the one asked for, if the viewer may manage it; otherwise every
 * department they manage, or null (the whole company) for admins. Out of scope is a 403 naming departmentId.
 */
export function managedDepartmentScope(viewer: CurrentEmployee, departmentId?: string): string[] | null {
  if (departmentId) {
    if (!canManageDepartment(viewer, departmentId))
      throw new DomainError('forbidden', 'department_out_of_scope', 'You can see the departments you manage.', 'departmentId');
    return [departmentId];
  }
  return viewer.role === 'admin' ? null : viewer.managedDepartmentIds;
}
