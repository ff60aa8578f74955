import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { RosterExportRow } from './roster-csv';
import { RosterEmployee } from './roster-plan.types';

/**
 * Whole-roster reads for planning and exporting an import. The writes are the owners': EmployeesService,
 * RosterWritesService (employees) and DepartmentsService (departments), each one set-based.
 */
@Injectable()
export class RosterImportRepository {
  constructor(private readonly dataSource: DataSource) {}

  async snapshot(manager: EntityManager = this.dataSource.manager): Promise<{ departments: { id: string; name: string }[]; employees: RosterEmployee[] }> {
    const departments = await manager.query('SELECT id, name FROM departments');
    const employees = await manager.query(
      `SELECT id, email, name, job_title AS "jobTitle", department_id AS "departmentId", role, manager_id AS "managerId",
              to_char(hired_on, 'YYYY-MM-DD') AS "hiredOn", to_char(left_on, 'YYYY-MM-DD') AS "leftOn", leave_reason AS "leaveReason",
              employee_number AS "employeeNumber", to_char(leaving_on, 'YYYY-MM-DD') AS "leavingOn", leaving_reason AS "leavingReason"
         FROM employees`,
    );
    return { departments, employees };
  }

  /** Keeps other roster writes out until the import commits, so what was checked is what gets written. */
  async lock(manager: EntityManager): Promise<void> {
    await manager.query('LOCK TABLE employees, departments IN SHARE ROW EXCLUSIVE MODE');
  }

  /** A leaving date still to come is written as leftOn, as the import reads it. */
  async exportRows(): Promise<RosterExportRow[]> {
    return this.dataSource.query(
      `SELECT e.name, e.email, d.name AS department, e.role::text AS role, e.job_title AS title, m.email AS "managerEmail",
              to_char(e.hired_on, 'YYYY-MM-DD') AS "hiredOn", to_char(COALESCE(e.left_on, e.leaving_on), 'YYYY-MM-DD') AS "leftOn", COALESCE(e.leave_reason, e.leaving_reason)::text AS "leaveReason",
              e.employee_number AS "employeeNumber"
         FROM employees e
         JOIN departments d ON d.id = e.department_id
         LEFT JOIN employees m ON m.id = e.manager_id
        ORDER BY e.name, e.email`,
    );
  }
}
