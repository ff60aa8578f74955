import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const COMPLIMENT_STATUSES = ['new', 'published', 'discarded'] as const;
export type ComplimentStatus = (typeof COMPLIMENT_STATUSES)[number];
export const DISCARD_REASONS = ['spam', 'not_about_us', 'abusive'] as const;
export type DiscardReason = (typeof DISCARD_REASONS)[number];
export const COMPLIMENT_ORIGINS = ['thank_you_page', 'helpdesk'] as const;
export type ComplimentOrigin = (typeof COMPLIMENT_ORIGINS)[number];

/** What a customer wrote on a thank-you page, or a good rating with its comment from a helpdesk. Never public: a manager confirms it into a story or discards it. */
@Entity('customer_compliments')
@Index('idx_customer_compliments_department_status', ['departmentId', 'status', 'createdAt'])
@Index('idx_customer_compliments_employee', ['employeeId'])
@Index('uq_customer_compliments_client_text', ['clientHash', 'textHash'], { unique: true })
@Index('uq_customer_compliments_helpdesk_ticket', ['helpdeskSourceId', 'ticketId'], { unique: true })
export class CustomerCompliment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The thank-you link it came through; null for a helpdesk rating. */
  @Column({ type: 'uuid', nullable: true })
  linkId: string | null;

  @Column({ type: 'enum', enum: COMPLIMENT_ORIGINS, enumName: 'compliment_origin', default: 'thank_you_page' })
  origin: ComplimentOrigin;

  /** The helpdesk source and its ticket: one compliment per ticket, however often the trigger fires. */
  @Column({ type: 'uuid', nullable: true })
  helpdeskSourceId: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  ticketId: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  ticketUrl: string | null;

  @Column({ type: 'uuid', nullable: true })
  employeeId: string | null;

  @Column('uuid')
  departmentId: string;

  @Column({ type: 'varchar', length: 1500 })
  whatHappened: string;

  @Column({ type: 'varchar', length: 600 })
  howItEnded: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  customerName: string | null;

  /** Only to send the confirmation link; never shown to staff. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  customerEmail: string | null;

  @Column({ type: 'boolean' })
  consentToQuote: boolean;

  /** HMAC of the client address and of the normalised text: the same words from the same client are refused twice. */
  @Column({ type: 'char', length: 64 })
  clientHash: string;

  @Column({ type: 'char', length: 64 })
  textHash: string;

  @Column({ type: 'char', length: 64, nullable: true, unique: true })
  confirmTokenHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmExpiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  emailConfirmedAt: Date | null;

  @Column({ type: 'enum', enum: COMPLIMENT_STATUSES, enumName: 'compliment_status', default: 'new' })
  status: ComplimentStatus;

  @Column({ type: 'enum', enum: DISCARD_REASONS, enumName: 'compliment_discard_reason', nullable: true })
  discardReason: DiscardReason | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  storyId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
