import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthErrors } from '../auth/auth.errors';
import { hashPassword } from '../auth/password-hasher';
import { passwordWeakness } from '../auth/password-strength';
import { SessionsRepository } from '../auth/sessions.repository';
import { sha256 } from '../auth/sessions.service';
import { CurrentEmployee } from '../common/current-employee';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { EmployeesService } from '../employees/employees.service';
import { AcceptInvitationDto, InvitationDto, InvitationLinkDto } from './dto/invitation.dto';
import { InvitationsErrors } from './invitations.errors';
import { InvitationRow, InvitationsRepository } from './invitations.repository';

@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invitations: InvitationsRepository,
    private readonly employees: EmployeesService,
    private readonly credentials: SessionsRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Creates a one-time link; the admin passes it on (Heroics sends no email). An older open link stops working. */
  async invite(actor: CurrentEmployee, employeeId: string): Promise<InvitationLinkDto> {
    const employee = await this.employees.load(employeeId);
    if (employee.leftOn) throw InvitationsErrors.employeeLeft();
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.invitationTtlDays * 86400_000);
    await this.dataSource.transaction(async (manager) => {
      await this.invitations.replaceOpen(manager, { employeeId, tokenHash: sha256(token), createdById: actor.id, expiresAt });
      await this.audit.record(manager, { actorId: actor.id, action: 'employee.invited', subjectType: 'employee', subjectId: employeeId, after: { expiresAt } });
    });
    // Always PUBLIC_URL (required in production): a link built from the request's Host header could point anywhere.
    return { url: `${this.config.publicUrl}/invite/${token}`, expiresAt: expiresAt.toISOString() };
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
      await this.credentials.setPassword(manager, invitation.employeeId, passwordHash);
      await this.credentials.revokeAllFor(manager, invitation.employeeId);
      await this.invitations.markAccepted(manager, invitation.id);
      await this.audit.record(manager, { actorId: invitation.employeeId, action: 'employee.password_set', subjectType: 'employee', subjectId: invitation.employeeId });
    });
  }

  private assertUsable(invitation: InvitationRow | null): InvitationRow {
    if (!invitation) throw InvitationsErrors.notFound();
    if (invitation.acceptedAt) throw InvitationsErrors.used();
    if (invitation.leftOn || invitation.expiresAt.getTime() <= Date.now()) throw InvitationsErrors.expired();
    return invitation;
  }
}
