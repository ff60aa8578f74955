import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { emailSkeleton } from '../common/email-skeleton';
import { EmployeeRow } from './dto/employee.dto';
import { EmployeeCredentials } from './employee-credentials';
import { EmployeeRole, Language, LeaveReason } from './employee.entity';

const SELECT_EMPLOYEE = `
  SELECT e.id, e.name, e.email, e.job_title AS "jobTitle", e.department_id AS "departmentId", d.name AS "departmentName",
         e.role, e.manager_id AS "managerId", m.name AS "managerName", e.hired_on AS "hiredOn", e.left_on AS "leftOn",
         e.leave_reason AS "leaveReason", e.employee_number AS "employeeNumber", e.leaving_on AS "leavingOn", e.leaving_reason AS "leavingReason",
         (e.password_hash IS NOT NULL) AS "hasPassword",
         e.email_refused_reason AS "emailRefusedReason", e.email_refused_at AS "emailRefusedAt", e.language,
         EXISTS (SELECT 1 FROM invitations i WHERE i.employee_id = e.id AND i.accepted_at IS NULL AND i.expires_at > now()) AS "invitationPending",
         EXISTS (SELECT 1 FROM scim_links l WHERE l.employee_id = e.id) AS "managedByIdentityProvider"
    FROM employees e
    JOIN departments d ON d.id = e.department_id
    LEFT JOIN employees m ON m.id = e.manager_id`;

export interface EmployeeFilter {
  q?: string;
  roles?: EmployeeRole[];
  departmentId?: string;
  /** Only these departments (a manager's roster); undefined for no limit. */
  departmentIds?: string[];
  status: 'active' | 'left' | 'all';
}

export type RosterSort = 'name' | 'department' | 'hiredOn';

export interface RosterOrder {
  sort: RosterSort;
  direction: 'asc' | 'desc';
}

/** Each order's sort key, ending in the id so that it is unique (a page's cursor is this key of its last row). */
export const ROSTER_SORT_KEYS: Record<RosterSort, { column: string; type: string; of: (row: EmployeeRow) => string }[]> = {
  name: [
    { column: 'e.name', type: 'text', of: (r) => r.name },
    { column: 'e.id', type: 'uuid', of: (r) => r.id },
  ],
  department: [
    { column: 'd.name', type: 'text', of: (r) => r.departmentName },
    { column: 'e.name', type: 'text', of: (r) => r.name },
    { column: 'e.id', type: 'uuid', of: (r) => r.id },
  ],
  hiredOn: [
    { column: 'e.hired_on', type: 'date', of: (r) => String(r.hiredOn) },
    { column: 'e.id', type: 'uuid', of: (r) => r.id },
  ],
};

/** A person found by the header search. */
export interface PersonHit {
  id: string;
  name: string;
  jobTitle: string;
  department: { id: string; name: string };
  active: boolean;
}

export interface EmployeeChanges {
  name?: string;
  email?: string;
  employeeNumber?: string | null;
  jobTitle?: string;
  departmentId?: string;
  role?: EmployeeRole;
  managerId?: string | null;
  hiredOn?: string;
}

const COLUMNS: Record<keyof EmployeeChanges, string> = {
  name: 'name',
  email: 'email',
  employeeNumber: 'employee_number',
  jobTitle: 'job_title',
  departmentId: 'department_id',
  role: 'role',
  managerId: 'manager_id',
  hiredOn: 'hired_on',
};

