import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
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

const DEFAULT_PAGE_SIZE = 25;

@Injectable()
export class EmployeesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly employees: EmployeesRepository,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(viewer: CurrentEmployee, query: ListEmployeesQueryDto): Promise<EmployeePageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = query.cursor ? (decodeCursor(query.cursor, 2) as [string, string]) : undefined;
    const departmentIds = query.managed && viewer.role !== 'admin' ? (viewer.role === 'manager' ? viewer.managedDepartmentIds : []) : undefined;
    const filter = { q: query.q, departmentId: query.departmentId, departmentIds, roles: query.role, status: query.status ?? 'active' } as const;
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
      await this.employees.bumpRosterVersion(manager);
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
      await this.employees.bumpRosterVersion(manager);
      if (changes.role === 'staff') await this.employees.stopManaging(manager, id);
      const before = Object.fromEntries(Object.keys(changes).map((key) => [key, current[key as keyof EmployeeRow]]));
      const action = changes.role ? 'employee.role_changed' : changes.departmentId ? 'employee.department_changed' : 'employee.updated';
      await this.audit.record(manager, { actorId: actor.id, action, subjectType: 'employee', subjectId: id, before, after: { ...changes } });
    });
    return this.get(actor, id);
  }

  /**
   * The one way a departure is recorded, from the person page, a roster import or provisioning (SCIM): the person
   * leaves on `leftOn` for `reason`, manages no department any more, cannot sign in from now on (every session
   * ends), the audit log says who recorded it, and the roster version goes up so that cached reports and champion
   * lists count them as gone at once. `actor` null is the company's identity provider (its own guard checked it);
   * a person is checked for scope and cannot record their own departure. `within` joins the caller's transaction
   * (an import writes a whole file in one); otherwise the departure is a transaction of its own.
   */
  async recordDeparture(actor: CurrentEmployee | null, id: string, departure: RecordDepartureDto, within?: EntityManager): Promise<void> {
    if (actor?.id === id) throw EmployeesErrors.ownDeparture();
    const depart = async (manager: EntityManager) => {
      await this.employees.lockForUpdate(manager, id);
      const current = await this.employees.findById(id, manager);
      if (!current) throw EmployeesErrors.notFound();
      if (actor) this.assertInScope(actor, current);
      if (current.leftOn) throw EmployeesErrors.alreadyLeft();
      this.assertNotFuture(departure.leftOn, 'leftOn');
      if (departure.leftOn < current.hiredOn) throw EmployeesErrors.leftBeforeHired();
      await this.employees.recordDeparture(manager, id, departure.leftOn, departure.reason);
      await this.sessions.revokeAllFor(manager, id);
      await this.employees.bumpRosterVersion(manager);
      await this.audit.record(manager, {
        actorId: actor?.id ?? null,
        action: 'employee.departed',
        subjectType: 'employee',
        subjectId: id,
        before: { leftOn: null },
        after: { leftOn: departure.leftOn, leaveReason: departure.reason },
      });
    };
    await (within ? depart(within) : this.dataSource.transaction(depart));
  }

  /** For a writer of many roster rows at once (the import), inside its transaction: see RosterVersion. */
  async rosterChanged(manager: EntityManager): Promise<void> {
    await this.employees.bumpRosterVersion(manager);
  }

  /** Read model for cached reports: changes, in the same transaction, with every hire, edit, departure or import. */
  rosterVersion(): Promise<string> {
    return this.employees.rosterVersion();
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
