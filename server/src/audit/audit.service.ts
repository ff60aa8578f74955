import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditRepository } from './audit.repository';

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
  constructor(private readonly audit: AuditRepository) {}

  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await this.audit.insert(manager, record);
  }
}
