import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Employee } from '../employees/employee.entity';

/**
 * A person's spendable points, one row per person, moved in the same transaction as the ledger entry that
 * moves it: reading a balance is one primary-key lookup, never a sum over the ledger. The check constraint is
 * the last line of defence against spending the same points twice.
 */
@Entity('points_accounts')
@Check('chk_points_accounts_not_negative', '"balance" >= 0')
export class PointsAccount {
  @PrimaryColumn('uuid')
  employeeId: string;

  @OneToOne(() => Employee, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employee_id' })
  employee?: Employee;

  @Column({ type: 'integer', default: 0 })
  balance: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
