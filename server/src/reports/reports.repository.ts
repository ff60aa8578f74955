import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LeaveReason } from '../employees/employee.entity';
import { StoryChannel } from '../stories/story.entity';
import type { ComplimentRow } from './compliment-stats';
import { RecognitionCohortRow } from './kaplan-meier';
import { EmploymentRow } from './workforce-stats';

/** Departments a report covers; null means the whole company. */
export type DepartmentScope = string[] | null;

/**
 * Every moment someone was recognised, as (employee_id, on_date, by_customer): being a hero of a published, not
 * deleted story (on the day it happened) or receiving a reward that was not revoked (on the company-time-zone day it
 * was given). by_customer marks stories told by a customer (a compliment a manager confirmed, "from a customer").
 * The one definition of "recognised" that every report uses.
 */
export function recognitionEventsSql(): string {
  return `
    SELECT sh.employee_id, s.occurred_on AS on_date, s.from_customer AS by_customer
      FROM story_heroes sh
      JOIN stories s ON s.id = sh.story_id
     WHERE s.deleted_at IS NULL AND s.status = 'published'
    UNION ALL
    SELECT r.recipient_id AS employee_id, r.awarded_on AS on_date, false AS by_customer
      FROM rewards r
     WHERE r.revoked_at IS NULL`;
}

export interface CoverageRow {
  departmentId: string;
  headcount: number;
  recognised30Days: number;
  recognised90Days: number;
  recognised365Days: number;
  neverRecognised: number;
}

export interface NeverRecognisedRow {
  id: string;
  name: string;
  jobTitle: string;
  departmentId: string;
  hiredOn: string;
}

export interface FirstContactRow {
  month: string;
  key: string;
  stories: number;
  firstContact: number;
}

