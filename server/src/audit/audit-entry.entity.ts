import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what to which record, with the values before and after. Append-only. */
@Entity('audit_log')
@Index('idx_audit_log_subject', ['subjectType', 'subjectId', 'createdAt'])
// The admin's viewer pages newest first by (created_at, id), over everything or one person's or one kind's entries.
@Index('idx_audit_log_created', ['createdAt', 'id'])
@Index('idx_audit_log_actor', ['actorId', 'createdAt', 'id'])
@Index('idx_audit_log_action', ['action', 'createdAt', 'id'])
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ type: 'varchar', length: 40 })
  subjectType: string;

  @Column({ type: 'uuid' })
  subjectId: string;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
