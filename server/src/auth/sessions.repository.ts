import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EmployeeRole } from '../employees/employee.entity';

export interface SessionEmployeeRow {
  id: string;
  name: string;
  role: EmployeeRole;
  departmentId: string;
  leftOn: string | null;
  managedDepartmentIds: string[];
  sessionLive: boolean;
}

export interface RotatedToken {
  employeeId: string;
  familyId: string;
}

/**
 * Refresh tokens: the SQL behind rotation and the per-request session check. Employees are only read here (who is
 * signed in, whether they left); their credentials are the employees module's (EmployeesService).
 */
@Injectable()
export class SessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One round trip per request: the employee as they are now and whether their sign-in is still live. */
  async sessionEmployee(employeeId: string, familyId: string): Promise<SessionEmployeeRow | null> {
    const rows: SessionEmployeeRow[] = await this.dataSource.query(
      `SELECT e.id, e.name, e.role, e.department_id AS "departmentId", e.left_on AS "leftOn",
              ARRAY(SELECT dm.department_id::text FROM department_managers dm WHERE dm.employee_id = e.id) AS "managedDepartmentIds",
              EXISTS (SELECT 1 FROM refresh_tokens t WHERE t.family_id = $2 AND t.employee_id = e.id AND t.revoked_at IS NULL) AS "sessionLive"
         FROM employees e WHERE e.id = $1`,
      [employeeId, familyId],
    );
    return rows[0] ?? null;
  }

  /** Whether the employee still exists and when they left (null while employed): a refresh ends a leaver's sign-in. */
  async employment(manager: EntityManager, employeeId: string): Promise<{ leftOn: string | null } | null> {
    const rows: { leftOn: string | null }[] = await manager.query('SELECT left_on AS "leftOn" FROM employees WHERE id = $1', [employeeId]);
    return rows[0] ?? null;
  }

  async insertToken(manager: EntityManager, token: { employeeId: string; familyId: string; tokenHash: string; expiresAt: Date }) {
    await manager.query('INSERT INTO refresh_tokens (employee_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, $4)', [
      token.employeeId,
      token.familyId,
      token.tokenHash,
      token.expiresAt,
    ]);
  }

  /** Marks a live token as used, atomically: of two requests presenting it, only one gets a row back. */
  async rotate(manager: EntityManager, tokenHash: string): Promise<RotatedToken | null> {
    const rows: RotatedToken[] = await manager.query(
      // Wrapped in a CTE: TypeORM returns [rows, count] for a bare UPDATE ... RETURNING.
      `WITH rotated AS (
         UPDATE refresh_tokens SET rotated_at = now()
          WHERE token_hash = $1 AND rotated_at IS NULL AND revoked_at IS NULL AND expires_at > now()
          RETURNING employee_id, family_id)
       SELECT employee_id AS "employeeId", family_id AS "familyId" FROM rotated`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  /**
   * A token that was already rotated: its family, and whether it was rotated less than `graceSeconds` ago in a
   * sign-in that is still live (another tab of the same browser refreshed at the same moment).
   */
  async findUsedToken(manager: EntityManager, tokenHash: string, graceSeconds: number): Promise<(RotatedToken & { withinGrace: boolean }) | null> {
    const rows: (RotatedToken & { withinGrace: boolean })[] = await manager.query(
      `SELECT employee_id AS "employeeId", family_id AS "familyId",
              (revoked_at IS NULL AND expires_at > now() AND rotated_at > now() - make_interval(secs => $2)) AS "withinGrace"
         FROM refresh_tokens WHERE token_hash = $1 AND rotated_at IS NOT NULL`,
      [tokenHash, graceSeconds],
    );
    return rows[0] ?? null;
  }

  async familyOf(tokenHash: string): Promise<string | null> {
    const rows: { familyId: string }[] = await this.dataSource.query(`SELECT family_id AS "familyId" FROM refresh_tokens WHERE token_hash = $1`, [tokenHash]);
    return rows[0]?.familyId ?? null;
  }

  async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.query('UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL', [familyId]);
  }

  /** Every sign-in of the employee ends except `keepFamilyId` (the one changing the password). */
  async revokeAllExcept(manager: EntityManager, employeeId: string, keepFamilyId: string): Promise<void> {
    await manager.query('UPDATE refresh_tokens SET revoked_at = now() WHERE employee_id = $1 AND family_id <> $2 AND revoked_at IS NULL', [
      employeeId,
      keepFamilyId,
    ]);
  }

  async revokeAllFor(manager: EntityManager, employeeIds: string[]): Promise<void> {
    if (!employeeIds.length) return;
    await manager.query('UPDATE refresh_tokens SET revoked_at = now() WHERE employee_id = ANY($1::uuid[]) AND revoked_at IS NULL', [employeeIds]);
  }

  /** Refresh tokens past their expiry can be neither used nor replayed: the rows only take space. */
  async purgeExpiredRefreshTokens(): Promise<number> {
    const [row] = await this.dataSource.query(
      'WITH gone AS (DELETE FROM refresh_tokens WHERE expires_at < now() RETURNING 1) SELECT count(*)::int AS n FROM gone',
    );
    return row.n;
  }

  /** Throttle counters (sign-in, password reset) whose window has passed (rate-limiter-flexible keeps `expire` in epoch ms). */
  async purgeExpiredThrottles(): Promise<number> {
    const [row] = await this.dataSource.query(
      `WITH gone AS (DELETE FROM login_throttle WHERE expire IS NOT NULL AND expire < (extract(epoch FROM now()) * 1000)::bigint RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
    );
    return row.n;
  }
}
