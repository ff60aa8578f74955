import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { HelpdeskComplimentsService } from '../compliments/helpdesk-compliments.service';
import { CurrentEmployee } from '../common/current-employee';
import { SecretBox, secretHint } from '../common/secret-box';
import { RequestValidationException } from '../common/validation';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { appUrlOf } from '../mail/mail.service';
import { CreatedHelpdeskSourceDto, CreateHelpdeskSourceDto, HelpdeskRatingReceiptDto, HelpdeskSourceDto } from './dto/helpdesk.dto';
import { HelpdeskErrors } from './helpdesk.errors';
import { SignedRequest, verifySignedRequest } from './helpdesk.policy';
import { HelpdeskRepository, HelpdeskSourceRow } from './helpdesk.repository';
import { readRatingBody } from './rating-body';

/** Helpdesks (Zendesk, Freshdesk, others) that send good satisfaction ratings into the managers' compliment inbox. */
@Injectable()
export class HelpdeskService {
  private readonly box: SecretBox;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: HelpdeskRepository,
    private readonly compliments: HelpdeskComplimentsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.box = new SecretBox(config.secretsKey);
  }

  async list(): Promise<HelpdeskSourceDto[]> {
    return (await this.repository.list()).map((row) => this.toDto(row));
  }

  async create(actor: CurrentEmployee, dto: CreateHelpdeskSourceDto): Promise<CreatedHelpdeskSourceDto> {
    if (!(await this.repository.departmentExists(dto.departmentId))) throw HelpdeskErrors.departmentNotFound();
    const secret = newSecret();
    const id = await this.repository.insert({
      name: dto.name,
      kind: dto.kind,
      departmentId: dto.departmentId,
      secretSealed: this.box.seal(secret),
      secretHint: secretHint(secret),
      createdById: actor.id,
    });
    await this.record(actor, 'helpdesk_source.created', id, { name: dto.name, kind: dto.kind, departmentId: dto.departmentId });
    return { ...this.toDto(await this.load(id)), secret };
  }

  /** A new secret at once: the old one stops working, so the helpdesk must be given the new one. */
  async rotate(actor: CurrentEmployee, id: string): Promise<CreatedHelpdeskSourceDto> {
    await this.load(id);
    const secret = newSecret();
    await this.repository.rotate(id, this.box.seal(secret), secretHint(secret));
    await this.record(actor, 'helpdesk_source.secret_rotated', id);
    return { ...this.toDto(await this.load(id)), secret };
  }

  /** Its compliments stay in the inbox; new ratings from it are answered 404. */
  async remove(actor: CurrentEmployee, id: string): Promise<void> {
    const before = await this.load(id);
    await this.repository.remove(id);
    await this.record(actor, 'helpdesk_source.deleted', id, undefined, { name: before.name, kind: before.kind });
  }

  /** The public endpoint: the body's shape (400), the source (404), its signature (401), then the rating (ignored, or into the inbox). */
  async receive(sourceId: string, signed: SignedRequest, body: unknown): Promise<HelpdeskRatingReceiptDto> {
    const read = readRatingBody(body);
    if (read.kind === 'invalid') throw new RequestValidationException(read.errors);
    const source = await this.repository.get(sourceId);
    if (!source) throw HelpdeskErrors.sourceNotFound();
    const verdict = verifySignedRequest(this.box.open(source.secretSealed), signed, Date.now());
    if (verdict === 'expired') throw HelpdeskErrors.signatureExpired();
    if (verdict !== 'ok') throw HelpdeskErrors.badSignature();
    if (!read.good) return { status: 'ignored' };
    const status = await this.compliments.receive({
      source: { id: source.id, name: source.name, departmentId: source.departmentId },
      ...read.rating,
    });
    return { status };
  }

  private async load(id: string): Promise<HelpdeskSourceRow> {
    const row = await this.repository.get(id);
    if (!row) throw HelpdeskErrors.sourceNotFound();
    return row;
  }

  private async record(actor: CurrentEmployee, action: string, subjectId: string, after?: Record<string, unknown>, before?: Record<string, unknown>) {
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, { actorId: actor.id, action, subjectType: 'helpdesk_source', subjectId, before, after }),
    );
  }

  private toDto(row: HelpdeskSourceRow): HelpdeskSourceDto {
    return {
      id: row.id,
      name: row.name,
      kind: row.kind,
      department: { id: row.departmentId, name: row.departmentName },
      endpointUrl: `${appUrlOf(this.config)}/api/helpdesk/${row.id}/ratings`,
      secretHint: row.secretHint,
      createdAt: new Date(row.createdAt).toISOString(),
      rotatedAt: row.rotatedAt ? new Date(row.rotatedAt).toISOString() : null,
    };
  }
}

function newSecret(): string {
  return `hds_${randomBytes(32).toString('base64url')}`;
}
