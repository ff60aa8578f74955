import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EmployeeRow } from '../employees/dto/employee.dto';

export interface ScimTokenRow {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** A user as SCIM shows it: the employee (read across features) and this feature's link. */
export interface ScimUserRow extends Pick<EmployeeRow, 'id' | 'name' | 'email' | 'jobTitle' | 'departmentId' | 'departmentName' | 'managerId' | 'leftOn'> {
  createdAt: Date;
  updatedAt: Date;
  externalId: string | null;
}

const SELECT_USER = `
  SELECT e.id, e.name, e.email, e.job_title AS "jobTitle", e.department_id AS "departmentId", d.name AS "departmentName",
         e.manager_id AS "managerId", e.left_on AS "leftOn", e.created_at AS "createdAt", GREATEST(e.updated_at, l.updated_at) AS "updatedAt",
         l.external_id AS "externalId"
    FROM employees e JOIN departments d ON d.id = e.department_id LEFT JOIN scim_links l ON l.employee_id = e.id`;

/** SCIM tokens and links (this feature's tables); reads of employees and departments for SCIM's views of them. */
@Injectable()
export class ScimRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertToken(name: string, tokenHash: string, createdById: string): Promise<ScimTokenRow> {
    const [row] = await this.dataSource.query(
      `INSERT INTO scim_tokens (name, token_hash, created_by_id) VALUES ($1, $2, $3)
       RETURNING id, name, created_at AS "createdAt", last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"`,
      [name, tokenHash, createdById],
    );
    return row;
  }

  listTokens(): Promise<ScimTokenRow[]> {
    return this.dataSource.query(
      `SELECT id, name, created_at AS "createdAt", last_used_at AS "lastUsedAt", revoked_at AS "revokedAt" FROM scim_tokens ORDER BY created_at DESC, id LIMIT 100`,
    );
  }

  async revokeToken(id: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT id FROM scim_tokens WHERE id = $1`, [id]);
    if (!rows.length) return false;
    await this.dataSource.query(`UPDATE scim_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [id]);
    return true;
  }

  /** The live token with this hash; its last use is noted at most once a minute. */
  async liveToken(tokenHash: string): Promise<{ id: string; name: string } | null> {
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      `WITH t AS (SELECT id, name, last_used_at FROM scim_tokens WHERE token_hash = $1 AND revoked_at IS NULL),
            touched AS (UPDATE scim_tokens s SET last_used_at = now() FROM t WHERE s.id = t.id AND (t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute'))
       SELECT id, name FROM t`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async user(id: string): Promise<ScimUserRow | null> {
    const rows: ScimUserRow[] = await this.dataSource.query(`${SELECT_USER} WHERE e.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** One page of users in a stable order; `offset` is SCIM's startIndex − 1, bounded by the caller. */
  async users(filter: { userName?: string; externalId?: string }, offset: number, count: number): Promise<{ rows: ScimUserRow[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.userName !== undefined) where.push(`e.email = $${params.push(filter.userName.toLowerCase())}`);
    if (filter.externalId !== undefined) where.push(`l.external_id = $${params.push(filter.externalId)}`);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM employees e LEFT JOIN scim_links l ON l.employee_id = e.id ${clause}`,
      params,
    );
    // eslint-disable-next-line no-restricted-syntax -- SCIM pages by startIndex (RFC 7644 §3.4.2.4), bounded: startIndex ≤ 10,000, count ≤ 200
    const rows = count === 0 ? [] : await this.dataSource.query(`${SELECT_USER} ${clause} ORDER BY e.created_at, e.id OFFSET ${offset} LIMIT ${count}`, params);
    return { rows, total };
  }

  async externalIdTaken(externalId: string, exceptEmployeeId?: string): Promise<boolean> {
    const rows = await this.dataSource.query('SELECT 1 FROM scim_links WHERE external_id = $1 AND employee_id IS DISTINCT FROM $2', [
      externalId,
      exceptEmployeeId ?? null,
    ]);
    return rows.length > 0;
  }

  /** Marks the employee as managed by the identity provider, with the token that changed them last. */
  async link(employeeId: string, externalId: string | null, tokenId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO scim_links (employee_id, external_id, token_id) VALUES ($1, $2, $3)
       ON CONFLICT (employee_id) DO UPDATE SET external_id = $2, token_id = $3, updated_at = now()`,
      [employeeId, externalId, tokenId],
    );
  }

  async isCurrentEmployee(id: string): Promise<boolean> {
    const rows = await this.dataSource.query('SELECT 1 FROM employees WHERE id = $1 AND left_on IS NULL', [id]);
    return rows.length > 0;
  }

  async groups(
    filter: { displayName?: string },
    offset: number,
    count: number,
  ): Promise<{ rows: { id: string; name: string; createdAt: Date; updatedAt: Date }[]; total: number }> {
    const params: unknown[] = [];
    const clause = filter.displayName !== undefined ? `WHERE lower(name) = lower($${params.push(filter.displayName)})` : '';
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM departments ${clause}`, params);
    const rows =
      count === 0
        ? []
        : await this.dataSource.query(
            // eslint-disable-next-line no-restricted-syntax -- SCIM pages by startIndex (RFC 7644 §3.4.2.4), bounded: startIndex ≤ 10,000, count ≤ 200
            `SELECT id, name, created_at AS "createdAt", updated_at AS "updatedAt" FROM departments ${clause} ORDER BY name, id OFFSET ${offset} LIMIT ${count}`,
            params,
          );
    return { rows, total };
  }

  async group(id: string): Promise<{ id: string; name: string; createdAt: Date; updatedAt: Date } | null> {
    const rows = await this.dataSource.query(`SELECT id, name, created_at AS "createdAt", updated_at AS "updatedAt" FROM departments WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Current members of a department, bounded (a group's member list is for display here, not a roster export). */
  members(departmentId: string, limit: number): Promise<{ id: string; name: string }[]> {
    return this.dataSource.query(`SELECT id, name FROM employees WHERE department_id = $1 AND left_on IS NULL ORDER BY name, id LIMIT $2`, [
      departmentId,
      limit,
    ]);
  }
}
