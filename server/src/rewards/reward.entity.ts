import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Badge } from '../badges/badge.entity';
import { Department } from '../departments/department.entity';
import { Employee } from '../employees/employee.entity';
import { Story } from '../stories/story.entity';

export const REWARD_KINDS = ['points', 'badge', 'gift', 'champion'] as const;
export type RewardKind = (typeof REWARD_KINDS)[number];

export const CHAMPION_PERIODS = ['month', 'quarter'] as const;
export type ChampionPeriod = (typeof CHAMPION_PERIODS)[number];

/**
 * A manager's (or admin's) reward to a hero, for a story or for a period. Never deleted: a revoke within
 * REVOKE_WINDOW_HOURS (rewards.policy.ts) sets `revokedAt` and gives the points back to the budget they came from (`budgetQuarter`).
 * At most one live champion per department and period (the partial unique index holds it under races).
 */
@Entity('rewards')
@Check('chk_rewards_points', '"points" >= 0 AND "points" <= 10000')
@Check(
  'chk_rewards_champion',
  `("kind" = 'champion') = ("champion_period" IS NOT NULL AND "period_start" IS NOT NULL AND "champion_department_id" IS NOT NULL)`,
)
// Only a badge reward names a badge. That a new badge reward must name one is the service's rule: badge rewards given
// before badges existed have none, and a constraint that spares old rows cannot be said in the entity.
@Check('chk_rewards_badge', `"badge_id" IS NULL OR "kind" = 'badge'`)
@Index('idx_rewards_recipient_created', ['recipientId', 'createdAt', 'id'])
@Index('idx_rewards_giver_created', ['giverId', 'createdAt', 'id'])
@Index('idx_rewards_created', ['createdAt', 'id'])
@Index('idx_rewards_story', ['storyId'])
@Index('uq_rewards_champion_department_period', ['championDepartmentId', 'championPeriod', 'periodStart'], {
  unique: true,
  where: `"kind" = 'champion' AND "revoked_at" IS NULL`,
})
export class Reward {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  giverId: string;

  @ManyToOne(() => Employee, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'giver_id' })
  giver?: Employee;

  @Column('uuid')
  recipientId: string;

  @ManyToOne(() => Employee, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: Employee;

  /** The recipient's department when the reward was given (people move; the record does not). */
  @Column('uuid')
  recipientDepartmentId: string;

  @Column({ type: 'uuid', nullable: true })
  storyId: string | null;

  @ManyToOne(() => Story, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'story_id' })
  story?: Story;

  @Column({ type: 'enum', enum: REWARD_KINDS, enumName: 'reward_kind' })
  kind: RewardKind;

  @Column({ type: 'integer', default: 0 })
  points: number;

  /** The badge a badge reward gives (null for other kinds, and for badge rewards given before badges were defined). */
  @Column({ type: 'uuid', nullable: true })
  badgeId: string | null;

  @ManyToOne(() => Badge, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'badge_id' })
  badge?: Badge;

  @Column({ type: 'varchar', length: 1000 })
  citation: string;

  @Column({ type: 'enum', enum: CHAMPION_PERIODS, enumName: 'champion_period', nullable: true })
  championPeriod: ChampionPeriod | null;

  /** First day of the champion's month or quarter. */
  @Column({ type: 'date', nullable: true })
  periodStart: string | null;

  @Column({ type: 'uuid', nullable: true })
  championDepartmentId: string | null;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'champion_department_id' })
  championDepartment?: Department;

  /** First day of the quarter whose budget paid the points (null when no points were spent). */
  @Column({ type: 'date', nullable: true })
  budgetQuarter: string | null;

  /** The company-time-zone date it was given. */
  @Column({ type: 'date' })
  awardedOn: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedById: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  revokeReason: string | null;
}
