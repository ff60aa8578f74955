import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CurrentEmployee } from '../../common/current-employee';
import { mayActOnEmployee, mayCancelLeavingDate, mayRecordDeparture, mayUndoDeparture, mayViewPrivateFields } from '../employees.policy';
import { nextWorkAnniversary } from '../work-anniversaries';
import { EMPLOYEE_ROLES, EmployeeRole, LANGUAGES, Language, LEAVE_REASONS, LeaveReason } from '../employee.entity';
import { DepartmentRefDto, EmployeeRefDto } from './employee-ref.dto';

export class WorkAnniversaryDto {
  @ApiProperty({ format: 'date' })
  date: string;

  @ApiProperty({ example: 5, description: 'Milestones: 1, 3, 5, then every five years.' })
  years: number;
}

/**
 * An employee as the viewer may see them. Everyone sees the public fields; `email`, `leaveReason` and
 * `account` appear only for the person themself, admins, and managers of the person's department.
 */
export class EmployeeDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Sofia Lindqvist' })
  name: string;

  @ApiProperty({ example: 'Sales Associate' })
  jobTitle: string;

  @ApiProperty({ type: DepartmentRefDto })
  department: DepartmentRefDto;

  @ApiProperty({ enum: EMPLOYEE_ROLES, enumName: 'EmployeeRole' })
  role: EmployeeRole;

  @ApiProperty({ type: EmployeeRefDto, nullable: true, description: 'Who this person reports to.' })
  manager: EmployeeRefDto | null;

  @ApiProperty({ format: 'date', example: '2019-04-01' })
  hiredOn: string;

  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'The day the person left; null while employed.' })
  leftOn: string | null;

  @ApiProperty({ description: 'Still employed (leftOn is null).' })
  active: boolean;

  @ApiProperty({
    description:
      "The company's identity provider manages this person (SCIM): name, email, title, department, manager and employment are changed there, not in the app.",
  })
  managedByIdentityProvider: boolean;

  @ApiProperty({ type: WorkAnniversaryDto, nullable: true, description: 'The next milestone work anniversary; null for people who left.' })
  nextAnniversary: WorkAnniversaryDto | null;

  @ApiProperty({ description: 'The viewer may edit this record (admins; managers for staff of their departments; nobody but an admin their own).' })
  canEdit: boolean;

  @ApiProperty({ description: 'The viewer may record that this person left (as canEdit, never for oneself, and only while employed).' })
  canRecordDeparture: boolean;

  @ApiProperty({ description: 'The viewer may call off the leaving date (leavingOn) of this person: whoever may record a departure.' })
  canCancelLeaving: boolean;

  @ApiProperty({ description: 'The viewer may undo this departure (recorded by mistake): admins only, never their own.' })
  canUndoDeparture: boolean;

  @ApiPropertyOptional({ format: 'email', description: 'Private: self, admins and managers of the department.' })
  email?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'E-10442', description: "Private. The person's key in the HR system; null when none." })
  employeeNumber?: string | null;

  @ApiPropertyOptional({
    format: 'date',
    type: String,
    nullable: true,
    description: 'Private. A departure recorded in advance: the last day of employment, still to come (the person is employed until then); null when none.',
  })
  leavingOn?: string | null;

  @ApiPropertyOptional({ enum: LEAVE_REASONS, enumName: 'LeaveReason', nullable: true, description: 'Private. The reason of the departure on leavingOn.' })
  leavingReason?: LeaveReason | null;

  @ApiPropertyOptional({ enum: LEAVE_REASONS, enumName: 'LeaveReason', nullable: true, description: 'Private: self, admins and managers of the department.' })
  leaveReason?: LeaveReason | null;

  @ApiPropertyOptional({
    enum: ['active', 'invited', 'not_invited'],
    enumName: 'AccountStatus',
    description: 'Private. active: has set a password; invited: an unused invitation is open; not_invited: neither.',
  })
  account?: 'active' | 'invited' | 'not_invited';

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      'Private. Why the mail server refused this address for good (then no more email goes to it until the address changes); null when it was not refused.',
  })
  emailRefused?: string | null;

  @ApiPropertyOptional({
    enum: LANGUAGES,
    enumName: 'Language',
    nullable: true,
    description: "Private. The language the person chose for the app and their email; null follows the browser's, else the company default.",
  })
  language?: Language | null;
}

export class EmployeePageDto {
  @ApiProperty({ type: [EmployeeDto] })
  items: EmployeeDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` to get the next page; null on the last page.' })
  nextCursor: string | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'How many people match the filters; given when the request has no `cursor` (null on a continued list).',
  })
  total: number | null;
}

/** One employee row as the repository reads it. */
export interface EmployeeRow {
  id: string;
  name: string;
  email: string;
  jobTitle: string;
  departmentId: string;
  departmentName: string;
  role: EmployeeRole;
  managerId: string | null;
  managerName: string | null;
  hiredOn: string;
  leftOn: string | null;
  leaveReason: LeaveReason | null;
  employeeNumber: string | null;
  leavingOn: string | null;
  leavingReason: LeaveReason | null;
  hasPassword: boolean;
  invitationPending: boolean;
  emailRefusedReason: string | null;
  emailRefusedAt: Date | null;
  language: Language | null;
  managedByIdentityProvider: boolean;
}

/** `today` is the company's calendar date (YYYY-MM-DD). */
export function toEmployeeDto(row: EmployeeRow, viewer: CurrentEmployee, today: string): EmployeeDto {
  const dto: EmployeeDto = {
    id: row.id,
    name: row.name,
    jobTitle: row.jobTitle,
    department: { id: row.departmentId, name: row.departmentName },
    role: row.role,
    manager: row.managerId ? { id: row.managerId, name: row.managerName ?? '' } : null,
    hiredOn: row.hiredOn,
    leftOn: row.leftOn,
    active: row.leftOn === null,
    managedByIdentityProvider: row.managedByIdentityProvider,
    nextAnniversary: row.leftOn === null ? nextWorkAnniversary(row.hiredOn, today) : null,
    canEdit: viewer.id === row.id ? viewer.role === 'admin' : mayActOnEmployee(viewer, row),
    canRecordDeparture: row.leftOn === null && mayRecordDeparture(viewer, row),
    canCancelLeaving: row.leftOn === null && row.leavingOn !== null && mayCancelLeavingDate(viewer, row) && !row.managedByIdentityProvider,
    canUndoDeparture: mayUndoDeparture(viewer, row) && !row.managedByIdentityProvider,
  };
  if (mayViewPrivateFields(viewer, row)) {
    dto.email = row.email;
    dto.leaveReason = row.leaveReason;
    dto.employeeNumber = row.employeeNumber;
    dto.leavingOn = row.leavingOn;
    dto.leavingReason = row.leavingReason;
    dto.account = row.hasPassword ? 'active' : row.invitationPending ? 'invited' : 'not_invited';
    dto.emailRefused = row.emailRefusedReason;
    dto.language = row.language;
  }
  return dto;
}
