import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { Employee } from '../employees/employee.entity';

/**
 * A manager's (or admin's) points for one calendar quarter. `spent` moves in the same transaction as the
 * reward that spends it, with a conditional UPDATE that holds the row lock; the check constraint is the
 * last line of defence against overdrawing.
 */
@Entity('reward_budgets')
@Unique('uq_reward_budgets_holder_quarter', ['holderId', 'quarterStart'])
@Check('chk_reward_budgets_not_overdrawn', '"spent" >= 0 AND "spent" <= "points"')
export class RewardBudget {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  holderId: string;

  @ManyToOne(() => Employee, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'holder_id' })
  holder?: Employee;

  /** First day of the calendar quarter (company time zone). */
  @Column({ type: 'date' })
  quarterStart: string;

  @Column({ type: 'integer' })
  points: number;

  @Column({ type: 'integer', default: 0 })
  spent: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
