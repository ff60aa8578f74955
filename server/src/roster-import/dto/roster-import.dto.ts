import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { queryBoolean } from '../../common/transforms';
import { ArrayMaxSize, IsBoolean, IsIn, Matches, MaxLength } from 'class-validator';
import { LEAVE_REASONS, LeaveReason } from '../../employees/employee.entity';
import { ROW_ACTIONS, RowAction, RosterPlan } from '../roster-plan.types';
import { ParsedRoster, ROSTER_COLUMNS, RosterColumn } from '../roster-csv';
import { DATE_FORMATS, RosterDateFormat } from '../roster-formats';
import { IsOptionalNonNull } from '../../common/field-decorators';

/** "Start date=hiredOn": their header, then = and our column (the last = splits, so a header may hold one). */
const MAPPING = new RegExp(`^.+=(${ROSTER_COLUMNS.join('|')})$`, 's');

export class RosterImportQueryDto {
  @ApiPropertyOptional({
    default: false,
    description: 'false (default): a dry run that changes nothing. true: apply every row in one transaction, or nothing when any row has an error.',
  })
  @IsOptionalNonNull()
  @Transform(queryBoolean)
  @IsBoolean({ message: 'apply must be true or false' })
  apply?: boolean;

  @ApiPropertyOptional({
    default: false,
    description: 'Create departments the file names that do not exist yet. Without it an unknown department is an error on its row.',
  })
  @IsOptionalNonNull()
  @Transform(queryBoolean)
  @IsBoolean({ message: 'createDepartments must be true or false' })
  createDepartments?: boolean;

  @ApiPropertyOptional({
    default: false,
    description: 'With apply=true: after the rows are written, invite everyone not yet invited (the new people among them); each gets an email.',
  })
  @IsOptionalNonNull()
  @Transform(queryBoolean)
  @IsBoolean({ message: 'invite must be true or false' })
  invite?: boolean;

  @ApiPropertyOptional({
    enum: DATE_FORMATS,
    enumName: 'RosterDateFormat',
    default: 'iso',
    description:
      'How the file writes hiredOn and leftOn besides YYYY-MM-DD, which is always read: dmy = DD/MM/YYYY (day first), mdy = MM/DD/YYYY (month first); ' +
      '/ . and - separate the parts. With iso, a file with such dates is refused (400 roster_date_format_needed, naming the rows) rather than read by guess.',
  })
  @IsOptionalNonNull()
  @IsIn(DATE_FORMATS, { message: `dateFormat must be one of ${DATE_FORMATS.join(', ')}` })
  dateFormat?: RosterDateFormat;

  @ApiPropertyOptional({
    type: [String],
    example: ['Start date=hiredOn', 'Work email=email'],
    description:
      'Read a column of the file as one of ours: "their header=our column", repeated for several (header compared case-insensitively). ' +
      `Our columns: ${ROSTER_COLUMNS.join(', ')}. Entries for headers the file does not have are ignored.`,
  })
  @IsOptionalNonNull()
  @Transform(({ value }) => (Array.isArray(value) ? value : [value]))
  @ArrayMaxSize(50, { message: 'map may be given at most 50 times' })
  @MaxLength(200, { each: true, message: 'each map entry is at most 200 characters' })
  @Matches(MAPPING, { each: true, message: `each map entry is "their header=our column", our column one of ${ROSTER_COLUMNS.join(', ')}` })
  map?: string[];
}

/** The map entries as their header (compared lower-case) -> our column. */
export function columnMapping(entries: string[] = []): Map<string, RosterColumn> {
  return new Map(
    entries.map((entry) => {
      const at = entry.lastIndexOf('=');
      return [entry.slice(0, at).trim().replace(/\s+/g, ' ').toLowerCase(), entry.slice(at + 1) as RosterColumn];
    }),
  );
}

export class RosterMappedColumnDto {
  @ApiProperty({ description: "The file's header, as written.", example: 'Start date' })
  column: string;

  @ApiProperty({ enum: ROSTER_COLUMNS, enumName: 'RosterColumn', description: 'Our column it was read as.' })
  field: RosterColumn;
}

