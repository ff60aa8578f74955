import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface ResetTokenRow {
  id: string;
  employeeId: string;
  expiresAt: Date;
  usedAt: Date | null;
  leftOn: string | null;
}

@Injectable()
export class PasswordResetRepository {
  constructor(private readonly dataSource: DataSource) {}

  async activeEmployeeByEmail(email: string): Promise<{ id: string; name: string; email: string } | null> {
    const rows = await this.dataSource.query('SELECT id, name, email FROM employees WHERE email = $1 AND left_on IS NULL', [email]);
    return rows[0] ?? null;
  }

  async employee(id: string): Promise<{ id: string; name: string; email: string; leftOn: string | null } | null> {
    const rows = await this.dataSource.query('SELECT id, name, email, left_on AS "leftOn" FROM employees WHERE id = $1', [id]);
    return rows[0] ?? null;
  }

  /** A new link replaces any open one: only the newest email works. */
  async replaceOpen(employeeId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('DELETE FROM password_reset_tokens WHERE employee_id = $1 AND used_at IS NULL', [employeeId]);
      await manager.query('INSERT INTO password_reset_tokens (employee_id, token_hash, expires_at) VALUES ($1, $2, $3)', [employeeId, tokenHash, expiresAt]);
    });
  }

  async findForUpdate(manager: EntityManager, tokenHash: string): Promise<ResetTokenRow | null> {
    const rows = await manager.query(
      `SELECT t.id, t.employee_id AS "employeeId", t.expires_at AS "expiresAt", t.used_at AS "usedAt", e.left_on AS "leftOn"
         FROM password_reset_tokens t JOIN employees e ON e.id = t.employee_id WHERE t.token_hash = $1 FOR UPDATE OF t`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async markUsed(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE password_reset_tokens SET used_at = now() WHERE id = $1', [id]);
  }
}
