import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Transporter } from 'nodemailer';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { EmployeesService } from '../employees/employees.service';
import { JobQueueService } from '../jobs/job-queue.service';
import { EmailContent, renderEmail } from './templates/email-layout';
import { createSmtpTransport, deliveryErrorMessage, isPermanentRefusal } from './mail-transport';
import { MailRepository } from './mail.repository';

export const SEND_EMAIL_JOB = 'send-email';

export interface OutgoingMail {
  /** Unique per email meant: the same key is never sent twice, however often the job runs. */
  key: string;
  kind: string;
  employeeId: string | null;
  to: string;
  content: EmailContent;
  /** Non-transactional mail carries an unsubscribe token for exactly its kind (List-Unsubscribe, RFC 8058). */
  unsubscribeToken?: string;
}

export type DeliveryResult = { status: 'sent' | 'already_sent' | 'skipped_refused_address' } | { status: 'refused'; reason: string };

/** The app's base URL for links in emails, when no request is there to tell it. */
export function appUrlOf(config: AppConfig): string {
  return config.publicUrl ?? `http://localhost:${config.port}`;
}

@Injectable()
export class MailService {
  private readonly logger = new Logger('Mail');
  private readonly transport?: Transporter;

  constructor(
    private readonly mail: MailRepository,
    private readonly queue: JobQueueService,
    private readonly employees: EmployeesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = createSmtpTransport(config.mail);
  }

  get delivers(): boolean {
    return this.transport !== undefined;
  }

  lastSentAt(employeeId: string, kind: string): Promise<Date | null> {
    return this.mail.lastSentAt(employeeId, kind);
  }

  wasSent(key: string): Promise<boolean> {
    return this.mail.wasSent(key);
  }

  /** The server refused this very address for good before: sending again would only be refused again. */
  private async refused(employeeId: string, address: string): Promise<boolean> {
    const employee = await this.employees.load(employeeId).catch(() => null);
    return employee !== null && employee.emailRefusedReason !== null && employee.email === address;
  }

  /** Queues an email; with a manager, in that transaction (the email exists exactly when its cause commits). */
  async enqueue(mail: OutgoingMail, manager?: EntityManager): Promise<void> {
    await this.queue.enqueue(SEND_EMAIL_JOB, mail, { manager });
  }

  /**
   * Sends once: a key already recorded is not sent again. A 5xx refusal marks the address on the person and ends
   * the job (retrying cannot help); anything else (4xx, timeout, connection refused) throws, so the job is retried
   * with backoff and dead-lettered when the retries are used up.
   */
  async deliver(mail: OutgoingMail): Promise<DeliveryResult> {
    if (await this.mail.wasSent(mail.key)) return { status: 'already_sent' };
    if (mail.employeeId && (await this.refused(mail.employeeId, mail.to))) return { status: 'skipped_refused_address' };
    const appUrl = appUrlOf(this.config);
    const unsubscribe = mail.unsubscribeToken
      ? { page: `${appUrl}/unsubscribe?token=${mail.unsubscribeToken}`, oneClick: `${appUrl}/api/email-preferences/unsubscribe?token=${mail.unsubscribeToken}` }
      : undefined;
    const rendered = renderEmail(mail.content, {
      companyName: this.config.mail.companyName,
      appUrl,
      unsubscribeUrl: unsubscribe?.page,
      settingsUrl: unsubscribe ? `${appUrl}/me/email` : undefined,
    });
    const base = {
      messageKey: mail.key,
      kind: mail.kind,
      employeeId: mail.employeeId,
      recipient: mail.to,
      subject: rendered.subject,
      listUnsubscribe: unsubscribe?.oneClick ?? null,
    };
    if (!this.transport) {
      await this.mail.record({ ...base, transport: 'outbox', html: rendered.html, text: rendered.text });
      return { status: 'sent' };
    }
    try {
      await this.transport.sendMail({
        from: this.config.mail.from,
        to: mail.to,
        subject: rendered.subject,
        html: rendered.html,
        text: rendered.text,
        // Stable per key, so a receiving system can drop the rare duplicate (a crash between the send and the record).
        messageId: `<${createHash('sha256').update(mail.key).digest('hex').slice(0, 32)}@heroics>`,
        headers: unsubscribe ? { 'List-Unsubscribe': `<${unsubscribe.oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {},
      });
    } catch (error) {
      const reason = deliveryErrorMessage(error);
      if (isPermanentRefusal(error)) {
        if (mail.employeeId) await this.employees.markEmailRefused(mail.employeeId, mail.to, reason);
        this.logger.warn(`mail server refused ${mail.kind} email for good: ${reason}`);
        return { status: 'refused', reason };
      }
      throw new Error(`Mail server: ${reason}`);
    }
    // Bodies are not kept for mail that left: they may carry a one-time link.
    await this.mail.record({ ...base, transport: 'smtp', html: null, text: null });
    return { status: 'sent' };
  }
}
