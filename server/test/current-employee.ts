import { CurrentEmployee } from '../src/common/current-employee';

/** A signed-in employee for unit tests: staff in department d1, managing nothing, named by their id unless told. */
export const signedInAs = (employee: Partial<CurrentEmployee> & { id: string }): CurrentEmployee => ({
  name: employee.id,
  role: 'staff',
  departmentId: 'd1',
  managedDepartmentIds: [],
  sessionId: 's',
  ...employee,
});
