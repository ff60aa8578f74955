import { isEmail } from 'class-validator';
import { isCalendarDate } from '../common/calendar';
import { emailSkeleton } from '../common/email-skeleton';
import { canonicalEmail } from '../common/transforms';
import { yieldToEventLoop } from '../common/yield-to-event-loop';
import { departureTiming, MAX_DAYS_AHEAD_FOR_LEAVING } from '../employees/employees.policy';
import { EMPLOYEE_ROLES, EmployeeRole, LEAVE_REASONS } from '../employees/employee.entity';
import { ParsedRoster, RosterColumn } from './roster-csv';
import { LeaveReasonTally, leaveReasonOf, notADate, toIsoDate, unknownLeaveReason } from './roster-formats';
import { changedColumns, RosterIdentities } from './roster-identities';
import type { PlannedRow, RosterContext, RosterPlan, RowAction, RowError } from './roster-plan.types';

const LIMITS: Partial<Record<RosterColumn, number>> = { name: 120, email: 254, department: 80, title: 120, employeeNumber: 64 };

/**
 * Checks every row against the file and the roster and works out what each would do. The employee number (the HR
 * system's key, exact) identifies people first, then the email (case-insensitive): a row whose employee number is
 * someone's on the roster is that person, with a new email when the email differs. Columns missing from the file leave those fields as they are; people not in the file are
 * not touched. Nothing here writes.
 */
export function planRoster(file: ParsedRoster, context: RosterContext): RosterPlan {
  const steps = planSteps(file, context);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** The same plan, giving the event loop a turn every PLAN_CHUNK_ROWS rows: a 20,000-row file does not stall other requests. */
export async function planRosterYielding(file: ParsedRoster, context: RosterContext): Promise<RosterPlan> {
  const steps = planSteps(file, context);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await yieldToEventLoop();
  }
}

export const PLAN_CHUNK_ROWS = 250;

