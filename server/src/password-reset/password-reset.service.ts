import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/password-hasher';
import { SessionsService, sha256 } from '../auth/sessions.service';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { EmployeesService } from '../employees/employees.service';
import { JobQueueService } from '../jobs/job-queue.service';
import { appUrlOf, MailService } from '../mail/mail.service';
import { passwordResetEmail } from '../mail/templates/account.emails';
import { CompletePasswordResetDto, PasswordResetRequestedDto } from './dto/password-reset.dto';
import { PasswordResetErrors } from './password-reset.errors';
import { normalisedEmail, RESET_LIMITS, resetLinkUsable } from './password-reset.policy';
import { PasswordResetRepository } from './password-reset.repository';

export const PASSWORD_RESET_JOB = 'reset-link-email';

export interface PasswordResetJob {
  employeeId: string;
  requestId: string;
}

/**
 * "Forgot password?": the request only queues a job, and answers the same whether or not the address has an account.
 * The job makes the token, so the token exists only as its hash here and in the email itself: never in the job's
 * data, a log or a URL the server sees (the link carries it in the fragment).
 */
@Injectable()
export class PasswordResetService {
  private readonly perAddress: RateLimiterPostgres;
  private readonly perClient: RateLimiterPostgres;

  constructor(
    private readonly dataSource: DataSource,
    private readonly resets: PasswordResetRepository,
    private readonly sessions: SessionsService,
    private readonly employees: EmployeesService,
    private readonly queue: JobQueueService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    // The sign-in throttle's table: shared by every instance, purged by the housekeeping job.
    const store = { storeClient: dataSource, storeType: 'typeorm', tableName: 'login_throttle', tableCreated: true, clearExpiredByTimeout: false };
    this.perAddress = new RateLimiterPostgres({
      ...store,
      keyPrefix: 'reset-address',
      points: RESET_LIMITS.perAddress.points,
      duration: RESET_LIMITS.perAddress.durationSeconds,
    });
    this.perClient = new RateLimiterPostgres({
      ...store,
      keyPrefix: 'reset-client',
      points: RESET_LIMITS.perClient.points,
      duration: RESET_LIMITS.perClient.durationSeconds,
    });
  }

  private get answer(): PasswordResetRequestedDto {
    return { message: `If that address belongs to an account, a reset link is on its way. It works once, for ${this.config.passwordResetTtlMinutes} minutes.` };
  }

  async request(email: string, clientIp: string): Promise<PasswordResetRequestedDto> {
    const address = normalisedEmail(email);
    // Counted whether or not the address exists, so the limit tells nothing about accounts either.
    for (const [limiter, key] of [
      [this.perClient, clientIp],
      [this.perAddress, address],
    ] as const) {
      try {
        await limiter.consume(key);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) throw PasswordResetErrors.tooMany(Math.ceil(rejection.msBeforeNext / 1000));
        throw rejection;
      }
    }
    const employee = await this.resets.activeEmployeeByEmail(address);
    if (employee) await this.queue.enqueue(PASSWORD_RESET_JOB, { employeeId: employee.id, requestId: randomUUID() } satisfies PasswordResetJob);
    return this.answer;
  }

  /** The job: a fresh token (replacing any open one), emailed once per request. */
  async sendLink(job: PasswordResetJob): Promise<unknown> {
    const key = `password-reset:${job.requestId}`;
    if (await this.mail.wasSent(key)) return { status: 'already_sent' };
    const employee = await this.resets.employee(job.employeeId);
    if (!employee || employee.leftOn) return { status: 'skipped' };
    const token = randomBytes(32).toString('base64url');
    await this.resets.replaceOpen(employee.id, sha256(token), new Date(Date.now() + this.config.passwordResetTtlMinutes * 60_000));
    const url = `${appUrlOf(this.config)}/reset-password#token=${token}`;
    return this.mail.deliver({
      key,
      kind: 'password_reset',
      employeeId: employee.id,
      to: employee.email,
      content: passwordResetEmail({ name: employee.name, url, ttlMinutes: this.config.passwordResetTtlMinutes }),
    });
  }

  /** Sets the new password, uses up the link, and ends every session of the person. */
  async complete(dto: CompletePasswordResetDto): Promise<void> {
    const passwordHash = await hashPassword(dto.password);
    await this.dataSource.transaction(async (manager) => {
      const token = await this.resets.findForUpdate(manager, sha256(dto.token));
      if (!token || !resetLinkUsable(token, new Date())) throw PasswordResetErrors.invalidLink();
      await this.employees.setPasswordHash(token.employeeId, passwordHash, manager);
      await this.sessions.revokeAllFor(manager, token.employeeId);
      await this.resets.markUsed(manager, token.id);
      await this.audit.record(manager, { actorId: token.employeeId, action: 'employee.password_reset', subjectType: 'employee', subjectId: token.employeeId });
    });
  }
}
