import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { SessionsService } from '../auth/sessions.service';
import { todayIn } from '../common/calendar';
import { CurrentEmployee, canManageDepartment } from '../common/current-employee';
import { decodeCursor, keysetPage } from '../common/cursor';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { CreateEmployeeDto, ListEmployeesQueryDto, RecordDepartureDto, UpdateEmployeeDto } from './dto/employee-input.dto';
import { EmployeeDto, EmployeePageDto, EmployeeRow, toEmployeeDto } from './dto/employee.dto';
import { EmployeesErrors } from './employees.errors';
import { EmployeeChanges, EmployeesRepository } from './employees.repository';
import { IntegrationEventsService } from '../integration-events/integration-events.service';

const DEFAULT_PAGE_SIZE = 25;

@Injectable()
export class EmployeesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly employees: EmployeesRepository,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly integrationEvents: IntegrationEventsService,
  ) {}

  async list(viewer: CurrentEmployee, query: ListEmployeesQueryDto): Promise<EmployeePageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = query.cursor ? (decodeCursor(query.cursor, 2) as [string, string]) : undefined;
    const filter = { q: query.q, departmentId: query.departmentId, roles: query.role, status: query.status ?? 'active' } as const;
    const { rows, nextCursor } = keysetPage(await this.employees.page(filter, limit + 1, after), limit, (r) => [r.name, r.id]);
    return { items: rows.map((row) => toEmployeeDto(row, viewer, this.today())), nextCursor };
  }

  async get(viewer: CurrentEmployee, id: string): Promise<EmployeeDto> {
    return toEmployeeDto(await this.load(id), viewer, this.today());
  }

  async create(actor: CurrentEmployee, dto: CreateEmployeeDto): Promise<EmployeeDto> {
    this.assertNotFuture(dto.hiredOn, 'hiredOn');
    if (await this.employees.emailTaken(dto.email)) throw EmployeesErrors.emailTaken();
    await this.assertReferences(dto.departmentId, dto.managerId ?? undefined);
    const id = await this.dataSource.transaction(async (manager) => {
      const values = {
        name: dto.name,
        email: dto.email,
        jobTitle: dto.jobTitle ?? '',
        departmentId: dto.departmentId,
        role: dto.role ?? 'staff',
        managerId: dto.managerId ?? null,
        hiredOn: dto.hiredOn,
      };
      const newId = await this.employees.insert(manager, values);
      await this.audit.record(manager, { actorId: actor.id, action: 'employee.created', subjectType: 'employee', subjectId: newId, after: values });
      return newId;
    });
    return this.get(actor, id);
  }

  async update(actor: CurrentEmployee, id: string, dto: UpdateEmployeeDto): Promise<EmployeeDto> {
    const current = await this.load(id);
    this.assertInScope(actor, current);
    if (dto.role !== undefined && dto.role !== current.role && actor.role !== 'admin') throw EmployeesErrors.roleChangeForbidden();
    if (dto.departmentId !== undefined && dto.departmentId !== current.departmentId && !canManageDepartment(actor, dto.departmentId)) {
      throw EmployeesErrors.outOfScopeDepartment();
    }
    if (dto.managerId === id) throw EmployeesErrors.selfManager();
    if (dto.hiredOn !== undefined) {
      this.assertNotFuture(dto.hiredOn, 'hiredOn');
      if (current.leftOn && dto.hiredOn > current.leftOn) throw EmployeesErrors.hiredAfterLeft();
    }
    if (dto.email !== undefined && dto.email !== current.email && (await this.employees.emailTaken(dto.email, id))) throw EmployeesErrors.emailTaken();
    await this.assertReferences(
      dto.departmentId !== current.departmentId ? dto.departmentId : undefined,
      dto.managerId && dto.managerId !== current.managerId ? dto.managerId : undefined,
    );

    const changes: EmployeeChanges = {};
    for (const key of ['name', 'email', 'jobTitle', 'departmentId', 'role', 'managerId', 'hiredOn'] as const) {
      if (dto[key] !== undefined && dto[key] !== current[key]) (changes as Record<string, unknown>)[key] = dto[key];
    }
    if (Object.keys(changes).length === 0) return toEmployeeDto(current, actor, this.today());

    await this.dataSource.transaction(async (manager) => {
      await this.employees.update(manager, id, changes);
      if (changes.role === 'staff') await this.employees.stopManaging(manager, id);
      const before = Object.fromEntries(Object.keys(changes).map((key) => [key, current[key as keyof EmployeeRow]]));
      const action = changes.role ? 'employee.role_changed' : changes.departmentId ? 'employee.department_changed' : 'employee.updated';
      await this.audit.record(manager, { actorId: actor.id, action, subjectType: 'employee', subjectId: id, before, after: { ...changes } });
    });
    return this.get(actor, id);
  }

  /** Records that the person left: they cannot sign in from now on and every session they have ends. */
  async recordDeparture(actor: CurrentEmployee, id: string, dto: RecordDepartureDto): Promise<EmployeeDto> {
    if (actor.id === id) throw EmployeesErrors.ownDeparture();
    const current = await this.load(id);
    this.assertInScope(actor, current);
    if (current.leftOn) throw EmployeesErrors.alreadyLeft();
    this.assertNotFuture(dto.leftOn, 'leftOn');
    if (dto.leftOn < current.hiredOn) throw EmployeesErrors.leftBeforeHired();
    await this.dataSource.transaction(async (manager) => {
      await this.employees.lockForUpdate(manager, id);
      await this.employees.recordDeparture(manager, id, dto.leftOn, dto.reason);
      await this.sessions.revokeAllFor(manager, id);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'employee.departed',
        subjectType: 'employee',
        subjectId: id,
        before: { leftOn: null },
        after: { leftOn: dto.leftOn, leaveReason: dto.reason },
      });
      await this.integrationEvents.publish(manager, 'employee.departed', { employeeId: id });
    });
    return this.get(actor, id);
  }

  /** The person behind an email as the actor of a request another tool makes on their behalf (Slack); null when unknown or gone. */
  async actorByEmail(email: string, via: string): Promise<CurrentEmployee | null> {
    const row = await this.employees.actorByEmail(email);
    return row ? { ...row, sessionId: via } : null;
  }

  /** For other features: the row of one employee, or a 404. */
  async load(id: string): Promise<EmployeeRow> {
    const row = await this.employees.findById(id);
    if (!row) throw EmployeesErrors.notFound();
    return row;
  }

  private assertInScope(actor: CurrentEmployee, employee: EmployeeRow) {
    if (!canManageDepartment(actor, employee.departmentId)) throw EmployeesErrors.outOfScope();
  }

  private today(): string {
    return todayIn(this.config.companyTimeZone);
  }

  private assertNotFuture(date: string, field: string) {
    if (date > this.today()) throw EmployeesErrors.dateInFuture(field);
  }

  private async assertReferences(departmentId?: string, managerId?: string) {
    if (departmentId) {
      if (!(await this.employees.departmentExists(departmentId))) throw EmployeesErrors.unknownDepartment();
    }
    if (managerId && !(await this.employees.isCurrentEmployee(managerId))) throw EmployeesErrors.unknownManager();
  }
}
