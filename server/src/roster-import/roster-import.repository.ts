import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { RosterExportRow } from './roster-csv';
import { RosterEmployee } from './roster-plan';

export interface RosterWrite {
  id?: string;
  name: string;
  email: string;
  jobTitle: string;
  departmentId: string;
  role: string;
  hiredOn: string;
  leftOn: string | null;
  leaveReason: string | null;
}

const column = <T>(rows: RosterWrite[], key: keyof RosterWrite) => rows.map((r) => r[key] ?? null) as T[];

/** Whole-roster reads and set-based writes (one statement per kind of change, so 10,000 rows take seconds). */
@Injectable()
export class RosterImportRepository {
  constructor(private readonly dataSource: DataSource) {}

  async snapshot(manager: EntityManager = this.dataSource.manager): Promise<{ departments: { id: string; name: string }[]; employees: RosterEmployee[] }> {
    const departments = await manager.query('SELECT id, name FROM departments');
    const employees = await manager.query(
      `SELECT id, email, name, job_title AS "jobTitle", department_id AS "departmentId", role, manager_id AS "managerId",
              to_char(hired_on, 'YYYY-MM-DD') AS "hiredOn", to_char(left_on, 'YYYY-MM-DD') AS "leftOn", leave_reason AS "leaveReason"
         FROM employees`,
    );
    return { departments, employees };
  }

  /** Keeps other roster writes out until the import commits, so what was checked is what gets written. */
  async lock(manager: EntityManager): Promise<void> {
    await manager.query('LOCK TABLE employees, departments IN SHARE ROW EXCLUSIVE MODE');
  }

  async createDepartments(manager: EntityManager, names: string[]): Promise<{ id: string; name: string }[]> {
    if (!names.length) return [];
    return manager.query('INSERT INTO departments (name) SELECT unnest($1::varchar[]) RETURNING id, name', [names]);
  }

  async insertEmployees(manager: EntityManager, rows: RosterWrite[]): Promise<void> {
    if (!rows.length) return;
    await manager.query(
      `INSERT INTO employees (name, email, job_title, department_id, role, hired_on, left_on, leave_reason)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::uuid[], $5::employee_role[], $6::date[], $7::date[], $8::leave_reason[])`,
      [
        column(rows, 'name'),
        column(rows, 'email'),
        column(rows, 'jobTitle'),
        column(rows, 'departmentId'),
        column(rows, 'role'),
        column(rows, 'hiredOn'),
        column(rows, 'leftOn'),
        column(rows, 'leaveReason'),
      ],
    );
  }

  async updateEmployees(manager: EntityManager, rows: RosterWrite[]): Promise<void> {
    if (!rows.length) return;
    await manager.query(
      `UPDATE employees e
          SET name = u.name, job_title = u.job_title, department_id = u.department_id, role = u.role,
              hired_on = u.hired_on, left_on = u.left_on, leave_reason = u.leave_reason, updated_at = now()
         FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::uuid[], $5::employee_role[], $6::date[], $7::date[], $8::leave_reason[])
              AS u(id, name, job_title, department_id, role, hired_on, left_on, leave_reason)
        WHERE e.id = u.id`,
      [
        column(rows, 'id'),
        column(rows, 'name'),
        column(rows, 'jobTitle'),
        column(rows, 'departmentId'),
        column(rows, 'role'),
        column(rows, 'hiredOn'),
        column(rows, 'leftOn'),
        column(rows, 'leaveReason'),
      ],
    );
  }

  /** Sets each person's manager by email; a null manager email removes the reporting line. */
  async setManagers(manager: EntityManager, lines: { email: string; managerEmail: string | null }[]): Promise<void> {
    if (!lines.length) return;
    await manager.query(
      `UPDATE employees e
          SET manager_id = m.id, updated_at = now()
         FROM unnest($1::varchar[], $2::varchar[]) AS u(email, manager_email)
         LEFT JOIN employees m ON m.email = u.manager_email
        WHERE e.email = u.email`,
      [lines.map((l) => l.email), lines.map((l) => l.managerEmail)],
    );
  }

  async exportRows(): Promise<RosterExportRow[]> {
    return this.dataSource.query(
      `SELECT e.name, e.email, d.name AS department, e.role::text AS role, e.job_title AS title, m.email AS "managerEmail",
              to_char(e.hired_on, 'YYYY-MM-DD') AS "hiredOn", to_char(e.left_on, 'YYYY-MM-DD') AS "leftOn", e.leave_reason::text AS "leaveReason"
         FROM employees e
         JOIN departments d ON d.id = e.department_id
         LEFT JOIN employees m ON m.id = e.manager_id
        ORDER BY e.name, e.email`,
    );
  }
}
