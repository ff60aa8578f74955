import type { EmployeeRole, LeaveReason } from '../employees/employee.entity';
import type { LeaveReasonWord, RosterDateFormat } from './roster-formats';

/** The shapes of a roster plan: what planRoster (roster-plan.ts) reads and returns. */
export interface RosterEmployee {
  id: string;
  email: string;
  name: string;
  jobTitle: string;
  departmentId: string;
  role: EmployeeRole;
  managerId: string | null;
  hiredOn: string;
  leftOn: string | null;
  leaveReason: LeaveReason | null;
  employeeNumber: string | null;
  /** A leaving date still to come (the person is employed until then). */
  leavingOn: string | null;
  leavingReason: LeaveReason | null;
}

export interface RosterContext {
  today: string;
  actorId: string;
  /** Unknown department names become new departments (true) or are errors (false, the default). */
  createDepartments: boolean;
  /** How the file writes dates besides ISO (chosen on the import, never guessed); iso when not given. */
  dateFormat?: RosterDateFormat;
  departments: { id: string; name: string }[];
  employees: RosterEmployee[];
}

export const ROW_ACTIONS = ['create', 'update', 'depart', 'unchanged', 'error'] as const;
export type RowAction = (typeof ROW_ACTIONS)[number];

export interface RowError {
  row: number;
  field: string;
  message: string;
}

/** What one row will do; `target` is the person as they will be after the import. */
export interface PlannedRow {
  row: number;
  email: string;
  name: string;
  action: RowAction;
  changes: string[];
  existingId?: string;
  target: {
    name: string;
    email: string;
    jobTitle: string;
    departmentName: string;
    /** Null for a department this import creates. */
    departmentId: string | null;
    role: EmployeeRole;
    hiredOn: string;
    /** The last day: a day gone (the person left) or, at most a year ahead, a leaving date still to come. */
    leftOn: string | null;
    leaveReason: LeaveReason | null;
    employeeNumber: string | null;
    /** Undefined: leave the reporting line as it is (no managerEmail column). */
    managerEmail: string | null | undefined;
  };
}

export interface RosterPlan {
  rows: PlannedRow[];
  errors: RowError[];
  newDepartments: string[];
  /** Words in the leaveReason column read as a reason code ("Resigned" -> voluntary), with how many rows use each. */
  leaveReasonWords: LeaveReasonWord[];
  summary: { rows: number; creates: number; updates: number; departures: number; unchanged: number; rowsWithErrors: number };
}
