import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An admin's subscription of an outside system (a helpdesk, an HR tool) to Heroics' events, signed with its secret. */
@Entity('webhook_subscriptions')
export class WebhookSubscription {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ type: 'varchar', length: 2000 })
  url: string;

  @Column({ type: 'text', array: true })
  events: string[];

  /** The signing secret, sealed with SecretBox; shown to the admin once, when the subscription is created. */
  @Column({ type: 'text' })
  secretSealed: string;

  @Column({ type: 'varchar', length: 8 })
  secretHint: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Set when deliveries kept failing; a paused subscription gets nothing until an admin resumes it. */
  @Column({ type: 'timestamptz', nullable: true })
  pausedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  consecutiveFailures: number;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
