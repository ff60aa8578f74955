import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface InvitationRow {
  id: string;
  employeeId: string;
  employeeName: string;
  email: string;
  leftOn: string | null;
  expiresAt: Date;
  acceptedAt: Date | null;
}

@Injectable()
export class InvitationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findByTokenHash(tokenHash: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<InvitationRow | null> {
    const rows: InvitationRow[] = await manager.query(
      `SELECT i.id, i.employee_id AS "employeeId", e.name AS "employeeName", e.email, e.left_on AS "leftOn",
              i.expires_at AS "expiresAt", i.accepted_at AS "acceptedAt"
         FROM invitations i JOIN employees e ON e.id = i.employee_id
        WHERE i.token_hash = $1 ${lock ? 'FOR UPDATE OF i' : ''}`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  /** A new invitation replaces any open one: older links stop working. */
  async replaceOpen(manager: EntityManager, invitation: { employeeId: string; tokenHash: string; createdById: string; expiresAt: Date }): Promise<void> {
    await manager.query('UPDATE invitations SET expires_at = now() WHERE employee_id = $1 AND accepted_at IS NULL AND expires_at > now()', [
      invitation.employeeId,
    ]);
    await manager.query('INSERT INTO invitations (employee_id, token_hash, created_by_id, expires_at) VALUES ($1, $2, $3, $4)', [
      invitation.employeeId,
      invitation.tokenHash,
      invitation.createdById,
      invitation.expiresAt,
    ]);
  }

  /** Active people who have no password yet and no open invitation, locked so two bulk runs do not invite twice. */
  async notYetInvited(manager: EntityManager): Promise<{ id: string; name: string; email: string }[]> {
    return manager.query(
      `SELECT e.id, e.name, e.email FROM employees e
        WHERE e.left_on IS NULL AND e.password_hash IS NULL
          AND NOT EXISTS (SELECT 1 FROM invitations i WHERE i.employee_id = e.id AND i.accepted_at IS NULL AND i.expires_at > now())
        ORDER BY e.name, e.id FOR UPDATE OF e`,
    );
  }

  async markAccepted(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE invitations SET accepted_at = now() WHERE id = $1', [id]);
  }
}
