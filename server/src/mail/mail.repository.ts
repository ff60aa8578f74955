import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MailTransport } from './mail-message.entity';

export interface NewMailMessage {
  messageKey: string;
  kind: string;
  employeeId: string | null;
  recipient: string;
  subject: string;
  transport: MailTransport;
  html: string | null;
  text: string | null;
  listUnsubscribe: string | null;
}

export interface OutboxRow {
  id: string;
  kind: string;
  recipient: string;
  subject: string;
  html: string;
  text: string;
  listUnsubscribe: string | null;
  createdAt: Date;
}

@Injectable()
export class MailRepository {
  constructor(private readonly dataSource: DataSource) {}

  async wasSent(messageKey: string): Promise<boolean> {
    const rows = await this.dataSource.query('SELECT 1 FROM mail_messages WHERE message_key = $1', [messageKey]);
    return rows.length > 0;
  }

  /** False when a message with this key exists already (a retry, or two workers): the caller sends nothing more. */
  async record(message: NewMailMessage): Promise<boolean> {
    const rows = await this.dataSource.query(
      `INSERT INTO mail_messages (message_key, kind, employee_id, recipient, subject, transport, html, text, list_unsubscribe)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (message_key) DO NOTHING RETURNING id`,
      [
        message.messageKey,
        message.kind,
        message.employeeId,
        message.recipient,
        message.subject,
        message.transport,
        message.html,
        message.text,
        message.listUnsubscribe,
      ],
    );
    return rows.length > 0;
  }

  async lastSentAt(employeeId: string, kind: string): Promise<Date | null> {
    const [row] = await this.dataSource.query('SELECT max(created_at) AS at FROM mail_messages WHERE employee_id = $1 AND kind = $2', [employeeId, kind]);
    return row?.at ?? null;
  }

  async outboxPage(limit: number, filter: { recipient?: string }, after?: [string, string]): Promise<OutboxRow[]> {
    const params: unknown[] = [limit];
    const where = [`transport = 'outbox'`];
    if (filter.recipient) where.push(`recipient = $${params.push(filter.recipient.toLowerCase())}`);
    if (after) where.push(`(created_at, id) < ($${params.push(after[0])}::timestamptz, $${params.push(after[1])}::uuid)`);
    return this.dataSource.query(
      `SELECT id, kind, recipient, subject, html, text, list_unsubscribe AS "listUnsubscribe", created_at AS "createdAt"
         FROM mail_messages WHERE ${where.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT $1`,
      params,
    );
  }
}
