import { EmployeeRole } from '../employees/employee.entity';

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
