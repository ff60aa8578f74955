import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WebhookSubscription } from './webhook-subscription.entity';

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One event for one subscription: attempted until delivered or out of attempts; the log an admin reads. */
@Entity('webhook_deliveries')
@Index('uq_webhook_deliveries_event', ['subscriptionId', 'eventId'], { unique: true })
@Index('ix_webhook_deliveries_log', ['subscriptionId', 'createdAt', 'id'])
export class WebhookDelivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  subscriptionId: string;

  @ManyToOne(() => WebhookSubscription, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id' })
  subscription?: WebhookSubscription;

  @Column('uuid')
  eventId: string;

  @Column({ type: 'varchar', length: 40 })
  eventType: string;

  @Column({ type: 'jsonb' })
  payload: object;

  @Column({ type: 'enum', enum: DELIVERY_STATUSES, enumName: 'webhook_delivery_status', default: 'pending' })
  status: DeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'integer', nullable: true })
  responseStatus: number | null;

  /** The first few KiB of the receiver's answer, or why there was none. */
  @Column({ type: 'varchar', length: 4096, nullable: true })
  responseBody: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
