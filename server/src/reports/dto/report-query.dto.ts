import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { queryBoolean, queryInteger } from '../../common/transforms';
import { IsBoolean, IsIn, IsInt, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar';
import { IsCanonicalUuid, IsOptionalNonNull } from '../../common/field-decorators';

export const REPORT_FORMATS = ['json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What every report accepts: a department (else every department the viewer may see) and the format. */
class ReportScopeQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this department. Without it: the whole company for admins, their own departments for managers.' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'departmentId must be a UUID' })
  departmentId?: string;

  @ApiPropertyOptional({ enum: REPORT_FORMATS, description: 'csv returns one table of the report as CSV (as does `Accept: text/csv`).' })
  @IsOptionalNonNull()
  @IsIn(REPORT_FORMATS, { message: `format must be one of ${REPORT_FORMATS.join(', ')}` })
  format?: ReportFormat;
}

class AsOfReportQueryDto extends ReportScopeQueryDto {
  @ApiPropertyOptional({
    format: 'date',
    description: "The day the report is taken at the end of; default today in the company's time zone. Not in the future.",
  })
  @IsOptionalNonNull()
  @IsCalendarDate()
  asOf?: string;
}

class PeriodReportQueryDto extends ReportScopeQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'First day of the period (included); default the first day of the month eleven months before `to`.' })
  @IsOptionalNonNull()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: "Last day of the period (included); default today in the company's time zone. Not in the future." })
  @IsOptionalNonNull()
  @IsCalendarDate()
  to?: string;
}

const tableProperty = (tables: readonly string[]) => ({ enum: tables, description: `Which table the CSV holds (default ${tables[0]}).` });
const tableRule = (tables: readonly string[]) => IsIn(tables, { message: `table must be one of ${tables.join(', ')}` });

export const TENURE_TABLES = ['departments', 'histogram'] as const;
export class TenureReportQueryDto extends AsOfReportQueryDto {
  @ApiPropertyOptional(tableProperty(TENURE_TABLES))
  @IsOptionalNonNull()
  @tableRule(TENURE_TABLES)
  table?: (typeof TENURE_TABLES)[number];
}

export const RETENTION_TABLES = ['departments', 'monthly'] as const;
export class RetentionReportQueryDto extends PeriodReportQueryDto {
  @ApiPropertyOptional(tableProperty(RETENTION_TABLES))
  @IsOptionalNonNull()
  @tableRule(RETENTION_TABLES)
  table?: (typeof RETENTION_TABLES)[number];
}

export const RECOGNITION_RETENTION_TABLES = ['summary', 'curve', 'at-risk', 'log-rank'] as const;
export class RecognitionRetentionQueryDto extends AsOfReportQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 36, default: 6, description: 'Recognised = recognised within the first `months` months after hire.' })
  @IsOptionalNonNull()
  @Transform(queryInteger)
  @IsInt({ message: 'months must be a whole number' })
  @Min(1)
  @Max(36)
  months?: number;

  @ApiPropertyOptional({ default: false, description: 'Also split every department.' })
  @IsOptionalNonNull()
  @Transform(queryBoolean)
  @IsBoolean({ message: 'byDepartment must be true or false' })
  byDepartment?: boolean;

  @ApiPropertyOptional(tableProperty(RECOGNITION_RETENTION_TABLES))
  @IsOptionalNonNull()
  @tableRule(RECOGNITION_RETENTION_TABLES)
  table?: (typeof RECOGNITION_RETENTION_TABLES)[number];
}

export const COVERAGE_TABLES = ['departments', 'never-recognised'] as const;
export class CoverageReportQueryDto extends AsOfReportQueryDto {
  @ApiPropertyOptional(tableProperty(COVERAGE_TABLES))
  @IsOptionalNonNull()
  @tableRule(COVERAGE_TABLES)
  table?: (typeof COVERAGE_TABLES)[number];
}

export const EMPOWERMENT_TABLES = ['departments', 'channels'] as const;
export class EmpowermentReportQueryDto extends PeriodReportQueryDto {
  @ApiPropertyOptional(tableProperty(EMPOWERMENT_TABLES))
  @IsOptionalNonNull()
  @tableRule(EMPOWERMENT_TABLES)
  table?: (typeof EMPOWERMENT_TABLES)[number];
}

export const CUSTOMER_COMPLIMENTS_TABLES = ['departments', 'monthly', 'people'] as const;
export class CustomerComplimentsReportQueryDto extends PeriodReportQueryDto {
  @ApiPropertyOptional(tableProperty(CUSTOMER_COMPLIMENTS_TABLES))
  @IsOptionalNonNull()
  @tableRule(CUSTOMER_COMPLIMENTS_TABLES)
  table?: (typeof CUSTOMER_COMPLIMENTS_TABLES)[number];
}
