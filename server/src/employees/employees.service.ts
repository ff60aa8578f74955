import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { SessionsService } from '../auth/sessions.service';
import { todayIn } from '../common/calendar';
import { CurrentEmployee, canManageDepartment } from '../common/current-employee';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { CreateEmployeeDto, RecordDepartureDto, UpdateEmployeeDto } from './dto/employee-input.dto';
import { EmployeeDto, EmployeeRow, toEmployeeDto } from './dto/employee.dto';
import { EmployeeCredentials } from './employee-credentials';
import { LeaveReason } from './employee.entity';
import { EmployeesErrors } from './employees.errors';
import {
  departureTiming,
  EmployeeField,
  forbiddenSelfEdits,
  MAX_DAYS_AHEAD_FOR_LEAVING,
  mayActOnEmployee,
  mayChangeHireDate,
  mayRecordDeparture,
} from './employees.policy';
import { EmployeeChanges, EmployeesRepository, PersonHit } from './employees.repository';
import { departureAuditEntries } from './departure-audit';
import { auditActor, isPerson, PROVIDER_OWNED, PROVISIONER_VIEW, ProvisioningSource, RosterActor, via, viewerOf } from './roster-actor';
import { IntegrationEventsService } from '../integration-events/integration-events.service';
import { DepartmentsService } from '../departments/departments.service';

/** The fields of an edit, in the order they are checked. */
const COLUMN_FIELDS: Record<EmployeeField, true> = {
  name: true,
  email: true,
  employeeNumber: true,
  jobTitle: true,
  departmentId: true,
  role: true,
  managerId: true,
  hiredOn: true,
};

/** One person's departure: who leaves, their last day, and why. */
export interface Departure {
  id: string;
  leftOn: string;
  reason: LeaveReason;
}

