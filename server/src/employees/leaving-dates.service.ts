import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { todayIn } from '../common/calendar';
import { canManageDepartment, CurrentEmployee } from '../common/current-employee';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { EmployeeDto } from './dto/employee.dto';
import { EmployeesErrors } from './employees.errors';
import { mayCancelLeavingDate, mayUndoDeparture } from './employees.policy';
import { EmployeesRepository } from './employees.repository';
import { LeavingDatesRepository } from './leaving-dates.repository';
import { EmployeesService } from './employees.service';

/**
 * Departures known in advance and corrections: the daily application of leaving dates (through the one departure
 * operation, EmployeesService.recordDepartures) and taking a departure back.
 */
@Injectable()
export class LeavingDatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rows: EmployeesRepository,
    private readonly leaving: LeavingDatesRepository,
    private readonly employees: EmployeesService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The daily job's work: every leaving date that has come (on or before the company's today at `now`) becomes the
   * departure itself, through recordDepartures, as if an admin recorded it that day. Idempotent: a date applied is
   * cleared, so a second run on the same day finds nothing.
   */
  async applyDueLeavingDates(now: Date = new Date()): Promise<{ departed: number }> {
    const today = todayIn(this.config.companyTimeZone, now);
    return this.dataSource.transaction(async (manager) => {
      const due = await this.leaving.dueLeavingDates(manager, today);
      await this.employees.recordDepartures(null, due, manager, now);
      return { departed: due.length };
    });
  }

  /**
   * Takes a departure back: a leaving date still to come is called off (by whoever may record one), and a departure
   * that took effect by mistake is undone (admins only): the person is employed again, leftOn and the reason cleared,
   * and may sign in again (the sessions that ended stay ended; departments they managed are not given back).
   */
  async cancelDeparture(actor: CurrentEmployee, id: string): Promise<EmployeeDto> {
    await this.dataSource.transaction(async (manager) => {
      await this.rows.lockForUpdate(manager, [id]);
      const current = await this.rows.findById(id, manager);
      if (!current) throw EmployeesErrors.notFound();
      if (current.managedByIdentityProvider) throw EmployeesErrors.managedByIdentityProvider();
      if (current.leftOn) {
        if (!mayUndoDeparture(actor, current)) throw EmployeesErrors.undoDepartureForbidden();
        await this.rows.reinstate(manager, id);
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'employee.departure_undone',
          subjectType: 'employee',
          subjectId: id,
          before: { leftOn: current.leftOn, leaveReason: current.leaveReason },
          after: { leftOn: null, leaveReason: null },
        });
      } else if (current.leavingOn) {
        if (actor.id === id) throw EmployeesErrors.ownDeparture();
        if (!canManageDepartment(actor, current.departmentId)) throw EmployeesErrors.outOfScope();
        if (!mayCancelLeavingDate(actor, current)) throw EmployeesErrors.notBelow();
        await this.leaving.clearLeavingDate(manager, id);
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'employee.leaving_date_cancelled',
          subjectType: 'employee',
          subjectId: id,
          before: { leavingOn: current.leavingOn, leavingReason: current.leavingReason },
          after: { leavingOn: null, leavingReason: null },
        });
      } else throw EmployeesErrors.noDeparture();
      await this.rows.bumpRosterVersion(manager);
    });
    return this.employees.get(actor, id);
  }
}
