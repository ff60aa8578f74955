import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CurrentEmployee } from '../common/current-employee';
import { CompanyValueDto, CreateCompanyValueDto, UpdateCompanyValueDto } from './dto/company-value.dto';
import { ValuesErrors } from './values.errors';
import { ValuesRepository } from './values.repository';

@Injectable()
export class ValuesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly values: ValuesRepository,
    private readonly audit: AuditService,
  ) {}

  list(includeRetired = false): Promise<CompanyValueDto[]> {
    return this.values.list(includeRetired);
  }

  async create(actor: CurrentEmployee, dto: CreateCompanyValueDto): Promise<CompanyValueDto> {
    if (await this.values.nameTaken(dto.name)) throw ValuesErrors.nameTaken();
    const id = await this.dataSource.transaction(async (manager) => {
      const newId = await this.values.insert(manager, dto.name, dto.description ?? '');
      await this.audit.record(manager, { actorId: actor.id, action: 'value.created', subjectType: 'company_value', subjectId: newId, after: { ...dto } });
      return newId;
    });
    return (await this.values.findById(id))!;
  }

  async update(actor: CurrentEmployee, id: string, dto: UpdateCompanyValueDto): Promise<CompanyValueDto> {
    const current = await this.values.findById(id);
    if (!current) throw ValuesErrors.notFound();
    if (dto.name !== undefined && dto.name.toLowerCase() !== current.name.toLowerCase() && (await this.values.nameTaken(dto.name, id)))
      throw ValuesErrors.nameTaken();
    // null (or '') clears the description; the column holds '' for "none".
    const changes = { name: dto.name, description: dto.description === null ? '' : dto.description, retired: dto.retired };
    await this.dataSource.transaction(async (manager) => {
      await this.values.update(manager, id, changes);
      const action = dto.retired === true ? 'value.retired' : dto.retired === false ? 'value.restored' : 'value.updated';
      await this.audit.record(manager, {
        actorId: actor.id,
        action,
        subjectType: 'company_value',
        subjectId: id,
        before: { name: current.name, description: current.description, retired: current.retired },
        after: { ...changes },
      });
    });
    return (await this.values.findById(id))!;
  }

  /** For stories: all the ids are values one may choose today. */
  async allActive(ids: string[]): Promise<boolean> {
    return (await this.values.countActive(ids)) === ids.length;
  }
}
