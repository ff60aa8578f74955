import type { PlannedRow, RosterEmployee } from './roster-plan.types';

/**
 * Who a row of a roster file is: the person with its employee number (the HR system's key, compared exactly) when
 * there is one, else the person with its email. Found by number with another email, the row changes that person's
 * email: an address change in the HR system is an update, not a new person and a departure.
 */
export class RosterIdentities {
  private readonly byEmail: Map<string, RosterEmployee>;
  private readonly byNumber: Map<string, RosterEmployee>;
  private readonly firstRowOfNumber = new Map<string, number>();

  constructor(employees: RosterEmployee[]) {
    this.byEmail = new Map(employees.map((e) => [e.email, e]));
    this.byNumber = new Map(employees.filter((e) => e.employeeNumber !== null).map((e) => [e.employeeNumber!, e]));
  }

  /** The person on the roster this row is, if any; `fail` hears what is wrong with its number or email. */
  match(row: number, email: string, employeeNumber: string | null | undefined, fail: (field: string, message: string) => void): RosterEmployee | undefined {
    const existing = (employeeNumber && this.byNumber.get(employeeNumber)) || this.byEmail.get(email);
    if (employeeNumber) {
      const first = this.firstRowOfNumber.get(employeeNumber);
      if (first !== undefined) fail('employeeNumber', `Employee number ${employeeNumber} is also on row ${first}; each person appears once.`);
      else this.firstRowOfNumber.set(employeeNumber, row);
    }
    const owner = this.byEmail.get(email);
    if (existing && owner && owner.id !== existing.id)
      fail(
        'email',
        `${email} is the email of ${owner.name}, another person on the roster than the one with employee number ${employeeNumber}; each email belongs to one person.`,
      );
    return existing;
  }
}

/** The columns a row changes for a person on the roster; a leaving date still to come counts as their last day. */
export function changedColumns(before: RosterEmployee, after: PlannedRow['target'], beforeManager: string | null): string[] {
  const changed: [string, boolean][] = [
    ['email', after.email !== before.email],
    ['employeeNumber', after.employeeNumber !== before.employeeNumber],
    ['name', after.name !== before.name],
    ['title', after.jobTitle !== before.jobTitle],
    ['department', after.departmentId !== before.departmentId],
    ['role', after.role !== before.role],
    ['managerEmail', after.managerEmail !== undefined && after.managerEmail !== beforeManager],
    ['hiredOn', after.hiredOn !== before.hiredOn],
    ['leftOn', after.leftOn !== (before.leftOn ?? before.leavingOn)],
    ['leaveReason', after.leaveReason !== (before.leaveReason ?? before.leavingReason)],
  ];
  return changed.filter(([, yes]) => yes).map(([field]) => field);
}
