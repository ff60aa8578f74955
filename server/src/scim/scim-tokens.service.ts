import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CurrentEmployee } from '../common/current-employee';
import { DomainError } from '../common/domain-error';
import { CreatedScimTokenDto, ScimTokenDto } from './dto/scim-token.dto';
import { ScimRepository } from './scim.repository';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
/** A prefix lets secret scanners and people recognise the token. */
const PREFIX = 'heroics_scim_';

export interface ScimCaller {
  tokenId: string;
  tokenName: string;
}

@Injectable()
export class ScimTokensService {
  constructor(
    private readonly repository: ScimRepository,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  async create(actor: CurrentEmployee, name: string): Promise<CreatedScimTokenDto> {
    const token = PREFIX + randomBytes(32).toString('base64url');
    const row = await this.repository.insertToken(name, sha256(token), actor.id);
    await this.audit.record(this.dataSource.manager, {
      actorId: actor.id,
      action: 'scim_token.created',
      subjectType: 'scim_token',
      subjectId: row.id,
      after: { name },
    });
    return { ...toDto(row), token };
  }

  async list(): Promise<ScimTokenDto[]> {
    return (await this.repository.listTokens()).map(toDto);
  }

  async revoke(actor: CurrentEmployee, id: string): Promise<void> {
    if (!(await this.repository.revokeToken(id))) throw new DomainError('not_found', 'scim_token_not_found', 'No such SCIM token.', 'id');
    await this.audit.record(this.dataSource.manager, { actorId: actor.id, action: 'scim_token.revoked', subjectType: 'scim_token', subjectId: id });
  }

  /** The caller behind a bearer token, or null. */
  async authenticate(token: string | undefined): Promise<ScimCaller | null> {
    if (!token || !token.startsWith(PREFIX) || token.length > 200) return null;
    const row = await this.repository.liveToken(sha256(token));
    return row ? { tokenId: row.id, tokenName: row.name } : null;
  }
}

function toDto(row: { id: string; name: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }): ScimTokenDto {
  return {
    id: row.id,
    name: row.name,
    createdAt: new Date(row.createdAt).toISOString(),
    lastUsedAt: row.lastUsedAt ? new Date(row.lastUsedAt).toISOString() : null,
    revokedAt: row.revokedAt ? new Date(row.revokedAt).toISOString() : null,
  };
}
