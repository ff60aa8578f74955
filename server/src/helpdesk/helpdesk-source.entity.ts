import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const HELPDESK_KINDS = ['zendesk', 'freshdesk', 'other'] as const;
export type HelpdeskKind = (typeof HELPDESK_KINDS)[number];

/** A helpdesk that sends good satisfaction ratings in, each with a secret of its own (sealed at rest). */
@Entity('helpdesk_sources')
export class HelpdeskSource {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ type: 'enum', enum: HELPDESK_KINDS, enumName: 'helpdesk_kind' })
  kind: HelpdeskKind;

  /** Where a rating goes when its agent is not found by email. */
  @Column('uuid')
  departmentId: string;

  @Column({ type: 'text' })
  secretSealed: string;

  @Column({ type: 'varchar', length: 16 })
  secretHint: string;

  @Column('uuid')
  createdById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  rotatedAt: Date | null;
}