@Injectable()
export class EmployeesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly employees: EmployeesRepository,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly integrationEvents: IntegrationEventsService,
    private readonly departments: DepartmentsService,
  ) {}

  /** People by name, job title or department, for the header search: public fields only, so for everyone. */
  searchPeople(q: string, limit: number): Promise<PersonHit[]> {
    return this.employees.searchPeople(q, limit);
  }

  async get(viewer: CurrentEmployee, id: string): Promise<EmployeeDto> {
    return toEmployeeDto(await this.load(id), viewer, this.today());
  }

  /** `onCreated` runs in the same transaction (the SCIM feature links the new person to the provider there). */
  async create(actor: RosterActor, dto: CreateEmployeeDto, onCreated?: (manager: EntityManager, id: string) => Promise<void>): Promise<EmployeeDto> {
    this.assertNotFuture(dto.hiredOn, 'hiredOn');
    await this.assertEmailFree(dto.email);
    const employeeNumber = dto.employeeNumber || null;
    if (employeeNumber && (await this.employees.employeeNumberTaken(employeeNumber))) throw EmployeesErrors.employeeNumberTaken();
    await this.assertReferences(dto.departmentId, dto.managerId ?? undefined);
    const id = await this.dataSource.transaction(async (manager) => {
      const values = {
        name: dto.name,
        email: dto.email,
        employeeNumber,
        jobTitle: dto.jobTitle ?? '',
        departmentId: dto.departmentId,
        role: dto.role ?? 'staff',
        managerId: dto.managerId ?? null,
        hiredOn: dto.hiredOn,
      };
      const newId = await this.employees.insert(manager, values);
      await this.employees.bumpRosterVersion(manager);
      await this.audit.record(manager, {
        ...auditActor(actor),
        action: 'employee.created',
        subjectType: 'employee',
        subjectId: newId,
        after: { ...values, ...via(actor) },
      });
      await onCreated?.(manager, newId);
      return newId;
    });
    return this.get(viewerOf(actor), id);
  }

  async update(actor: RosterActor, id: string, dto: UpdateEmployeeDto): Promise<EmployeeDto> {
    const current = await this.load(id);
    const person = viewerOf(actor);
    // null (or '') clears a job title; the column holds '' for "none".
    // null (or '') clears an employee number; the column holds null for "none".
    const wanted: EmployeeChanges = {
      ...dto,
      jobTitle: dto.jobTitle === null ? '' : dto.jobTitle,
      employeeNumber: dto.employeeNumber === undefined ? undefined : dto.employeeNumber || null,
    };
    const changed = (Object.keys(COLUMN_FIELDS) as EmployeeField[]).filter((key) => wanted[key] !== undefined && wanted[key] !== current[key]);
    if (isPerson(actor) && current.managedByIdentityProvider) {
      const owned = PROVIDER_OWNED.find((key) => changed.includes(key));
      if (owned) throw EmployeesErrors.managedByIdentityProvider(owned);
    }
    if (person.id === id) {
      const forbidden = forbiddenSelfEdits(person, changed);
      if (forbidden.length) throw forbidden[0] === 'role' ? EmployeesErrors.roleChangeForbidden() : EmployeesErrors.ownRecord(forbidden[0]);
    } else {
      this.assertInScope(actor, current);
      if (!mayActOnEmployee(person, current)) throw EmployeesErrors.notBelow();
    }
    if (changed.includes('role') && person.role !== 'admin') throw EmployeesErrors.roleChangeForbidden();
    // The HR system's key is HR's: a manager who keeps a person's details does not re-key them.
    if (changed.includes('employeeNumber') && person.role !== 'admin') throw EmployeesErrors.employeeNumberAdminsOnly();
    if (changed.includes('departmentId') && !canManageDepartment(person, dto.departmentId!)) throw EmployeesErrors.outOfScopeDepartment();
    if (dto.managerId === id) throw EmployeesErrors.selfManager();
    if (dto.hiredOn !== undefined) {
      this.assertNotFuture(dto.hiredOn, 'hiredOn');
      if (current.leftOn && dto.hiredOn > current.leftOn) throw EmployeesErrors.hiredAfterLeft();
      if (changed.includes('hiredOn') && !mayChangeHireDate(person, current)) throw EmployeesErrors.leaverHireDate();
    }
    if (changed.includes('email')) await this.assertEmailFree(dto.email!, id);
    if (changed.includes('employeeNumber') && wanted.employeeNumber && (await this.employees.employeeNumberTaken(wanted.employeeNumber, id)))
      throw EmployeesErrors.employeeNumberTaken();
    await this.assertReferences(
      changed.includes('departmentId') ? dto.departmentId : undefined,
      changed.includes('managerId') ? (dto.managerId ?? undefined) : undefined,
    );

    const changes: EmployeeChanges = Object.fromEntries(changed.map((key) => [key, wanted[key]]));
    if (changed.length === 0) return toEmployeeDto(current, person, this.today());

    await this.dataSource.transaction(async (manager) => {
      await this.employees.update(manager, id, changes);
      await this.employees.bumpRosterVersion(manager);
      if (changes.role === 'staff') await this.departments.stopManaging(manager, [id]);
      const before = Object.fromEntries(changed.map((key) => [key, current[key as keyof EmployeeRow]]));
      // A leaver's hire date moves their tenure in every retention report: it gets an audit action of its own.
      const action = changes.role
        ? 'employee.role_changed'
        : changes.departmentId
          ? 'employee.department_changed'
          : changes.hiredOn && current.leftOn
            ? 'employee.leaver_hire_date_changed'
            : 'employee.updated';
      await this.audit.record(manager, { ...auditActor(actor), action, subjectType: 'employee', subjectId: id, before, after: { ...changes, ...via(actor) } });
    });
    return this.get(person, id);
  }

  /**
   * The one way departures are recorded, from the person page, a roster import, provisioning (SCIM) and the daily
   * job that applies leaving dates. A departure on today or a day gone takes effect at once: each person leaves on
   * `leftOn` for `reason`, manages no department any more, cannot sign in from now on (every session ends), the audit
   * log says who recorded it, and the roster version goes up so that cached reports and champion lists count them
   * as gone at once. A departure on a day to come (at most MAX_DAYS_AHEAD_FOR_LEAVING ahead) is a leaving date: the
   * person stays employed until that day, when applyDueLeavingDates records it here (a new one replaces the old).
   * `actor` null is the company's identity provider or that job (their own guard checked it); a person is checked
   * for scope and cannot record their own departure. `within` joins the caller's transaction (an import writes a
   * whole file in one); otherwise the departures are a transaction of their own. Set-based: a statement per kind of
   * write, whether one person leaves or thousands; the first person who cannot leave (in the order given) is the
   * error, and nobody leaves. `now` is the clock the company's today is read from.
   */
  async recordDepartures(actor: RosterActor | null, departures: Departure[], within?: EntityManager, now: Date = new Date()): Promise<void> {
    if (!departures.length) return;
    if (actor && isPerson(actor) && departures.some((d) => d.id === actor.id)) throw EmployeesErrors.ownDeparture();
    const today = todayIn(this.config.companyTimeZone, now);
    const ids = departures.map((d) => d.id);
    const depart = async (manager: EntityManager) => {
      await this.employees.lockForUpdate(manager, ids);
      const rows = new Map((await this.employees.findByIds(ids, manager)).map((row) => [row.id, row]));
      for (const departure of departures) this.assertMayDepart(actor, rows.get(departure.id), departure, today);
      const later = departures.filter((d) => departureTiming(d.leftOn, today) === 'scheduled');
      const leaving = departures.filter((d) => departureTiming(d.leftOn, today) === 'now');
      const leavingIds = leaving.map((d) => d.id);
      await this.employees.setLeavingDates(manager, later);
      await this.audit.recordMany(manager, departureAuditEntries(actor, 'employee.leaving_date_set', later, rows));
      if (leaving.length) {
        await this.employees.recordDepartures(manager, leaving);
        // Someone who left manages nothing any more.
        await this.departments.stopManaging(manager, leavingIds);
        await this.sessions.revokeAllFor(manager, leavingIds);
        await this.audit.recordMany(manager, departureAuditEntries(actor, 'employee.departed', leaving, rows));
        for (const id of leavingIds) await this.integrationEvents.publish(manager, 'employee.departed', { employeeId: id });
      }
      await this.employees.bumpRosterVersion(manager);
    };
    await (within ? depart(within) : this.dataSource.transaction(depart));
  }

  /** One person's departure (the person page, SCIM): see recordDepartures. */
  recordDeparture(actor: RosterActor | null, id: string, departure: RecordDepartureDto, within?: EntityManager): Promise<void> {
    return this.recordDepartures(actor, [{ id, leftOn: departure.leftOn, reason: departure.reason }], within);
  }

  /** Read model for cached reports: changes, in the same transaction, with every hire, edit, departure or import. */
  rosterVersion(): Promise<string> {
    return this.employees.rosterVersion();
  }

  /** Read model for signing in with a password: the person with this address (or id), their hash, whether they left. */
  credentials(by: 'email' | 'id', value: string): Promise<EmployeeCredentials | null> {
    return this.employees.credentials(by, value);
  }

  /** A new password (invitation accepted, reset link used, password changed), in the caller's transaction. */
  setPasswordHash(employeeId: string, passwordHash: string, manager: EntityManager): Promise<void> {
    return this.employees.setPasswordHash(manager, employeeId, passwordHash);
  }

  /** For the mail sender: the mail server refused this address for good (SMTP 5xx). */
  markEmailRefused(id: string, email: string, reason: string): Promise<void> {
    return this.employees.markEmailRefused(id, email, reason);
  }

  /** The identity provider made a departed person active again: they are employed (and may sign in) from now on. */
  async reinstate(source: ProvisioningSource, id: string): Promise<EmployeeDto> {
    const current = await this.load(id);
    if (!current.leftOn) throw EmployeesErrors.notLeft();
    await this.dataSource.transaction(async (manager) => {
      await this.employees.lockForUpdate(manager, [id]);
      await this.employees.reinstate(manager, id);
      await this.employees.bumpRosterVersion(manager);
      await this.audit.record(manager, {
        actorId: null,
        action: 'employee.reinstated',
        subjectType: 'employee',
        subjectId: id,
        before: { leftOn: current.leftOn, leaveReason: current.leaveReason },
        after: { leftOn: null, ...via(source) },
      });
    });
    return this.get(PROVISIONER_VIEW, id);
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

  /** The address is nobody else's, in any spelling: the same one, or one that only looks the same. */
  private async assertEmailFree(email: string, exceptId?: string): Promise<void> {
    if (await this.employees.emailTaken(email, exceptId)) throw EmployeesErrors.emailTaken();
    if (await this.employees.lookalikeEmailTaken(email, exceptId)) throw EmployeesErrors.emailLookalike();
  }

  private assertMayDepart(actor: RosterActor | null, current: EmployeeRow | undefined, departure: Departure, today: string): void {
    if (!current) throw EmployeesErrors.notFound();
    if (actor) this.assertInScope(actor, current);
    if (actor && isPerson(actor) && !mayRecordDeparture(actor, current)) throw EmployeesErrors.notBelow();
    if (actor && isPerson(actor) && current.managedByIdentityProvider) throw EmployeesErrors.managedByIdentityProvider();
    if (current.leftOn) throw EmployeesErrors.alreadyLeft();
    if (departureTiming(departure.leftOn, today) === 'too_far') throw EmployeesErrors.leavingTooFarAhead(MAX_DAYS_AHEAD_FOR_LEAVING);
    if (departure.leftOn < current.hiredOn) throw EmployeesErrors.leftBeforeHired();
  }

  private assertInScope(actor: RosterActor, employee: EmployeeRow) {
    if (!canManageDepartment(viewerOf(actor), employee.departmentId)) throw EmployeesErrors.outOfScope();
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
