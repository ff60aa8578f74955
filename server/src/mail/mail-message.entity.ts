import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const MAIL_TRANSPORTS = ['smtp', 'outbox'] as const;
export type MailTransport = (typeof MAIL_TRANSPORTS)[number];

/**
 * Every email Heroics sent, under a unique key: a retried job finds its key and does not send twice.
 * With SMTP only the envelope is kept (bodies may carry one-time links); in the outbox (no SMTP_URL) the
 * rendered HTML and text are the point: an admin reads them in the app.
 */
@Entity('mail_messages')
@Index('idx_mail_messages_outbox', ['transport', 'createdAt', 'id'])
export class MailMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 300, unique: true })
  messageKey: string;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'uuid', nullable: true })
  employeeId: string | null;

  @Column({ type: 'varchar', length: 254 })
  recipient: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'enum', enum: MAIL_TRANSPORTS, enumName: 'mail_transport' })
  transport: MailTransport;

  @Column({ type: 'text', nullable: true })
  html: string | null;

  @Column({ type: 'text', nullable: true })
  text: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  listUnsubscribe: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
