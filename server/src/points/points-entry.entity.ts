import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Employee } from '../employees/employee.entity';

/**
 * What moves a balance: a reward received (+), a reward revoked (−), a redemption (−), a declined redemption's
 * points returned (+), points expired (−). Append-only; the sum of a person's entries is their balance.
 */
export const POINTS_ENTRY_KINDS = ['reward', 'reward_revoked', 'redemption', 'redemption_returned', 'expiry'] as const;
export type PointsEntryKind = (typeof POINTS_ENTRY_KINDS)[number];

@Entity('points_entries')
@Index('idx_points_entries_employee_created', ['employeeId', 'createdAt', 'id'])
export class PointsEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  employeeId: string;

  @ManyToOne(() => Employee, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employee_id' })
  employee?: Employee;

  @Column({ type: 'enum', enum: POINTS_ENTRY_KINDS, enumName: 'points_entry_kind' })
  kind: PointsEntryKind;

  /** Signed: positive adds to the balance. */
  @Column({ type: 'integer' })
  points: number;

  @Column({ type: 'uuid', nullable: true })
  rewardId: string | null;

  @Column({ type: 'uuid', nullable: true })
  redemptionId: string | null;

  /** For rewards: the day the points were received (company time zone), from which expiry counts. */
  @Column({ type: 'date', nullable: true })
  receivedOn: string | null;

  @Column({ type: 'varchar', length: 200, default: '' })
  note: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
