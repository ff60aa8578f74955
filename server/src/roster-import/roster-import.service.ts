import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { InvitationsService } from '../invitations/invitations.service';
import { AuditService } from '../audit/audit.service';
import { todayIn } from '../common/calendar';
import { CurrentEmployee } from '../common/current-employee';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DepartmentsService } from '../departments/departments.service';
import { EmployeesService } from '../employees/employees.service';
import { RosterRowWrite, RosterWritesService } from '../employees/roster-writes.service';
import { columnMapping, RosterImportQueryDto, RosterImportReportDto, toRosterImportReport } from './dto/roster-import.dto';
import { RosterImportErrors } from './roster-import.errors';
import { RosterImportRepository } from './roster-import.repository';
import { ParsedRoster, parseRosterCsvYielding, RosterFileError, writeRosterCsv } from './roster-csv';
import { dayMonthDateRows, decodeRosterFile, RosterEncodingError } from './roster-formats';
import { planRosterYielding } from './roster-plan';
import { PlannedRow, RosterPlan } from './roster-plan.types';

/** Roster import (dry run, or all-or-nothing apply) and export, for admins. */
@Injectable()
export class RosterImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly roster: RosterImportRepository,
    private readonly employees: EmployeesService,
    private readonly rosterWrites: RosterWritesService,
    private readonly departments: DepartmentsService,
    private readonly audit: AuditService,
    private readonly invitations: InvitationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async import(
    actor: CurrentEmployee,
    body: unknown,
    options: Pick<RosterImportQueryDto, 'apply' | 'createDepartments' | 'invite' | 'dateFormat' | 'map'>,
  ): Promise<RosterImportReportDto> {
    if (actor.role !== 'admin') throw RosterImportErrors.adminsOnly();
    const file = await this.read(body, options.map);
    const createDepartments = options.createDepartments ?? false;
    const dateFormat = options.dateFormat ?? 'iso';
    if (dateFormat === 'iso') {
      const ambiguous = dayMonthDateRows(file.rows);
      if (ambiguous.length) throw RosterImportErrors.dateFormatNeeded(ambiguous, { ignoredColumns: file.ignoredColumns, mappedColumns: file.mappedColumns });
    }
    // Parsing and planning 20,000 rows takes about a second of CPU: both give other requests a turn as they go.
    const plan = (snapshot: Awaited<ReturnType<RosterImportRepository['snapshot']>>) =>
      planRosterYielding(file, { ...snapshot, today: todayIn(this.config.companyTimeZone), actorId: actor.id, createDepartments, dateFormat });
    const report = (checked: RosterPlan, applied: boolean) => toRosterImportReport(checked, file, { applied, createDepartments, dateFormat });
    if (!options.apply) return report(await plan(await this.roster.snapshot()), false);

    const applied = await this.dataSource.transaction(async (manager) => {
      await this.roster.lock(manager);
      const checked = await plan(await this.roster.snapshot(manager));
      if (checked.errors.length) throw RosterImportErrors.invalid(checked, report(checked, false));
      await this.write(manager, actor, checked);
      return report(checked, true);
    });
    // After the commit: the invitations are for people who now exist.
    if (options.invite) applied.invited = (await this.invitations.inviteEveryoneNotInvited(actor)).invited;
    return applied;
  }

  async export(actor: CurrentEmployee): Promise<{ filename: string; csv: string }> {
    if (actor.role !== 'admin') throw RosterImportErrors.adminsOnly();
    return { filename: `roster-${todayIn(this.config.companyTimeZone)}.csv`, csv: writeRosterCsv(await this.roster.exportRows()) };
  }

  private async read(body: unknown, map: string[] | undefined): Promise<ParsedRoster> {
    if (typeof body !== 'string' && !Buffer.isBuffer(body)) throw RosterImportErrors.notCsv();
    try {
      return await parseRosterCsvYielding(decodeRosterFile(body), columnMapping(map));
    } catch (error) {
      if (error instanceof RosterEncodingError) throw RosterImportErrors.notUtf8(error.message);
      if (error instanceof RosterFileError) throw RosterImportErrors.unreadable(error.message, error.field, error.ignoredColumns);
      throw error;
    }
  }

  private async write(manager: EntityManager, actor: CurrentEmployee, plan: RosterPlan): Promise<void> {
    const today = todayIn(this.config.companyTimeZone);
    const created = await this.departments.createMany(manager, plan.newDepartments);
    const departmentIds = new Map(created.map((d) => [d.name.toLowerCase(), d.id]));
    const toWrite = (r: PlannedRow): RosterRowWrite => {
      // A last day still to come is a leaving date: the person stays employed until then.
      const ahead = r.target.leftOn !== null && r.target.leftOn > today;
      const departs = r.action === 'depart' || ahead;
      return {
        id: r.existingId,
        name: r.target.name,
        email: r.target.email,
        jobTitle: r.target.jobTitle,
        departmentId: r.target.departmentId ?? departmentIds.get(r.target.departmentName.toLowerCase())!,
        role: r.target.role,
        hiredOn: r.target.hiredOn,
        // A departure itself is written by EmployeesService.recordDepartures below, the same operation as on the person page.
        leftOn: departs ? null : r.target.leftOn,
        leaveReason: departs ? null : r.target.leaveReason,
        employeeNumber: r.target.employeeNumber,
        // Someone new has no record to record a departure on yet: their leaving date is written with them.
        leavingOn: r.action === 'create' && ahead ? r.target.leftOn : null,
        leavingReason: r.action === 'create' && ahead ? r.target.leaveReason : null,
      };
    };
    const creates = plan.rows.filter((r) => r.action === 'create');
    const changes = plan.rows.filter((r) => r.action === 'update' || r.action === 'depart');
    const departures = plan.rows.filter((r) => r.action === 'depart');
    await this.rosterWrites.insertMany(manager, creates.map(toWrite));
    await this.rosterWrites.updateMany(manager, changes.map(toWrite));
    await this.rosterWrites.setManagers(
      manager,
      [...creates.filter((r) => r.target.managerEmail), ...changes.filter((r) => r.changes.includes('managerEmail'))].map((r) => ({
        email: r.email,
        managerEmail: r.target.managerEmail ?? null,
      })),
    );
    const noLongerManaging = changes.filter((r) => r.action !== 'depart' && r.changes.includes('role') && r.target.role === 'staff');
    await this.rosterWrites.stopManaging(
      manager,
      noLongerManaging.map((r) => r.existingId!),
    );
    await this.employees.recordDepartures(
      actor,
      departures.map((r) => ({ id: r.existingId!, leftOn: r.target.leftOn!, reason: r.target.leaveReason! })),
      manager,
    );
    if (creates.length || changes.length) await this.rosterWrites.rosterChanged(manager);
    await this.audit.record(manager, {
      actorId: actor.id,
      action: 'roster.imported',
      subjectType: 'roster_import',
      subjectId: randomUUID(),
      after: {
        summary: plan.summary,
        newDepartments: plan.newDepartments,
        created: creates.map((r) => r.email),
        updated: changes.filter((r) => r.action === 'update').map((r) => ({ email: r.email, changes: r.changes })),
        departed: departures.map((r) => ({ email: r.email, leftOn: r.target.leftOn, reason: r.target.leaveReason })),
      },
    });
  }
}
