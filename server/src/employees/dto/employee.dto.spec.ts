import { CurrentEmployee } from '../../common/current-employee';
import { EmployeeRow, toEmployeeDto } from './employee.dto';
import { signedInAs } from '../../../test/current-employee';

const row: EmployeeRow = {
  id: 'e1',
  name: 'Sofia Lindqvist',
  email: 'sofia@larkspur.example',
  jobTitle: 'Sales Associate',
  departmentId: 'apparel',
  departmentName: "Women's Apparel",
  role: 'staff',
  managerId: 'm1',
  managerName: 'Marcus Bell',
  hiredOn: '2024-09-08',
  leftOn: null,
  leaveReason: null,
  employeeNumber: null,
  leavingOn: null,
  leavingReason: null,
  hasPassword: false,
  invitationPending: true,
  emailRefusedReason: null,
  emailRefusedAt: null,
  language: null,
  managedByIdentityProvider: false,
};

const viewer = (overrides: Partial<CurrentEmployee>) => signedInAs({ id: 'v', name: 'Viewer', departmentId: 'apparel', ...overrides });

describe('toEmployeeDto', () => {
  it('shows colleagues only the public fields', () => {
    const dto = toEmployeeDto(row, viewer({}), '2026-11-22');
    expect(dto).toEqual({
      id: 'e1',
      name: 'Sofia Lindqvist',
      jobTitle: 'Sales Associate',
      department: { id: 'apparel', name: "Women's Apparel" },
      role: 'staff',
      manager: { id: 'm1', name: 'Marcus Bell' },
      hiredOn: '2024-09-08',
      leftOn: null,
      active: true,
      managedByIdentityProvider: false,
      nextAnniversary: { date: '2027-09-08', years: 3 },
      canEdit: false,
      canRecordDeparture: false,
      canCancelLeaving: false,
      canUndoDeparture: false,
    });
  });

  it.each([
    ['a colleague', viewer({}), false],
    ['the person themself (staff)', viewer({ id: 'e1' }), false],
    ['a manager of another department', viewer({ role: 'manager', managedDepartmentIds: ['shoes'] }), false],
    ['a manager of the department', viewer({ role: 'manager', managedDepartmentIds: ['apparel'] }), true],
    ['an admin', viewer({ role: 'admin', departmentId: 'elsewhere' }), true],
  ])('tells %s whether they may edit (canEdit)', (_, who, expected) => {
    expect(toEmployeeDto(row, who, '2026-11-22').canEdit).toBe(expected);
  });

  it.each([
    ['the person themself', viewer({ id: 'e1' })],
    ['an admin', viewer({ role: 'admin', departmentId: 'elsewhere' })],
    ['a manager of the department', viewer({ role: 'manager', managedDepartmentIds: ['apparel'] })],
  ])('shows %s the private fields', (_, who) => {
    expect(toEmployeeDto(row, who, '2026-11-22')).toMatchObject({
      email: 'sofia@larkspur.example',
      leaveReason: null,
      account: 'invited',
      employeeNumber: null,
      leavingOn: null,
    });
  });

  it('hides private fields from a manager of another department', () => {
    expect(toEmployeeDto(row, viewer({ role: 'manager', managedDepartmentIds: ['shoes'] }), '2026-11-22')).not.toHaveProperty('email');
  });
});
