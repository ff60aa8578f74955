import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The icons a badge may wear: names the client draws from its icon set (features/badges/components/badge-icons.tsx
 * maps each one). A fixed list, so a badge never names an icon the client cannot show.
 */
export const BADGE_ICONS = [
  'award',
  'medal',
  'trophy',
  'crown',
  'star',
  'heart',
  'flame',
  'rocket',
  'shield',
  'umbrella',
  'bulb',
  'users',
  'headset',
  'thumb-up',
] as const;
export type BadgeIcon = (typeof BADGE_ICONS)[number];

/** A badge admins define and managers give as a reward of kind `badge`. Retired badges stay on old rewards. */
@Entity('badges')
@Index('uq_badges_active_name', ['name'], { unique: true, where: '"retired_at" IS NULL' })
export class Badge {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  description: string;

  @Column({ type: 'varchar', length: 40 })
  icon: string;

  @Column({ type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
