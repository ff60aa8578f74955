import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DepartmentsService } from '../departments/departments.service';
import { EmployeeRole, LeaveReason } from './employee.entity';
import { EmployeesRepository } from './employees.repository';
import { RosterWritesRepository } from './roster-writes.repository';

/** One employee row as a bulk writer has already checked it: `id` for an update, none for a new person. */
export interface RosterRowWrite {
  id?: string;
  name: string;
  email: string;
  jobTitle: string;
  departmentId: string;
  role: EmployeeRole;
  hiredOn: string;
  leftOn: string | null;
  leaveReason: LeaveReason | null;
  employeeNumber: string | null;
  /** A new person's leaving date still to come (an update's is EmployeesService.recordDepartures); ignored on updates. */
  leavingOn?: string | null;
  leavingReason?: LeaveReason | null;
}

/**
 * The employees module's writes of many roster rows at once (a roster import), each one set-based and inside the
 * caller's transaction: the caller has planned and checked the rows against the whole roster (see roster-plan).
 * Departures are not written here: they are EmployeesService.recordDepartures, as on the person page.
 */
@Injectable()
export class RosterWritesService {
  constructor(
    private readonly rows: RosterWritesRepository,
    private readonly employees: EmployeesRepository,
    private readonly departments: DepartmentsService,
  ) {}

  insertMany(manager: EntityManager, rows: RosterRowWrite[]): Promise<void> {
    return this.rows.insertMany(manager, rows);
  }

  updateMany(manager: EntityManager, rows: RosterRowWrite[]): Promise<void> {
    return this.rows.updateMany(manager, rows);
  }

  /** Each person's manager by email; a null manager email removes the reporting line. */
  setManagers(manager: EntityManager, lines: { email: string; managerEmail: string | null }[]): Promise<void> {
    return this.rows.setManagers(manager, lines);
  }

  /** These people manage no department any more (they are staff now). */
  stopManaging(manager: EntityManager, ids: string[]): Promise<void> {
    return this.departments.stopManaging(manager, ids);
  }

  /** After the rows are written, in the same transaction: see RosterVersion. */
  async rosterChanged(manager: EntityManager): Promise<void> {
    await this.employees.bumpRosterVersion(manager);
  }
}
