import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Writes audit entries inside the caller's transaction, so the entry exists exactly when the change does. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO ${manager.getRepository(AuditEntry).metadata.tableName} (actor_id, action, subject_type, subject_id, before, after) VALUES ($1, $2, $3, $4, $5, $6)`,
      [record.actorId, record.action, record.subjectType, record.subjectId, record.before ?? null, record.after ?? null],
    );
  }
}
