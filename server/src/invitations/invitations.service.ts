import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthErrors } from '../auth/auth.errors';
import { hashPassword } from '../auth/password-hasher';
import { passwordWeakness } from '../auth/password-strength';
import { SessionsService, sha256 } from '../auth/sessions.service';
import { CurrentEmployee } from '../common/current-employee';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { EmployeesService } from '../employees/employees.service';
import { MailService } from '../mail/mail.service';
import { invitationEmail } from '../mail/templates/account.emails';
import { AcceptInvitationDto, BulkInvitationResultDto, InvitationDto, InvitationLinkDto } from './dto/invitation.dto';
import { InvitationsErrors } from './invitations.errors';
import { InvitationRow, InvitationsRepository } from './invitations.repository';

@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invitations: InvitationsRepository,
    private readonly employees: EmployeesService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Creates a one-time link and emails it (the admin also sees it, to pass on by hand). An older open link stops
   * working. The email is queued in the same transaction, so it exists exactly when the invitation does.
   */
  async invite(actor: CurrentEmployee, employeeId: string): Promise<InvitationLinkDto> {
    const employee = await this.employees.load(employeeId);
    if (employee.leftOn) throw InvitationsErrors.employeeLeft();
    return this.dataSource.transaction((manager) => this.inviteIn(manager, actor, { id: employee.id, name: employee.name, email: employee.email }));
  }

  /** "Invite everyone not yet invited": active people without a password and without an open invitation. */
  async inviteEveryoneNotInvited(actor: CurrentEmployee): Promise<BulkInvitationResultDto> {
    return this.dataSource.transaction(async (manager) => {
      const people = await this.invitations.notYetInvited(manager);
      for (const person of people) await this.inviteIn(manager, actor, person);
      return { invited: people.length };
    });
  }

  private async inviteIn(manager: EntityManager, actor: CurrentEmployee, employee: { id: string; name: string; email: string }): Promise<InvitationLinkDto> {
    const token = randomBytes(32).toString('base64url');
    const tokenHash = sha256(token);
    const expiresAt = new Date(Date.now() + this.config.invitationTtlDays * 86400_000);
    // Always PUBLIC_URL (required in production): a link built from the request's Host header could point anywhere.
    const url = `${this.config.publicUrl}/invite/${token}`;
    await this.invitations.replaceOpen(manager, { employeeId: employee.id, tokenHash, createdById: actor.id, expiresAt });
    await this.audit.record(manager, { actorId: actor.id, action: 'employee.invited', subjectType: 'employee', subjectId: employee.id, after: { expiresAt } });
    await this.mail.enqueue(
      {
        key: `invitation:${tokenHash}`,
        kind: 'invitation',
        employeeId: employee.id,
        to: employee.email,
        content: invitationEmail({ name: employee.name, companyName: this.config.mail.companyName, url, expiresAt }),
      },
      manager,
    );
    return { url, expiresAt: expiresAt.toISOString() };
  }

  async describe(token: string): Promise<InvitationDto> {
    const invitation = this.assertUsable(await this.invitations.findByTokenHash(sha256(token)));
    return { employeeName: invitation.employeeName, email: invitation.email, expiresAt: invitation.expiresAt.toISOString() };
  }

  /** Sets the employee's password and uses up the link; every earlier session of theirs ends. */
  async accept(token: string, dto: AcceptInvitationDto): Promise<void> {
    const found = this.assertUsable(await this.invitations.findByTokenHash(sha256(token)));
    const weakness = passwordWeakness(dto.password, [found.employeeName, found.email]);
    if (weakness) throw AuthErrors.weakPassword('password', weakness);
    const passwordHash = await hashPassword(dto.password);
    await this.dataSource.transaction(async (manager) => {
      const invitation = this.assertUsable(await this.invitations.findByTokenHash(sha256(token), manager, true));
      await this.employees.setPasswordHash(invitation.employeeId, passwordHash, manager);
      await this.sessions.revokeAllFor(manager, invitation.employeeId);
      await this.invitations.markAccepted(manager, invitation.id);
      await this.audit.record(manager, {
        actorId: invitation.employeeId,
        action: 'employee.password_set',
        subjectType: 'employee',
        subjectId: invitation.employeeId,
      });
    });
  }

  private assertUsable(invitation: InvitationRow | null): InvitationRow {
    if (!invitation) throw InvitationsErrors.notFound();
    if (invitation.acceptedAt) throw InvitationsErrors.used();
    if (invitation.leftOn || invitation.expiresAt.getTime() <= Date.now()) throw InvitationsErrors.expired();
    return invitation;
  }
}
