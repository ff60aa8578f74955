import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CurrentEmployee } from '../common/current-employee';
import { DepartmentsErrors } from './departments.errors';
import { DepartmentsRepository } from './departments.repository';
import { CreateDepartmentDto, DepartmentDto, UpdateDepartmentDto } from './dto/department.dto';

@Injectable()
export class DepartmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly departments: DepartmentsRepository,
    private readonly audit: AuditService,
  ) {}

  /** In the caller's transaction: these people manage no department any more (they left, or are staff now). */
  stopManaging(manager: EntityManager, employeeIds: string[]): Promise<void> {
    return this.departments.removeManager(manager, employeeIds);
  }

  /**
   * In the caller's transaction: new departments by name, in one statement (a roster import; its own audit entry
   * lists them). The caller has checked that no department has these names yet.
   */
  createMany(manager: EntityManager, names: string[]): Promise<{ id: string; name: string }[]> {
    return this.departments.insertMany(manager, names);
  }

  list(): Promise<DepartmentDto[]> {
    return this.departments.list();
  }

  async get(id: string): Promise<DepartmentDto> {
    const [department] = await this.departments.list([id]);
    if (!department) throw DepartmentsErrors.notFound();
    return department;
  }

  async create(actor: CurrentEmployee, dto: CreateDepartmentDto): Promise<DepartmentDto> {
    if (await this.departments.nameTaken(dto.name)) throw DepartmentsErrors.nameTaken();
    const id = await this.departments.insert(dto.name);
    await this.audit.record(this.dataSource.manager, {
      actorId: actor.id,
      action: 'department.created',
      subjectType: 'department',
      subjectId: id,
      after: { name: dto.name },
    });
    return this.get(id);
  }

  /** The identity provider names departments (SCIM groups, an SSO claim): the one with that name, created if new. */
  async findOrCreateByName(source: { provisioner: string; tokenId?: string; tokenName?: string }, name: string): Promise<string> {
    const existing = await this.departments.idByName(name);
    if (existing) return existing;
    const { id, created } = await this.departments.insertIfAbsent(name);
    if (created) {
      await this.audit.record(this.dataSource.manager, {
        actorId: null,
        action: 'department.created',
        subjectType: 'department',
        subjectId: id,
        after: { name, via: source },
      });
    }
    return id;
  }

  /** A rename the identity provider made (a SCIM group's displayName). */
  async renameByProvider(source: { provisioner: string; tokenId?: string; tokenName?: string }, id: string, name: string): Promise<void> {
    const current = await this.get(id);
    if (current.name === name) return;
    if (await this.departments.nameTaken(name, id)) throw DepartmentsErrors.nameTaken();
    await this.dataSource.transaction(async (manager) => {
      await this.departments.rename(manager, id, name);
      await this.audit.record(manager, {
        actorId: null,
        action: 'department.renamed',
        subjectType: 'department',
        subjectId: id,
        before: { name: current.name },
        after: { name, via: source },
      });
    });
  }

  async update(actor: CurrentEmployee, id: string, dto: UpdateDepartmentDto): Promise<DepartmentDto> {
    const current = await this.get(id);
    if (dto.name !== undefined && dto.name !== current.name && (await this.departments.nameTaken(dto.name, id))) {
      throw DepartmentsErrors.nameTaken();
    }
    await this.dataSource.transaction(async (manager) => {
      if (dto.name !== undefined && dto.name !== current.name) {
        await this.departments.rename(manager, id, dto.name);
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'department.renamed',
          subjectType: 'department',
          subjectId: id,
          before: { name: current.name },
          after: { name: dto.name },
        });
      }
      if (dto.managerIds !== undefined) {
        const managerIds = [...new Set(dto.managerIds)];
        if ((await this.departments.countEligibleManagers(manager, managerIds)) !== managerIds.length) throw DepartmentsErrors.notAManager();
        const before = await this.departments.managerIds(manager, id);
        await this.departments.replaceManagers(manager, id, managerIds);
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'department.managers_changed',
          subjectType: 'department',
          subjectId: id,
          before: { managerIds: before },
          after: { managerIds },
        });
      }
    });
    return this.get(id);
  }
}
