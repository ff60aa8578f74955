import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { RosterRowWrite } from './roster-writes.service';

const column = <T>(rows: RosterRowWrite[], key: keyof RosterRowWrite) => rows.map((r) => r[key] ?? null) as T[];

/** Set-based writes of many employees at once: one statement per kind of change, so 10,000 rows take seconds. */
@Injectable()
export class RosterWritesRepository {
  async insertMany(manager: EntityManager, rows: RosterRowWrite[]): Promise<void> {
    if (!rows.length) return;
    await manager.query(
      `INSERT INTO employees (name, email, job_title, department_id, role, hired_on, left_on, leave_reason, employee_number, leaving_on, leaving_reason)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::uuid[], $5::employee_role[], $6::date[], $7::date[], $8::leave_reason[],
                            $9::varchar[], $10::date[], $11::leave_reason[])`,
      [
        column(rows, 'name'),
        column(rows, 'email'),
        column(rows, 'jobTitle'),
        column(rows, 'departmentId'),
        column(rows, 'role'),
        column(rows, 'hiredOn'),
        column(rows, 'leftOn'),
        column(rows, 'leaveReason'),
        column(rows, 'employeeNumber'),
        column(rows, 'leavingOn'),
        column(rows, 'leavingReason'),
      ],
    );
  }

  /** Matched by id, so an import may change a person's email (found by their employee number); a new address has not been refused yet. */
  async updateMany(manager: EntityManager, rows: RosterRowWrite[]): Promise<void> {
    if (!rows.length) return;
    await manager.query(
      `UPDATE employees e
          SET name = u.name, job_title = u.job_title, department_id = u.department_id, role = u.role,
              hired_on = u.hired_on, left_on = u.left_on, leave_reason = u.leave_reason, updated_at = now(),
              email = u.email, employee_number = u.employee_number,
              email_refused_reason = CASE WHEN e.email = u.email THEN e.email_refused_reason END,
              email_refused_at = CASE WHEN e.email = u.email THEN e.email_refused_at END
         FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::uuid[], $5::employee_role[], $6::date[], $7::date[], $8::leave_reason[],
                     $9::varchar[], $10::varchar[])
              AS u(id, name, job_title, department_id, role, hired_on, left_on, leave_reason, email, employee_number)
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
        column(rows, 'email'),
        column(rows, 'employeeNumber'),
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
}
