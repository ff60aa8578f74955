import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CATALOGUE_CATEGORIES, CatalogueCategory } from '../catalogue/catalogue-item.entity';
import { Employee } from '../employees/employee.entity';
import { Reward } from '../rewards/reward.entity';

export const REDEMPTION_STATUSES = ['pending', 'fulfilled', 'declined'] as const;
export type RedemptionStatus = (typeof REDEMPTION_STATUSES)[number];

/**
 * Points spent on a catalogue item, or on a custom reward the person proposed (no item). The points leave the
 * balance when it is requested; a decline returns them. Title, category and cost are copied from the item so
 * the record stays true when the item changes. A gift (a manager's reward that is a catalogue item) is a redemption
 * too, paid at once with the points its reward credited (`rewardId`), and fulfilled like any other.
 */
@Entity('redemptions')
@Index('idx_redemptions_employee_created', ['employeeId', 'createdAt', 'id'])
@Index('idx_redemptions_status_created', ['status', 'createdAt', 'id'])
@Index('idx_redemptions_item_employee', ['itemId', 'employeeId', 'createdAt'])
@Index('uq_redemptions_reward', ['rewardId'], { unique: true, where: '"reward_id" IS NOT NULL' })
@Check('chk_redemptions_cost', '"cost" > 0')
export class Redemption {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  employeeId: string;

  @ManyToOne(() => Employee, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employee_id' })
  employee?: Employee;

  @Column('uuid')
  employeeDepartmentId: string;

  @Column({ type: 'uuid', nullable: true })
  itemId: string | null;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'enum', enum: CATALOGUE_CATEGORIES, enumName: 'catalogue_category' })
  category: CatalogueCategory;

  @Column({ type: 'integer' })
  cost: number;

  @Column({ type: 'varchar', length: 120, nullable: true })
  charity: string | null;

  /** What the person wrote: the custom reward they propose, or a note for the fulfiller. */
  @Column({ type: 'varchar', length: 1000, default: '' })
  request: string;

  @Column({ type: 'enum', enum: REDEMPTION_STATUSES, enumName: 'redemption_status', default: 'pending' })
  status: RedemptionStatus;

  /** The fulfiller's note to the person, or the reason for a decline. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  /** A gift-card code or the like, AES-256-GCM encrypted (iv.tag.ciphertext, base64url). */
  @Column({ type: 'text', nullable: true, select: false })
  codeEncrypted: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  codeRevealedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** The gift reward this redemption fulfils (null when the person redeemed their own points). */
  @Column({ type: 'uuid', nullable: true })
  rewardId: string | null;

  @ManyToOne(() => Reward, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reward_id' })
  reward?: Reward;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
