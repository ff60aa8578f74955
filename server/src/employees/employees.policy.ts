import { canManageDepartment, CurrentEmployee } from '../common/current-employee';
import { addDays } from '../common/calendar';
import { EmployeeRole } from './employee.entity';

/** What the rules need to know about the person acted on. */
export interface EmployeeTarget {
  id: string;
  role: EmployeeRole;
  departmentId: string;
  leftOn: string | null;
}

export type EmployeeField = 'name' | 'email' | 'employeeNumber' | 'jobTitle' | 'departmentId' | 'role' | 'managerId' | 'hiredOn';

/**
 * What a person may change about their own roster record without an admin. Nothing: name and email are how
 * colleagues and sign-in find them, and job title, department, reporting line and hire date feed tenure,
 * anniversaries and the retention reports, which HR keeps. Staff have no roster route at all, and a manager's
 * own record is no different from a staff member's (it used to be: a manager could back-date their own hire).
 */
export const SELF_EDITABLE_FIELDS: readonly EmployeeField[] = [];

/** Own name, email, department, profile and contact details: private to the person, HR and their managers. */
export function mayViewPrivateFields(viewer: CurrentEmployee, row: { id: string; departmentId: string }): boolean {
  return viewer.id === row.id || canManageDepartment(viewer, row.departmentId);
}

/**
 * Whether the actor may act on someone else's record (edit it, record a departure): admins on anyone; a manager
 * only on staff below them, in a department they manage, never on an admin or another manager.
 */
export function mayActOnEmployee(actor: CurrentEmployee, target: EmployeeTarget): boolean {
  if (actor.id === target.id) return false;
  if (actor.role === 'admin') return true;
  return actor.role === 'manager' && target.role === 'staff' && canManageDepartment(actor, target.departmentId);
}

/** The fields of a self-edit that the person may not change themselves (empty: the edit may go ahead). */
export function forbiddenSelfEdits(actor: CurrentEmployee, fields: EmployeeField[]): EmployeeField[] {
  // An admin keeps the roster, their own line included, but never changes their own role (nobody could undo it).
  if (actor.role === 'admin') return fields.filter((f) => f === 'role');
  return fields.filter((f) => !SELF_EDITABLE_FIELDS.includes(f));
}

/** Once someone has left, their hire date is history that the retention reports rest on: admins only. */
export function mayChangeHireDate(actor: CurrentEmployee, target: EmployeeTarget): boolean {
  return target.leftOn === null || actor.role === 'admin';
}

/** A departure is recorded by someone who may act on the person; never one's own (another admin does it). */
export function mayRecordDeparture(actor: CurrentEmployee, target: EmployeeTarget): boolean {
  return mayActOnEmployee(actor, target);
}

/**
 * How far ahead a departure may be recorded: a notice period, a fixed-term contract's end. Further than a year
 * is more likely a typo (2027 for 2026) than a plan, and a date that far out would sit unnoticed on the record.
 */
export const MAX_DAYS_AHEAD_FOR_LEAVING = 366;

/**
 * When a departure on `leftOn` takes effect, seen on `today` (both company calendar days): `now` for today or a
 * day gone (the person leaves at once), `scheduled` for a day to come (they stay employed until that day, when the
 * daily job records it), `too_far` past MAX_DAYS_AHEAD_FOR_LEAVING.
 */
export function departureTiming(leftOn: string, today: string): 'now' | 'scheduled' | 'too_far' {
  if (leftOn <= today) return 'now';
  return leftOn <= addDays(today, MAX_DAYS_AHEAD_FOR_LEAVING) ? 'scheduled' : 'too_far';
}

/** A departure still to come is called off by whoever may record one (a manager who recorded it can take it back). */
export function mayCancelLeavingDate(actor: CurrentEmployee, target: EmployeeTarget): boolean {
  return mayRecordDeparture(actor, target);
}

/**
 * Undoing a departure that took effect (recorded by mistake) makes the person employed again as if they never
 * left, which rewrites the retention reports: admins (HR) only, never on their own record.
 */
export function mayUndoDeparture(actor: CurrentEmployee, target: EmployeeTarget): boolean {
  return actor.role === 'admin' && actor.id !== target.id && target.leftOn !== null;
}
