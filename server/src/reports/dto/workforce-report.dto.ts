import { ApiProperty } from '@nestjs/swagger';
import { TENURE_BANDS, TenureBandKey } from '../workforce-stats';
import { DepartmentFigures, ReportPeriodDto } from './report-shapes.dto';

const share = (description: string) => ({
  type: Number,
  nullable: true,
  description: `${description} Four decimals; null when dividing by zero.`,
  example: 0.25,
});
const maybe = (description: string) => ({ type: Number, nullable: true, description });

export class TenureBandDto {
  @ApiProperty({ enum: TENURE_BANDS.map((b) => b.band), enumName: 'TenureBand' })
  band: TenureBandKey;

  @ApiProperty({ example: '6 months – 4 years' })
  label: string;

  @ApiProperty()
  count: number;

  @ApiProperty(share('count ÷ headcount.'))
  share: number | null;
}

export class TenureSummaryDto {
  @ApiProperty({ description: 'People employed at the end of asOf.' })
  headcount: number;

  @ApiProperty(maybe('Mean of (asOf − hiredOn) in days, one decimal.'))
  averageTenureDays: number | null;

  @ApiProperty(maybe('Median of (asOf − hiredOn) in days (mean of the two middle values for an even headcount).'))
  medianTenureDays: number | null;

  @ApiProperty(maybe('averageTenureDays ÷ 365.25, two decimals.'))
  averageTenureYears: number | null;

  @ApiProperty(maybe('medianTenureDays ÷ 365.25, two decimals.'))
  medianTenureYears: number | null;

  @ApiProperty({ type: [TenureBandDto], description: 'Completed calendar months of service: < 6, 6 – 47, 48 – 143, 144 +.' })
  bands: TenureBandDto[];
}

export class DepartmentTenureDto extends DepartmentFigures(TenureSummaryDto) {}

export class TenureHistogramBinDto {
  @ApiProperty({ description: 'Completed years of service (0 = less than a year).' })
  years: number;

  @ApiProperty()
  count: number;
}

export class TenureReportDto {
  @ApiProperty({ format: 'date' })
  asOf: string;

  @ApiProperty({ example: 'Europe/Amsterdam', description: 'The time zone the dates are calendar days in.' })
  timeZone: string;

  @ApiProperty({ type: TenureSummaryDto, description: 'Every department in the report together.' })
  total: TenureSummaryDto;

  @ApiProperty({ type: [DepartmentTenureDto] })
  departments: DepartmentTenureDto[];

  @ApiProperty({ type: [TenureHistogramBinDto], description: 'Headcount by completed years, from 0 to the longest tenure.' })
  histogram: TenureHistogramBinDto[];
}

export class PeriodFlowsDto {
  @ApiProperty({ description: 'Employed at the end of the day before `from`.' })
  startHeadcount: number;

  @ApiProperty({ description: 'Employed at the end of `to` (= start + hires − leavers).' })
  endHeadcount: number;

  @ApiProperty({ description: '(startHeadcount + endHeadcount) ÷ 2.' })
  averageHeadcount: number;

  @ApiProperty({ description: 'hiredOn within [from, to].' })
  hires: number;

  @ApiProperty({ description: 'leftOn (the last day of employment) within [from, to].' })
  leavers: number;

  @ApiProperty()
  voluntaryLeavers: number;

  @ApiProperty()
  involuntaryLeavers: number;

  @ApiProperty()
  otherLeavers: number;

  @ApiProperty({ description: 'People in startHeadcount who are still employed at the end of `to`.' })
  retained: number;

  @ApiProperty(share('leavers ÷ averageHeadcount.'))
  turnoverRate: number | null;

  @ApiProperty(share('retained ÷ startHeadcount.'))
  retentionRate: number | null;
}

export class DepartmentFlowsDto extends DepartmentFigures(PeriodFlowsDto) {}

export class MonthlyFlowsDto extends PeriodFlowsDto {
  @ApiProperty({ example: '2026-03' })
  month: string;

  @ApiProperty({ format: 'date', description: 'First day of the month, or `from` in the first month.' })
  from: string;

  @ApiProperty({ format: 'date', description: 'Last day of the month, or `to` in the last month.' })
  to: string;
}

export class RetentionReportDto extends ReportPeriodDto {
  @ApiProperty({ type: PeriodFlowsDto })
  total: PeriodFlowsDto;

  @ApiProperty({ type: [DepartmentFlowsDto] })
  departments: DepartmentFlowsDto[];

  @ApiProperty({ type: [MonthlyFlowsDto], description: 'The same figures for each calendar month of the period.' })
  monthly: MonthlyFlowsDto[];
}
