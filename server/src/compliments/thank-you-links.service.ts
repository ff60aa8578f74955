import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import QRCode from 'qrcode';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { canManageDepartment, CurrentEmployee } from '../common/current-employee';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { appUrlOf } from '../mail/mail.service';
import { ThankYouLinkDto } from './dto/compliment.dto';
import { ComplimentErrors } from './compliments.errors';
import { publicName } from './compliments.policy';
import { ComplimentsRepository, LinkRow } from './compliments.repository';

/** Opt-in thank-you links (a person's own, or a department's) and their QR codes. */
@Injectable()
export class ThankYouLinksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ComplimentsRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async mine(viewer: CurrentEmployee): Promise<ThankYouLinkDto> {
    const link = await this.repository.activeLink({ employeeId: viewer.id });
    const department = await this.departmentName(viewer.departmentId);
    return this.toDto(link, `${publicName(viewer.name)} · ${department}`);
  }

  async enableMine(viewer: CurrentEmployee): Promise<ThankYouLinkDto> {
    if (!(await this.repository.activeLink({ employeeId: viewer.id }))) await this.create(viewer, viewer.id, viewer.departmentId);
    return this.mine(viewer);
  }

  async disableMine(viewer: CurrentEmployee): Promise<void> {
    const link = await this.repository.activeLink({ employeeId: viewer.id });
    if (link) await this.revoke(viewer, link);
  }

  async ofDepartment(viewer: CurrentEmployee, departmentId: string): Promise<ThankYouLinkDto> {
    await this.checkDepartment(viewer, departmentId);
    const link = await this.repository.activeLink({ departmentId });
    return this.toDto(link, `The team at ${await this.departmentName(departmentId)}`);
  }

  async enableDepartment(viewer: CurrentEmployee, departmentId: string): Promise<ThankYouLinkDto> {
    await this.checkDepartment(viewer, departmentId);
    if (!(await this.repository.activeLink({ departmentId }))) await this.create(viewer, null, departmentId);
    return this.ofDepartment(viewer, departmentId);
  }

  async disableDepartment(viewer: CurrentEmployee, departmentId: string): Promise<void> {
    await this.checkDepartment(viewer, departmentId);
    const link = await this.repository.activeLink({ departmentId });
    if (link) await this.revoke(viewer, link);
  }

  /** The QR code of a live link its owner (or a manager of its department) may print. */
  async qrCode(viewer: CurrentEmployee, linkId: string, format: 'svg' | 'png'): Promise<Buffer | string> {
    const link = await this.repository.linkById(linkId);
    const allowed = link && !link.revokedAt && (link.employeeId === viewer.id || canManageDepartment(viewer, link.departmentId));
    if (!link || !allowed) throw ComplimentErrors.linkNotFound();
    const url = this.urlOf(link.code);
    if (format === 'svg') return QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    return QRCode.toBuffer(url, { type: 'png', width: 512, margin: 2, errorCorrectionLevel: 'M' });
  }

  urlOf(code: string): string {
    return `${appUrlOf(this.config)}/thanks/${code}`;
  }

  private toDto(link: LinkRow | null, shownAs: string): ThankYouLinkDto {
    return { enabled: link !== null, id: link?.id ?? null, url: link ? this.urlOf(link.code) : null, shownAs };
  }

  private async create(viewer: CurrentEmployee, employeeId: string | null, departmentId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const id = await this.repository.insertLink(manager, { code: randomBytes(16).toString('base64url'), employeeId, departmentId, createdById: viewer.id });
      await this.audit.record(manager, {
        actorId: viewer.id,
        action: 'thank_you_link.enabled',
        subjectType: 'thank_you_link',
        subjectId: id,
        after: { employeeId, departmentId },
      });
    });
  }

  private async revoke(viewer: CurrentEmployee, link: LinkRow): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.repository.revokeLink(manager, link.id);
      await this.audit.record(manager, { actorId: viewer.id, action: 'thank_you_link.revoked', subjectType: 'thank_you_link', subjectId: link.id });
    });
  }

  private async checkDepartment(viewer: CurrentEmployee, departmentId: string): Promise<void> {
    if ((await this.repository.departmentName(departmentId)) === null) throw ComplimentErrors.linkNotFound();
    if (!canManageDepartment(viewer, departmentId)) throw ComplimentErrors.notReviewer();
  }

  private async departmentName(id: string): Promise<string> {
    return (await this.repository.departmentName(id)) ?? '';
  }
}
