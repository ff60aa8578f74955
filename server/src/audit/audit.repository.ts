import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEntry } from './audit-entry.entity';
import type { AuditRecord } from './audit.service';

/** The only writer of audit_log: rows are added, never changed. */
@Injectable()
export class AuditRepository {
  async insert(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO ${manager.getRepository(AuditEntry).metadata.tableName} (actor_id, action, subject_type, subject_id, before, after) VALUES ($1, $2, $3, $4, $5, $6)`,
      [record.actorId, record.action, record.subjectType, record.subjectId, record.before ?? null, record.after ?? null],
    );
  }
}