/** The planning itself; yields between chunks of rows so a caller may pause there. */
function* planSteps(file: ParsedRoster, context: RosterContext): Generator<void, RosterPlan> {
  const errors: RowError[] = [];
  const byEmail = new Map(context.employees.map((e) => [e.email, e]));
  const byId = new Map(context.employees.map((e) => [e.id, e]));
  const identities = new RosterIdentities(context.employees);
  // A day gone: the person has left. A leaving date still to come leaves them employed (and able to manage) until then.
  const gone = (leftOn: string | null | undefined) => leftOn !== null && leftOn !== undefined && leftOn <= context.today;
  const emailById = new Map(context.employees.map((e) => [e.id, e.email]));
  const departments = new Map(context.departments.map((d) => [d.name.toLowerCase(), d]));
  const newDepartments = new Map<string, string>();
  const firstRowOf = new Map<string, number>();
  // Addresses by what they look like, so a lookalike of someone on the roster (or earlier in the file) is refused.
  const lookalikes = new Map(context.employees.map((e) => [emailSkeleton(e.email), e.email]));
  const has = (column: RosterColumn) => file.columns.includes(column);
  const dateFormat = context.dateFormat ?? 'iso';
  const reasonWords = new LeaveReasonTally();

  const rows: PlannedRow[] = [];
  for (const [index, { row, values, shapeError, formulaColumns }] of file.rows.entries()) {
    if (index > 0 && index % PLAN_CHUNK_ROWS === 0) yield;
    const rowErrors: RowError[] = [];
    const fail = (field: string, message: string) => rowErrors.push({ row, field, message });
    if (shapeError) fail('row', shapeError);
    for (const column of formulaColumns ?? []) {
      fail(
        column,
        `${column} starts with ${JSON.stringify(values[column]![0])}, which a spreadsheet runs as a formula; write text that starts so with a leading apostrophe (').`,
      );
    }
    for (const [column, max] of Object.entries(LIMITS) as [RosterColumn, number][]) {
      if ((values[column] ?? '').length > max) fail(column, `${column} is longer than ${max} characters.`);
    }
    const email = canonicalEmail(values.email ?? '');
    const employeeNumber = has('employeeNumber') ? (values.employeeNumber ?? '').trim() || null : undefined;
    const existing = identities.match(row, email, employeeNumber, fail);
    const name = values.name ?? '';
    if (!name) fail('name', 'name is required.');
    if (!email) fail('email', 'email is required.');
    else if (!isEmail(email)) fail('email', `"${email}" is not an email address.`);
    else if (firstRowOf.has(email)) fail('email', `${email} is also on row ${firstRowOf.get(email)}; each person appears once.`);
    else {
      firstRowOf.set(email, row);
      const skeleton = emailSkeleton(email);
      const lookalike = lookalikes.get(skeleton);
      if (lookalike && lookalike !== email)
        fail('email', `${email} looks like ${lookalike}, who is already on the roster or in this file (it mixes lookalike letters from other alphabets).`);
      else lookalikes.set(skeleton, email);
    }

    const departmentName = values.department ?? '';
    const department = departments.get(departmentName.toLowerCase());
    if (!departmentName) fail('department', 'department is required.');
    else if (!department) {
      if (context.createDepartments) newDepartments.set(departmentName.toLowerCase(), newDepartments.get(departmentName.toLowerCase()) ?? departmentName);
      else
        fail(
          'department',
          `No department is called "${departmentName}". Add it first, or choose "Create departments that do not exist yet" to create it with the import.`,
        );
    }

    const roleText = (values.role ?? '').toLowerCase();
    if (roleText && !(EMPLOYEE_ROLES as readonly string[]).includes(roleText)) fail('role', `role must be one of ${EMPLOYEE_ROLES.join(', ')}.`);
    const role = (roleText || existing?.role || 'staff') as EmployeeRole;

    const hiredOn = toIsoDate(values.hiredOn ?? '', dateFormat);
    if (!isCalendarDate(hiredOn)) fail('hiredOn', hiredOn ? notADate(values.hiredOn!, dateFormat) : 'hiredOn is required.');
    else if (hiredOn > context.today) fail('hiredOn', 'hiredOn cannot be in the future.');

    const leftOn = has('leftOn') ? (values.leftOn ? toIsoDate(values.leftOn, dateFormat) : null) : (existing?.leftOn ?? existing?.leavingOn ?? null);
    if (leftOn !== null) {
      if (!isCalendarDate(leftOn)) fail('leftOn', notADate(values.leftOn ?? leftOn, dateFormat));
      else if (departureTiming(leftOn, context.today) === 'too_far') fail('leftOn', `leftOn can be at most ${MAX_DAYS_AHEAD_FOR_LEAVING} days ahead.`);
      else if (isCalendarDate(hiredOn) && leftOn < hiredOn) fail('leftOn', `leftOn (${leftOn}) is before hiredOn (${hiredOn}).`);
    }
    const reasonText = has('leaveReason') ? (values.leaveReason ?? '') : (existing?.leaveReason ?? existing?.leavingReason ?? '');
    const reason = reasonText ? leaveReasonOf(reasonText) : undefined;
    if (leftOn && !reasonText) fail('leaveReason', `leaveReason is required with leftOn: one of ${LEAVE_REASONS.join(', ')}.`);
    else if (reasonText && !reason) fail('leaveReason', unknownLeaveReason(reasonText));
    else if (!leftOn && reasonText) fail('leaveReason', 'leaveReason is only for people who left (with leftOn).');
    else if (reason) reasonWords.count(reasonText, reason);

    if (existing?.leavingOn && !existing.leftOn && !leftOn)
      fail('leftOn', `${email} is leaving on ${existing.leavingOn}; the import does not call off leaving dates: do it on the person's page.`);
    if (existing?.leftOn && !leftOn) fail('leftOn', `${email} left on ${existing.leftOn}; the import does not re-hire people, so leftOn cannot be cleared.`);
    if (existing && existing.id === context.actorId) {
      if (role !== existing.role) fail('role', 'You cannot change your own role.');
      if (leftOn) fail('leftOn', 'You cannot record your own departure.');
    }

    const managerEmail = has('managerEmail')
      ? canonicalEmail(values.managerEmail ?? '') || null
      : existing
        ? existing.managerId
          ? (emailById.get(existing.managerId) ?? null)
          : null
        : undefined;
    if (has('managerEmail') && managerEmail) {
      if (!isEmail(managerEmail)) fail('managerEmail', `"${managerEmail}" is not an email address.`);
      else if (managerEmail === email) fail('managerEmail', 'Nobody reports to themself.');
    }
    errors.push(...rowErrors);
    rows.push({
      row,
      email,
      name,
      action: rowErrors.length ? 'error' : 'create',
      changes: [],
      existingId: existing?.id,
      target: {
        name,
        email,
        employeeNumber: employeeNumber === undefined ? (existing?.employeeNumber ?? null) : employeeNumber,
        jobTitle: has('title') ? (values.title ?? '') : (existing?.jobTitle ?? ''),
        departmentName: department?.name ?? newDepartments.get(departmentName.toLowerCase()) ?? departmentName,
        departmentId: department?.id ?? null,
        role,
        hiredOn,
        leftOn,
        leaveReason: leftOn ? (reason ?? null) : null,
        managerEmail: has('managerEmail') ? managerEmail : undefined,
      },
    });
  }
  yield;

  // Reporting lines, once every row is known: the manager is in the file or on the roster, and still employed.
  const inFile = new Map(rows.map((r) => [r.email, r]));
  // Someone whose email this file changes is no longer found by their old one.
  const inFileById = new Map(rows.filter((r) => r.existingId && r.action !== 'error').map((r) => [r.existingId!, r]));
  // A reporting line to someone who had already left stays allowed: an export must import unchanged.
  const keepsManager = (planned: PlannedRow) => {
    const before = planned.existingId ? byId.get(planned.existingId) : undefined;
    const managerEmail = planned.target.managerEmail;
    return !!before?.managerId && emailById.get(before.managerId) === managerEmail && byEmail.get(managerEmail!)?.leftOn !== null;
  };
  const badManagerEmail = new Set(errors.filter((e) => e.field === 'managerEmail').map((e) => e.row));
  for (const planned of rows) {
    const managerEmail = planned.target.managerEmail;
    if (!managerEmail || !has('managerEmail') || badManagerEmail.has(planned.row)) continue;
    const manager = inFile.get(managerEmail);
    const onRoster = byEmail.get(managerEmail);
    const renamed = !manager && onRoster !== undefined && inFileById.has(onRoster.id);
    const managerLeftOn = manager ? manager.target.leftOn : onRoster && !renamed ? onRoster.leftOn : undefined;
    if (managerLeftOn === undefined) {
      errors.push({ row: planned.row, field: 'managerEmail', message: `No one with the email ${managerEmail} is in this file or on the roster.` });
      planned.action = 'error';
    } else if (gone(managerLeftOn) && !gone(planned.target.leftOn) && !keepsManager(planned)) {
      errors.push({ row: planned.row, field: 'managerEmail', message: `${managerEmail} has left; a current employee's manager must be a current employee.` });
      planned.action = 'error';
    }
  }

  yield;
  for (const planned of rows) {
    if (planned.action === 'error' || !planned.existingId) continue;
    const before = byId.get(planned.existingId)!;
    const after = planned.target;
    planned.changes = changedColumns(before, after, before.managerId ? (emailById.get(before.managerId) ?? null) : null);
    // A departure, or a leaving date (new or moved): EmployeesService.recordDepartures, as on the person page.
    const departs = before.leftOn === null && after.leftOn !== null && (after.leftOn !== before.leavingOn || after.leaveReason !== before.leavingReason);
    planned.action = departs ? 'depart' : planned.changes.length ? 'update' : 'unchanged';
  }

  const count = (action: RowAction) => rows.filter((r) => r.action === action).length;
  const erroneous = rows.filter((r) => r.action === 'error');
  return {
    rows,
    errors: errors.sort((a, b) => a.row - b.row),
    newDepartments: [...new Set(rows.filter((r) => r.action !== 'error' && !r.target.departmentId).map((r) => r.target.departmentName))],
    leaveReasonWords: reasonWords.list(),
    summary: {
      rows: rows.length,
      creates: count('create'),
      updates: count('update'),
      departures: count('depart'),
      unchanged: count('unchanged'),
      rowsWithErrors: erroneous.length,
    },
  };
}