export class RosterLeaveReasonWordDto {
  @ApiProperty({ description: 'The word as the file writes it.', example: 'Resigned' })
  word: string;

  @ApiProperty({ enum: LEAVE_REASONS, enumName: 'LeaveReason', description: 'The reason code it is read as.' })
  reason: LeaveReason;

  @ApiProperty({ description: 'How many rows write it.' })
  rows: number;
}

export class RosterRowErrorDto {
  @ApiProperty({ description: 'Row number as a spreadsheet shows it (the header is row 1).', example: 7 })
  row: number;

  @ApiProperty({ example: 'hiredOn', description: 'The column at fault, or "row" for the row as a whole.' })
  field: string;

  @ApiProperty({ example: '"2023-02-29" is not a date written YYYY-MM-DD.' })
  message: string;
}

export class RosterRowPlanDto {
  @ApiProperty()
  row: number;

  @ApiProperty()
  email: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  department: string;

  @ApiProperty({ enum: ROW_ACTIONS, enumName: 'RosterRowAction', description: 'depart = a current employee gets leftOn (their sessions end).' })
  action: RowAction;

  @ApiProperty({ type: [String], description: 'Columns an update changes.' })
  changes: string[];
}

export class RosterImportSummaryDto {
  @ApiProperty()
  rows: number;

  @ApiProperty()
  creates: number;

  @ApiProperty()
  updates: number;

  @ApiProperty()
  departures: number;

  @ApiProperty()
  unchanged: number;

  @ApiProperty()
  rowsWithErrors: number;
}

export class RosterImportReportDto {
  @ApiProperty({ description: 'true when the rows were written (apply=true and no errors).' })
  applied: boolean;

  @ApiProperty({ description: 'No row has an error: applying would succeed.' })
  valid: boolean;

  @ApiProperty()
  createDepartments: boolean;

  @ApiProperty({ type: RosterImportSummaryDto })
  summary: RosterImportSummaryDto;

  @ApiProperty({ type: [String], description: 'Departments the import creates (createDepartments=true).' })
  newDepartments: string[];

  @ApiProperty({ type: [RosterRowErrorDto] })
  errors: RosterRowErrorDto[];

  @ApiProperty({ type: [RosterRowPlanDto], description: 'Every row and what it does.' })
  rows: RosterRowPlanDto[];

  @ApiProperty({ description: 'People invited by email after applying (invite=true); 0 otherwise.' })
  invited: number;

  @ApiProperty({ enum: DATE_FORMATS, enumName: 'RosterDateFormat', description: 'How dates were read (the dateFormat asked for, iso by default).' })
  dateFormat: RosterDateFormat;

  @ApiProperty({ type: [String], description: 'Header cells that are none of our columns and were not mapped: their cells were not read.' })
  ignoredColumns: string[];

  @ApiProperty({ type: [RosterMappedColumnDto], description: 'Columns read as one of ours because map said so.' })
  mappedColumns: RosterMappedColumnDto[];

  @ApiProperty({ type: [RosterLeaveReasonWordDto], description: 'leaveReason words read as a reason code ("Resigned" as voluntary).' })
  leaveReasonWords: RosterLeaveReasonWordDto[];
}

export function toRosterImportReport(
  plan: RosterPlan,
  file: Pick<ParsedRoster, 'ignoredColumns' | 'mappedColumns'>,
  options: { applied: boolean; createDepartments: boolean; dateFormat: RosterDateFormat },
): RosterImportReportDto {
  return {
    invited: 0,
    applied: options.applied,
    valid: plan.errors.length === 0,
    createDepartments: options.createDepartments,
    dateFormat: options.dateFormat,
    ignoredColumns: file.ignoredColumns,
    mappedColumns: file.mappedColumns,
    leaveReasonWords: plan.leaveReasonWords,
    summary: plan.summary,
    newDepartments: plan.newDepartments,
    errors: plan.errors,
    rows: plan.rows.map((r) => ({ row: r.row, email: r.email, name: r.name, department: r.target.departmentName, action: r.action, changes: r.changes })),
  };
}
