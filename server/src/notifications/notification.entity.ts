import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const NOTIFICATION_KINDS = [
  'named_hero',
  'story_endorsed',
  'rewarded',
  'redemption_requested',
  'redemption_fulfilled',
  'redemption_declined',
  'kudos_received',
  'story_commented',
  'mentioned',
  'story_hidden',
  'comment_thanked',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

@Entity('notifications')
@Index('idx_notifications_recipient_created', ['recipientId', 'createdAt', 'id'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  recipientId: string;

  @Column({ type: 'enum', enum: NOTIFICATION_KINDS, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Column({ type: 'uuid', nullable: true })
  storyId: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /** For redemption notifications: which redemption. */
  @Column({ type: 'uuid', nullable: true })
  redemptionId: string | null;

  /** For rewarded: which reward (so that a badge reward names its badge). */
  @Column({ type: 'uuid', nullable: true })
  rewardId: string | null;

  /** For kudos_received: which quick kudos (gone once the kudos are removed). */
  @Column({ type: 'uuid', nullable: true })
  kudosId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
