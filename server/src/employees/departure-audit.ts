import { AuditRecord } from '../audit/audit.service';
import { EmployeeRow } from './dto/employee.dto';
import { LeaveReason } from './employee.entity';
import { isPerson, RosterActor, via } from './roster-actor';

/**
 * The audit entries of departures (EmployeesService.recordDepartures): a leaving date set or moved (before: the one
 * it replaces), or a departure that took effect (before: the leaving date it fulfils, if any). `actor` null is the
 * identity provider or the job that applies leaving dates.
 */
export function departureAuditEntries(
  actor: RosterActor | null,
  action: 'employee.leaving_date_set' | 'employee.departed',
  departures: { id: string; leftOn: string; reason: LeaveReason }[],
  rows: Map<string, EmployeeRow>,
): AuditRecord[] {
  const origin = actor ? via(actor) : {};
  return departures.map((d) => ({
    actorId: actor && isPerson(actor) ? actor.id : null,
    action,
    subjectType: 'employee',
    subjectId: d.id,
    before:
      action === 'employee.departed'
        ? { leftOn: null, leavingOn: rows.get(d.id)!.leavingOn }
        : { leavingOn: rows.get(d.id)!.leavingOn, leavingReason: rows.get(d.id)!.leavingReason },
    after:
      action === 'employee.departed' ? { leftOn: d.leftOn, leaveReason: d.reason, ...origin } : { leavingOn: d.leftOn, leavingReason: d.reason, ...origin },
  }));
}