/** The one place with report SQL. Dates are `date` columns: calendar days in the company's time zone. */
@Injectable()
export class ReportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async departments(scope: DepartmentScope): Promise<{ id: string; name: string }[]> {
    return this.dataSource.query('SELECT id, name FROM departments WHERE ($1::uuid[] IS NULL OR id = ANY($1)) ORDER BY name', [scope]);
  }

  /** Everyone ever employed in the scope (by current department), hired on or before `hiredOnOrBefore`. */
  async employment(scope: DepartmentScope, hiredOnOrBefore: string): Promise<EmploymentRow[]> {
    return this.dataSource.query(
      `SELECT department_id AS "departmentId", to_char(hired_on, 'YYYY-MM-DD') AS "hiredOn",
              to_char(left_on, 'YYYY-MM-DD') AS "leftOn", leave_reason AS "leaveReason"
         FROM employees
        WHERE ($1::uuid[] IS NULL OR department_id = ANY($1)) AND hired_on <= $2`,
      [scope, hiredOnOrBefore],
    ) as Promise<{ departmentId: string; hiredOn: string; leftOn: string | null; leaveReason: LeaveReason | null }[]>;
  }

  /**
   * People hired at least `months` months before `asOf`, each with whether they were recognised on a day in
   * [hiredOn, hiredOn + months) by peers or managers (a story not from a customer, or a reward) and by customers (a
   * story from a customer). PostgreSQL's date + interval clamps month ends the way calendar-math's addMonths does.
   */
  async recognitionCohort(scope: DepartmentScope, asOf: string, months: number): Promise<RecognitionCohortRow[]> {
    const inWindow = `ev.employee_id = e.id AND ev.on_date >= e.hired_on AND ev.on_date < (e.hired_on + make_interval(months => $3))::date`;
    return this.dataSource.query(
      `WITH recognition AS (${recognitionEventsSql()})
       SELECT e.department_id AS "departmentId", to_char(e.hired_on, 'YYYY-MM-DD') AS "hiredOn",
              to_char(e.left_on, 'YYYY-MM-DD') AS "leftOn",
              EXISTS (SELECT 1 FROM recognition ev WHERE ${inWindow} AND NOT ev.by_customer) AS recognised,
              EXISTS (SELECT 1 FROM recognition ev WHERE ${inWindow} AND ev.by_customer) AS "recognisedByCustomers"
         FROM employees e
        WHERE ($1::uuid[] IS NULL OR e.department_id = ANY($1)) AND e.hired_on <= $2::date`,
      [scope, asOf, months],
    );
  }

  /**
   * Per department: people employed at the end of `asOf`, how many were recognised in the 30, 90 and 365 days
   * ending on `asOf` (both ends included), and how many were never recognised up to `asOf`.
   */
  async coverage(scope: DepartmentScope, asOf: string): Promise<CoverageRow[]> {
    return this.dataSource.query(
      `WITH recognition AS (${recognitionEventsSql()}),
            active AS (
              SELECT e.id, e.department_id FROM employees e
               WHERE ($1::uuid[] IS NULL OR e.department_id = ANY($1))
                 AND e.hired_on <= $2::date AND (e.left_on IS NULL OR e.left_on > $2::date)),
            latest AS (
              SELECT ev.employee_id, max(ev.on_date) AS last_on
                FROM recognition ev JOIN active a ON a.id = ev.employee_id
               WHERE ev.on_date <= $2::date
               GROUP BY ev.employee_id)
       SELECT a.department_id AS "departmentId", count(*)::int AS headcount,
              count(*) FILTER (WHERE l.last_on > $2::date - 30)::int AS "recognised30Days",
              count(*) FILTER (WHERE l.last_on > $2::date - 90)::int AS "recognised90Days",
              count(*) FILTER (WHERE l.last_on > $2::date - 365)::int AS "recognised365Days",
              count(*) FILTER (WHERE l.last_on IS NULL)::int AS "neverRecognised"
         FROM active a LEFT JOIN latest l ON l.employee_id = a.id
        GROUP BY a.department_id`,
      [scope, asOf],
    );
  }

  /** People employed at the end of `asOf` never recognised up to it, longest-serving first. */
  async neverRecognised(scope: DepartmentScope, asOf: string, limit: number): Promise<NeverRecognisedRow[]> {
    return this.dataSource.query(
      `WITH recognition AS (${recognitionEventsSql()})
       SELECT e.id, e.name, e.job_title AS "jobTitle", e.department_id AS "departmentId", to_char(e.hired_on, 'YYYY-MM-DD') AS "hiredOn"
         FROM employees e
        WHERE ($1::uuid[] IS NULL OR e.department_id = ANY($1))
          AND e.hired_on <= $2::date AND (e.left_on IS NULL OR e.left_on > $2::date)
          AND NOT EXISTS (SELECT 1 FROM recognition ev WHERE ev.employee_id = e.id AND ev.on_date <= $2::date)
        ORDER BY e.hired_on, e.name, e.id
        LIMIT $3`,
      [scope, asOf, limit],
    );
  }

  /**
   * Published stories that happened in [from, to], per month and hero department (the department the hero was in
   * when the story was told; a story with heroes in two departments counts once in each).
   */
  async firstContactByDepartment(scope: DepartmentScope, from: string, to: string): Promise<FirstContactRow[]> {
    return this.dataSource.query(
      `SELECT to_char(s.occurred_on, 'YYYY-MM') AS month, sh.department_id AS key,
              count(DISTINCT s.id)::int AS stories,
              count(DISTINCT s.id) FILTER (WHERE s.resolved_without_handoff)::int AS "firstContact"
         FROM stories s JOIN story_heroes sh ON sh.story_id = s.id
        WHERE s.deleted_at IS NULL AND s.status = 'published' AND s.occurred_on BETWEEN $2 AND $3
          AND ($1::uuid[] IS NULL OR sh.department_id = ANY($1))
        GROUP BY 1, 2`,
      [scope, from, to],
    );
  }

  /** The same per month and channel; each story once, when any of its heroes is in the scope. */
  async firstContactByChannel(scope: DepartmentScope, from: string, to: string): Promise<(FirstContactRow & { key: StoryChannel })[]> {
    return this.dataSource.query(
      `SELECT to_char(s.occurred_on, 'YYYY-MM') AS month, s.channel::text AS key,
              count(*)::int AS stories, count(*) FILTER (WHERE s.resolved_without_handoff)::int AS "firstContact"
         FROM stories s
        WHERE s.deleted_at IS NULL AND s.status = 'published' AND s.occurred_on BETWEEN $2 AND $3
          AND ($1::uuid[] IS NULL OR EXISTS (SELECT 1 FROM story_heroes sh WHERE sh.story_id = s.id AND sh.department_id = ANY($1)))
        GROUP BY 1, 2`,
      [scope, from, to],
    );
  }

  /**
   * Customer compliments received on a company-time-zone day in [from, to] by a department in the scope (the
   * department of the thank-you link), not discarded: one row each, the report counts them.
   */
  async compliments(scope: DepartmentScope, from: string, to: string, timeZone: string): Promise<ComplimentRow[]> {
    return this.dataSource.query(
      `SELECT c.department_id AS "departmentId", c.employee_id AS "employeeId", e.name AS "employeeName",
              to_char(c.created_at AT TIME ZONE $4, 'YYYY-MM') AS month,
              (c.status = 'published') AS "becameStory", (c.email_confirmed_at IS NOT NULL) AS "emailConfirmed",
              CASE WHEN c.status = 'published' THEN (extract(epoch FROM c.reviewed_at - c.created_at) / 3600)::float8 END AS "hoursToStory"
         FROM customer_compliments c LEFT JOIN employees e ON e.id = c.employee_id
        WHERE c.status <> 'discarded' AND ($1::uuid[] IS NULL OR c.department_id = ANY($1))
          AND c.created_at >= ($2::date::timestamp AT TIME ZONE $4) AND c.created_at < (($3::date + 1)::timestamp AT TIME ZONE $4)`,
      [scope, from, to, timeZone],
    );
  }
}
