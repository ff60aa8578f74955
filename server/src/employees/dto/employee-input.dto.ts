import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar';
import { normaliseEmail, queryBoolean, queryInteger, trim } from '../../common/transforms';
import { EMPLOYEE_ROLES, EmployeeRole, LEAVE_REASONS, LeaveReason } from '../employee.entity';
import { IsCanonicalUuid, IsNullable, IsOptionalNonNull } from '../../common/field-decorators';
import { QueryLimitField } from '../../common/query-limit.field';
import { stackedDecorators } from '../../common/stacked-decorators';
import { OptionalTextField } from '../../common/optional-text.field';

/** The person's key in the HR system: up to 64 characters, trimmed; null or an empty string for none; may be left out. */
const EmployeeNumberField = () =>
  stackedDecorators(
    ApiPropertyOptional({
      type: String,
      nullable: true,
      maxLength: 64,
      example: 'E-10442',
      description:
        "The person's key in the HR system: unique when present, compared exactly as written (surrounding spaces removed). null or an empty string for none.",
    }),
    IsNullable(),
    Transform(trim),
    IsString({ message: 'employeeNumber must be text' }),
    MaxLength(64, { message: 'employeeNumber is at most 64 characters' }),
  );

export class CreateEmployeeDto {
  @ApiProperty({ example: 'Priya Natarajan', maxLength: 120 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name: string;

  @ApiProperty({ example: 'priya.natarajan@northwind.example', description: 'Unique, case-insensitive.' })
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @EmployeeNumberField()
  employeeNumber?: string | null;

  @ApiPropertyOptional({ example: 'Chat Agent', maxLength: 120, default: '' })
  @IsOptionalNonNull()
  @Transform(trim)
  @IsString()
  @MaxLength(120)
  jobTitle?: string;

  @ApiProperty({ format: 'uuid' })
  @IsCanonicalUuid('all', { message: 'departmentId must be a UUID' })
  departmentId: string;

  @ApiPropertyOptional({ enum: EMPLOYEE_ROLES, enumName: 'EmployeeRole', default: 'staff' })
  @IsOptionalNonNull()
  @IsIn(EMPLOYEE_ROLES, { message: `role must be one of ${EMPLOYEE_ROLES.join(', ')}` })
  role?: EmployeeRole;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Who the employee reports to.' })
  @IsNullable()
  @IsCanonicalUuid('all', { message: 'managerId must be a UUID' })
  managerId?: string | null;

  @ApiProperty({ format: 'date', example: '2024-03-18', description: 'Not in the future.' })
  @IsCalendarDate()
  hiredOn: string;
}

export class UpdateEmployeeDto {
  @OptionalTextField({ maxLength: 120 })
  name?: string;

  @ApiPropertyOptional({ description: 'Unique, case-insensitive.' })
  @IsOptionalNonNull()
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string;

  @EmployeeNumberField()
  employeeNumber?: string | null;

  @ApiPropertyOptional({ maxLength: 120, type: String, nullable: true, description: 'null (or an empty string) clears it.' })
  @IsNullable()
  @Transform(trim)
  @IsString()
  @MaxLength(120)
  jobTitle?: string | null;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'departmentId must be a UUID' })
  departmentId?: string;

  @ApiPropertyOptional({ enum: EMPLOYEE_ROLES, enumName: 'EmployeeRole', description: 'Admins only.' })
  @IsOptionalNonNull()
  @IsIn(EMPLOYEE_ROLES, { message: `role must be one of ${EMPLOYEE_ROLES.join(', ')}` })
  role?: EmployeeRole;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'null removes the reporting line.' })
  @IsNullable()
  @IsCanonicalUuid('all', { message: 'managerId must be a UUID' })
  managerId?: string | null;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptionalNonNull()
  @IsCalendarDate()
  hiredOn?: string;
}

export class RecordDepartureDto {
  @ApiProperty({
    format: 'date',
    example: '2026-10-31',
    description:
      "The last day of employment; not before hiredOn. A day to come (at most a year ahead) is a leaving date: the person stays employed until that day, when the departure takes effect (in the company's time zone).",
  })
  @IsCalendarDate()
  leftOn: string;

  @ApiProperty({ enum: LEAVE_REASONS, enumName: 'LeaveReason' })
  @IsIn(LEAVE_REASONS, { message: `reason must be one of ${LEAVE_REASONS.join(', ')}` })
  reason: LeaveReason;
}

export const EMPLOYEE_STATUSES = ['active', 'left', 'all'] as const;

const ROSTER_SORTS = ['name', 'department', 'hiredOn'] as const;

export class ListEmployeesQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name, case-insensitive.', maxLength: 100 })
  @IsOptionalNonNull()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'departmentId must be a UUID' })
  departmentId?: string;

  @ApiPropertyOptional({ enum: EMPLOYEE_ROLES, enumName: 'EmployeeRole', isArray: true, description: 'Only these roles (repeat the parameter for several).' })
  @IsOptionalNonNull()
  @Transform(({ value }) => (Array.isArray(value) ? value : [value]))
  @IsIn(EMPLOYEE_ROLES, { each: true, message: `role must be one of ${EMPLOYEE_ROLES.join(', ')}` })
  role?: EmployeeRole[];

  @ApiPropertyOptional({
    description: 'Only people in the departments the viewer manages (the roster of a manager); ignored for admins, who manage every department.',
    default: false,
  })
  @IsOptionalNonNull()
  @Transform(queryBoolean)
  @IsBoolean({ message: 'managed must be true or false' })
  managed?: boolean;

  @ApiPropertyOptional({ enum: EMPLOYEE_STATUSES, default: 'active' })
  @IsOptionalNonNull()
  @IsIn(EMPLOYEE_STATUSES, { message: `status must be one of ${EMPLOYEE_STATUSES.join(', ')}` })
  status?: (typeof EMPLOYEE_STATUSES)[number];

  @ApiPropertyOptional({ enum: ROSTER_SORTS, enumName: 'RosterSort', default: 'name', description: 'The column to sort by (ties by name, then id).' })
  @IsOptionalNonNull()
  @IsIn(ROSTER_SORTS, { message: `sort must be one of ${ROSTER_SORTS.join(', ')}` })
  sort?: (typeof ROSTER_SORTS)[number];

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptionalNonNull()
  @IsIn(['asc', 'desc'], { message: 'direction must be asc or desc' })
  direction?: 'asc' | 'desc';

  @ApiPropertyOptional({ minimum: 1, maximum: 10000, description: 'A numbered page (of `limit` people) to start from; ignored with a cursor.' })
  @IsOptionalNonNull()
  @Transform(queryInteger)
  @IsInt({ message: 'page must be a whole number' })
  @Min(1)
  @Max(10000)
  page?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page.', maxLength: 500 })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(500)
  cursor?: string;

  @QueryLimitField(25)
  limit?: number;
}
