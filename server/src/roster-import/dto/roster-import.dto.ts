import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { queryBoolean } from '../../common/transforms';
import { IsBoolean } from 'class-validator';
import { ROW_ACTIONS, RowAction, RosterPlan } from '../roster-plan';
import { IsOptionalNonNull } from '../../common/field-decorators';

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
}

export function toRosterImportReport(plan: RosterPlan, applied: boolean, createDepartments: boolean): RosterImportReportDto {
  return {
    invited: 0,
    applied,
    valid: plan.errors.length === 0,
    createDepartments,
    summary: plan.summary,
    newDepartments: plan.newDepartments,
    errors: plan.errors,
    rows: plan.rows.map((r) => ({ row: r.row, email: r.email, name: r.name, department: r.target.departmentName, action: r.action, changes: r.changes })),
  };
}