@Injectable()
export class EmployeesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<EmployeeRow | null> {
    const rows: EmployeeRow[] = await manager.query(`${SELECT_EMPLOYEE} WHERE e.id = $1`, [id]);
    return rows[0] ?? null;
  }

  async findByIds(ids: string[], manager: EntityManager): Promise<EmployeeRow[]> {
    return manager.query(`${SELECT_EMPLOYEE} WHERE e.id = ANY($1::uuid[])`, [ids]);
  }

  /**
   * One page in the given order; `after` is the last row's sort key of the previous page (see ROSTER_SORT_KEYS).
   * Without `after`, `skip` rows are passed over first (a numbered page): only their sort keys are read, along the
   * same index, and the page then continues from the last of them by keyset.
   */
  async page(filter: EmployeeFilter, order: RosterOrder, limit: number, after?: (string | number)[], skip = 0): Promise<EmployeeRow[]> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = this.filterSql(filter, param);
    const keys = ROSTER_SORT_KEYS[order.sort];
    const direction = order.direction === 'desc' ? 'DESC' : 'ASC';
    const orderBy = keys.map((k) => `${k.column} ${direction}`).join(', ');
    const tuple = `(${keys.map((k) => k.column).join(', ')})`;
    const comparison = direction === 'DESC' ? '<' : '>';
    const keyList = (values: unknown[]) => `(${values.map((v, i) => `${param(v)}::${keys[i]!.type}`).join(', ')})`;
    if (after) where.push(`${tuple} ${comparison} ${keyList(after)}`);
    else if (skip > 0) {
      // The last sort key of the skipped rows, then a keyset page after it: no OFFSET (see the pagination guard).
      const skipped = `SELECT ${keys.map((k, i) => `${k.column} AS k${i}`).join(', ')} FROM employees e JOIN departments d ON d.id = e.department_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${orderBy} LIMIT ${param(skip)}`;
      const reversed = keys.map((_, i) => `k${i} ${direction === 'DESC' ? 'ASC' : 'DESC'}`).join(', ');
      where.push(`${tuple} ${comparison} (SELECT ${keys.map((_, i) => `k${i}`).join(', ')} FROM (${skipped}) s ORDER BY ${reversed} LIMIT 1)`);
    }
    const sql = `${SELECT_EMPLOYEE} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${orderBy} LIMIT ${param(limit)}`;
    return this.dataSource.query(sql, params);
  }

  /** How many people the filter matches (the roster's total). */
  async count(filter: EmployeeFilter): Promise<number> {
    const params: unknown[] = [];
    const where = this.filterSql(filter, (value) => `$${params.push(value)}`);
    const rows: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM employees e ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      params,
    );
    return rows[0]?.n ?? 0;
  }

  private filterSql(filter: EmployeeFilter, param: (value: unknown) => string): string[] {
    const where: string[] = [];
    if (filter.status === 'active') where.push('e.left_on IS NULL');
    if (filter.status === 'left') where.push('e.left_on IS NOT NULL');
    if (filter.departmentId) where.push(`e.department_id = ${param(filter.departmentId)}`);
    if (filter.departmentIds) where.push(`e.department_id = ANY(${param(filter.departmentIds)}::uuid[])`);
    if (filter.roles?.length) where.push(`e.role = ANY(${param(filter.roles)}::employee_role[])`);
    if (filter.q) where.push(`e.name ILIKE ${param(`%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
    return where;
  }

  /**
   * People whose name, job title or department contains `q` (case-insensitive), people still employed first. A
   * substring scan: the roster is small next to the stories (100k people scan in a few ms), so no trigram index.
   */
  async searchPeople(q: string, limit: number): Promise<PersonHit[]> {
    return this.dataSource.query(
      `SELECT e.id, e.name, e.job_title AS "jobTitle", json_build_object('id', d.id, 'name', d.name) AS department, e.left_on IS NULL AS active
         FROM employees e JOIN departments d ON d.id = e.department_id
        WHERE e.name ILIKE $1 OR e.job_title ILIKE $1 OR d.name ILIKE $1
        ORDER BY (e.left_on IS NULL) DESC, (e.name ILIKE $1) DESC, e.name, e.id LIMIT $2`,
      [`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, limit],
    );
  }

  async markEmailRefused(id: string, email: string, reason: string): Promise<void> {
    // Only while the address is still the one that was refused: an edit in between already cleared it.
    await this.dataSource.query('UPDATE employees SET email_refused_reason = $3, email_refused_at = now() WHERE id = $1 AND email = $2', [
      id,
      email,
      reason.slice(0, 500),
    ]);
  }

  /** Who a person is for acting on their behalf from another tool (Slack): only someone still employed. */
  async actorByEmail(email: string): Promise<{ id: string; name: string; role: EmployeeRole; departmentId: string; managedDepartmentIds: string[] } | null> {
    const rows = await this.dataSource.query(
      `SELECT e.id, e.name, e.role, e.department_id AS "departmentId",
              ARRAY(SELECT dm.department_id::text FROM department_managers dm WHERE dm.employee_id = e.id) AS "managedDepartmentIds"
         FROM employees e WHERE e.email = lower($1) AND e.left_on IS NULL`,
      [email],
    );
    return rows[0] ?? null;
  }

  async emailTaken(email: string, exceptId?: string): Promise<boolean> {
    const rows = await this.dataSource.query('SELECT 1 FROM employees WHERE email = $1 AND id IS DISTINCT FROM $2', [email, exceptId ?? null]);
    return rows.length > 0;
  }

  /**
   * Someone else's address that reads the same as this one (see emailSkeleton). Only an address with a character
   * outside ASCII can look like another without being it, so the candidates are those few plus the one plain
   * address this one imitates; the skeletons are compared here, where the lookalike table lives.
   */
  async lookalikeEmailTaken(email: string, exceptId?: string): Promise<boolean> {
    const skeleton = emailSkeleton(email);
    const rows: { email: string }[] = await this.dataSource.query(
      `SELECT email FROM employees WHERE (email = $1 OR email ~ '[^\x01-\x7e]') AND email <> $2 AND id IS DISTINCT FROM $3`,
      [skeleton, email, exceptId ?? null],
    );
    return rows.some((row) => emailSkeleton(row.email) === skeleton);
  }

  async employeeNumberTaken(employeeNumber: string, exceptId?: string): Promise<boolean> {
    const rows = await this.dataSource.query('SELECT 1 FROM employees WHERE employee_number = $1 AND id IS DISTINCT FROM $2', [
      employeeNumber,
      exceptId ?? null,
    ]);
    return rows.length > 0;
  }

  async departmentExists(id: string): Promise<boolean> {
    const rows = await this.dataSource.query('SELECT 1 FROM departments WHERE id = $1', [id]);
    return rows.length > 0;
  }

  async isCurrentEmployee(id: string): Promise<boolean> {
    const rows = await this.dataSource.query('SELECT 1 FROM employees WHERE id = $1 AND left_on IS NULL', [id]);
    return rows.length > 0;
  }

  async insert(
    manager: EntityManager,
    values: Required<Omit<EmployeeChanges, 'managerId' | 'employeeNumber'>> & { managerId: string | null; employeeNumber: string | null },
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO employees (name, email, job_title, department_id, role, manager_id, hired_on, employee_number)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [values.name, values.email, values.jobTitle, values.departmentId, values.role, values.managerId, values.hiredOn, values.employeeNumber],
    );
    return row.id;
  }

  async update(manager: EntityManager, id: string, changes: EmployeeChanges): Promise<void> {
    const entries = Object.entries(changes).filter(([, value]) => value !== undefined) as [keyof EmployeeChanges, unknown][];
    if (!entries.length) return;
    // A new address has not been refused yet.
    const clearRefusal =
      changes.email !== undefined
        ? ', email_refused_reason = CASE WHEN email = $2::varchar THEN email_refused_reason END, email_refused_at = CASE WHEN email = $2::varchar THEN email_refused_at END'
        : '';
    const ordered =
      changes.email !== undefined ? [['email', changes.email] as [keyof EmployeeChanges, unknown], ...entries.filter(([k]) => k !== 'email')] : entries;
    const orderedSets = ordered.map(([key], i) => `${COLUMNS[key]} = $${i + 2}`);
    await manager.query(`UPDATE employees SET ${orderedSets.join(', ')}${clearRefusal}, updated_at = now() WHERE id = $1`, [id, ...ordered.map(([, v]) => v)]);
  }

  /** One statement for any number of departures (a roster import may record thousands); a leaving date they had is done with. */
  async recordDepartures(manager: EntityManager, departures: { id: string; leftOn: string; reason: LeaveReason }[]): Promise<void> {
    if (!departures.length) return;
    await manager.query(
      `UPDATE employees e SET left_on = d.left_on, leave_reason = d.leave_reason, leaving_on = NULL, leaving_reason = NULL, updated_at = now()
         FROM unnest($1::uuid[], $2::date[], $3::leave_reason[]) AS d(id, left_on, leave_reason)
        WHERE e.id = d.id`,
      [departures.map((d) => d.id), departures.map((d) => d.leftOn), departures.map((d) => d.reason)],
    );
  }

  /** Leaving dates (departures still to come), one statement for any number; the people stay employed until then. */
  async setLeavingDates(manager: EntityManager, departures: { id: string; leftOn: string; reason: LeaveReason }[]): Promise<void> {
    if (!departures.length) return;
    await manager.query(
      `UPDATE employees e SET leaving_on = d.leaving_on, leaving_reason = d.leaving_reason, updated_at = now()
         FROM unnest($1::uuid[], $2::date[], $3::leave_reason[]) AS d(id, leaving_on, leaving_reason)
        WHERE e.id = d.id`,
      [departures.map((d) => d.id), departures.map((d) => d.leftOn), departures.map((d) => d.reason)],
    );
  }

  /** The one read of password hashes (for signing in and changing a password). */
  async credentials(by: 'email' | 'id', value: string): Promise<EmployeeCredentials | null> {
    const rows: EmployeeCredentials[] = await this.dataSource.query(
      `SELECT id, name, email, role, password_hash AS "passwordHash", left_on AS "leftOn" FROM employees WHERE ${by === 'email' ? 'email' : 'id'} = $1`,
      [value],
    );
    return rows[0] ?? null;
  }

  /** The one writer of password hashes. */
  async setPasswordHash(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    await manager.query('UPDATE employees SET password_hash = $2, updated_at = now() WHERE id = $1', [id, passwordHash]);
  }

  async setLanguage(id: string, language: Language | null): Promise<void> {
    await this.dataSource.query('UPDATE employees SET language = $2, updated_at = now() WHERE id = $1', [id, language]);
  }

  async reinstate(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE employees SET left_on = NULL, leave_reason = NULL, updated_at = now() WHERE id = $1', [id]);
  }

  /** The roster version (see RosterVersion): read by cached read models for their key. */
  async rosterVersion(): Promise<string> {
    const rows: { version: string }[] = await this.dataSource.query('SELECT version FROM roster_version WHERE id = 1');
    return rows[0]?.version ?? '0';
  }

  /** Inside the transaction that changes the roster, so the new version is seen together with the change. */
  async bumpRosterVersion(manager: EntityManager): Promise<void> {
    await manager.query('INSERT INTO roster_version (id, version) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET version = roster_version.version + 1');
  }

  /** In id order, so that two writers locking overlapping sets cannot deadlock. */
  async lockForUpdate(manager: EntityManager, ids: string[]): Promise<void> {
    await manager.query('SELECT 1 FROM employees WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [ids]);
  }
}
