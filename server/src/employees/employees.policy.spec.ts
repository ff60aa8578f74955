import { CurrentEmployee } from '../common/current-employee';
import {
  departureTiming,
  EmployeeTarget,
  forbiddenSelfEdits,
  mayActOnEmployee,
  mayCancelLeavingDate,
  mayChangeHireDate,
  mayRecordDeparture,
  mayUndoDeparture,
  mayViewPrivateFields,
} from './employees.policy';
import { signedInAs } from '../../test/current-employee';

const person = (role: CurrentEmployee['role'], id: string, managed: string[] = []) =>
  signedInAs({ id, role, departmentId: 'care', managedDepartmentIds: managed });
const target = (role: EmployeeTarget['role'], id: string, departmentId = 'care', leftOn: string | null = null): EmployeeTarget => ({
  id,
  role,
  departmentId,
  leftOn,
});

describe('employees policy', () => {
  const manager = person('manager', 'm1', ['care']);

  it('lets a manager act only on staff of a department they manage: never on an admin, another manager or themselves', () => {
    expect(mayActOnEmployee(manager, target('staff', 's1'))).toBe(true);
    expect(mayActOnEmployee(manager, target('admin', 'a1'))).toBe(false);
    expect(mayActOnEmployee(manager, target('manager', 'm2'))).toBe(false);
    expect(mayActOnEmployee(manager, target('manager', 'm1'))).toBe(false);
    expect(mayActOnEmployee(manager, target('staff', 's2', 'shoes'))).toBe(false);
    expect(mayActOnEmployee(person('staff', 's1'), target('staff', 's3'))).toBe(false);
    expect(mayActOnEmployee(person('admin', 'a1'), target('manager', 'm1', 'shoes'))).toBe(true);
  });

  it('records departures on the same terms, and never one’s own', () => {
    expect(mayRecordDeparture(manager, target('staff', 's1'))).toBe(true);
    expect(mayRecordDeparture(manager, target('admin', 'a1'))).toBe(false);
    expect(mayRecordDeparture(person('admin', 'a1'), target('admin', 'a1'))).toBe(false);
  });

  it('lets nobody but an admin change their own record, and nobody their own role', () => {
    expect(forbiddenSelfEdits(manager, ['hiredOn', 'managerId', 'jobTitle'])).toEqual(['hiredOn', 'managerId', 'jobTitle']);
    expect(forbiddenSelfEdits(manager, ['name', 'email'])).toEqual(['name', 'email']);
    expect(forbiddenSelfEdits(manager, [])).toEqual([]);
    expect(forbiddenSelfEdits(person('admin', 'a1'), ['name', 'hiredOn'])).toEqual([]);
    expect(forbiddenSelfEdits(person('admin', 'a1'), ['role'])).toEqual(['role']);
  });

  it('keeps the hire date of someone who left for admins', () => {
    expect(mayChangeHireDate(manager, target('staff', 's1'))).toBe(true);
    expect(mayChangeHireDate(manager, target('staff', 's1', 'care', '2025-01-31'))).toBe(false);
    expect(mayChangeHireDate(person('admin', 'a1'), target('staff', 's1', 'care', '2025-01-31'))).toBe(true);
  });

  it('shows private fields to the person, their department’s managers and admins', () => {
    expect(mayViewPrivateFields(person('staff', 's1'), { id: 's1', departmentId: 'care' })).toBe(true);
    expect(mayViewPrivateFields(person('staff', 's2'), { id: 's1', departmentId: 'care' })).toBe(false);
    expect(mayViewPrivateFields(manager, { id: 's1', departmentId: 'care' })).toBe(true);
    expect(mayViewPrivateFields(manager, { id: 's9', departmentId: 'shoes' })).toBe(false);
  });

  it('takes a departure on a day gone or today at once, holds one up to a year ahead until its day, and refuses one further out', () => {
    expect(departureTiming('2026-03-01', '2026-03-02')).toBe('now');
    expect(departureTiming('2026-03-02', '2026-03-02')).toBe('now');
    expect(departureTiming('2026-03-03', '2026-03-02')).toBe('scheduled');
    expect(departureTiming('2027-03-03', '2026-03-02')).toBe('scheduled'); // 366 days ahead
    expect(departureTiming('2027-03-04', '2026-03-02')).toBe('too_far');
  });

  it('lets an admin undo a departure recorded by mistake, but not a manager, nor anyone on their own record or for someone employed', () => {
    const admin = person('admin', 'a1');
    expect(mayUndoDeparture(admin, target('staff', 's1', 'care', '2026-01-31'))).toBe(true);
    expect(mayUndoDeparture(admin, target('manager', 'm2', 'shoes', '2026-01-31'))).toBe(true);
    expect(mayUndoDeparture(manager, target('staff', 's1', 'care', '2026-01-31'))).toBe(false);
    expect(mayUndoDeparture(admin, target('staff', 's1'))).toBe(false);
    expect(mayUndoDeparture(admin, target('admin', 'a1', 'care', '2026-01-31'))).toBe(false);
  });

  it('lets whoever may record a departure call off one still to come', () => {
    expect(mayCancelLeavingDate(manager, target('staff', 's1'))).toBe(true);
    expect(mayCancelLeavingDate(manager, target('staff', 's2', 'shoes'))).toBe(false);
    expect(mayCancelLeavingDate(person('staff', 's1'), target('staff', 's3'))).toBe(false);
    expect(mayCancelLeavingDate(person('admin', 'a1'), target('manager', 'm1', 'shoes'))).toBe(true);
  });
});
