import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { STORY_CHANNELS, StoryChannel } from '../../stories/story.entity';
import { TOO_SMALL_REASONS, TooSmallReason } from '../log-rank';
import { DepartmentFigures, ReportAsOfDto, ReportPeriodDto } from './report-shapes.dto';

const share = (description: string) => ({
  type: Number,
  nullable: true,
  description: `${description} Four decimals; null when dividing by zero.`,
  example: 0.5,
});

export class SurvivalStepDto {
  @ApiProperty({ description: 'Days since hire.' })
  day: number;

  @ApiProperty({ description: 'People whose observed tenure is at least `day` days.' })
  atRisk: number;

  @ApiProperty({ description: 'People who left after exactly `day` days.' })
  events: number;

  @ApiProperty({ description: 'People still employed, observed for exactly `day` days.' })
  censored: number;

  @ApiProperty({ description: 'Kaplan–Meier estimate of being employed after `day` days, four decimals.' })
  survival: number;
}

export class AtRiskDto {
  @ApiProperty()
  years: number;

  @ApiProperty({ description: 'round(years × 365.25).' })
  day: number;

  @ApiProperty()
  atRisk: number;

  @ApiProperty()
  survival: number;
}

export class SurvivalGroupDto {
  @ApiProperty()
  people: number;

  @ApiProperty()
  leavers: number;

  @ApiProperty({ description: 'Censored: employed at the end of asOf.' })
  stillEmployed: number;

  @ApiProperty({ type: Number, nullable: true, description: 'S(365): still employed more than 365 days after hire. Null when nobody was followed that long.' })
  retention12Months: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'S(730).' })
  retention24Months: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'First day on which the curve is at or below 0.5; null when it never gets there.' })
  medianTenureDays: number | null;

  @ApiProperty({ type: Number, nullable: true })
  medianTenureYears: number | null;

  @ApiProperty({ type: [SurvivalStepDto], description: 'The curve: day 0, then every day on which someone left or was censored.' })
  steps: SurvivalStepDto[];

  @ApiProperty({ type: [AtRiskDto] })
  atRiskByYear: AtRiskDto[];
}

const testFigure = (description: string) => ({ type: Number, nullable: true, description: `${description} Null when tooSmall.` });

/** The log-rank test of group 1 against group 2 and the hazard ratio of leaving, group 1 relative to group 2. */
export class LogRankDto {
  @ApiProperty({ description: 'People in group 1.' })
  people1: number;

  @ApiProperty({ description: 'People in group 2.' })
  people2: number;

  @ApiProperty({ description: 'Leavers in group 1 (O1).' })
  observed1: number;

  @ApiProperty({ description: 'Leavers in group 2 (O2).' })
  observed2: number;

  @ApiProperty({
    description:
      'Leavers expected in group 1 if both groups left at the same rate (E1): the sum over days someone left of leavers × at risk in group 1 ÷ at risk. Four decimals.',
  })
  expected1: number;

  @ApiProperty({ description: 'E2 = O1 + O2 − E1. Four decimals.' })
  expected2: number;

  @ApiProperty({ description: 'V: the sum of the hypergeometric variances, leavers × n1 × n2 × (n − leavers) ÷ (n² × (n − 1)). Four decimals.' })
  variance: number;

  @ApiProperty(testFigure('(O1 − E1)² ÷ V, chi-square with 1 degree of freedom, four decimals.'))
  chiSquare: number | null;

  @ApiProperty(
    testFigure(
      'P(chi-square with 1 degree of freedom ≥ chiSquare) = erfc(√(chiSquare ÷ 2)): how often chance alone would give a difference this large. Four significant digits.',
    ),
  )
  pValue: number | null;

  @ApiProperty(
    testFigure(
      'Hazard ratio of leaving, group 1 relative to group 2, Mantel–Haenszel (Peto) form exp((O1 − E1) ÷ V): below 1 = group 1 leaves at a lower rate. Four decimals.',
    ),
  )
  hazardRatio: number | null;

  @ApiProperty(testFigure('Lower end of the 95% confidence interval: exp((O1 − E1) ÷ V − 1.96 ÷ √V).'))
  hazardRatioLow: number | null;

  @ApiProperty(testFigure('Upper end of the 95% confidence interval: exp((O1 − E1) ÷ V + 1.96 ÷ √V).'))
  hazardRatioHigh: number | null;

  @ApiProperty({
    enum: TOO_SMALL_REASONS,
    enumName: 'LogRankTooSmallReason',
    nullable: true,
    description:
      'Why the groups are too small to tell: emptyGroup = a group has nobody; fewLeavers = fewer than 5 leavers in a group; fewExpected = fewer than 5 leavers expected in a group (the chi-square approximation needs about 5). Null when the figures are given.',
  })
  tooSmall: TooSmallReason | null;
}

export class LogRankComparisonsDto {
  @ApiProperty({ type: LogRankDto, description: 'Group 1 = recognised by peers, managers or customers; group 2 = not recognised.' })
  recognisedVsNot: LogRankDto;

  @ApiProperty({ type: LogRankDto, description: 'Group 1 = recognised by peers or managers; group 2 = not recognised (customers only left out).' })
  peersOrManagersVsNot: LogRankDto;
}

/** Three groups that do not overlap and add up to the cohort. */
export class RecognitionSurvivalDto {
  @ApiProperty({ description: 'Everyone followed: recognised + recognisedByCustomers + notRecognised.' })
  cohort: number;

  @ApiProperty({
    type: SurvivalGroupDto,
    description: 'Recognised by peers or managers: hero of a published story not from a customer, or given a reward that was not revoked, in the window.',
  })
  recognised: SurvivalGroupDto;

  @ApiProperty({
    type: SurvivalGroupDto,
    description: 'Recognised by customers only: hero of a published story from a customer (a compliment a manager confirmed) in the window, and nothing else.',
  })
  recognisedByCustomers: SurvivalGroupDto;

  @ApiProperty({ type: SurvivalGroupDto, description: 'Neither.' })
  notRecognised: SurvivalGroupDto;

  @ApiProperty({ type: LogRankComparisonsDto, description: 'Whether the difference in leaving is more than chance: log-rank tests and hazard ratios.' })
  logRank: LogRankComparisonsDto;
}

export class DepartmentRecognitionSurvivalDto extends DepartmentFigures(RecognitionSurvivalDto) {}

export class RecognitionRetentionReportDto extends ReportAsOfDto {
  @ApiProperty({ description: 'Recognised = recognised within this many months after hire.' })
  months: number;

  @ApiProperty({ description: 'People hired less than `months` months before asOf, left out because they have not had the chance yet.' })
  excludedRecentHires: number;

  @ApiProperty({ description: 'What the report leaves out and how to read it.' })
  note: string;

  @ApiProperty({ type: RecognitionSurvivalDto })
  total: RecognitionSurvivalDto;

  @ApiPropertyOptional({ type: [DepartmentRecognitionSurvivalDto], description: 'With byDepartment=true.' })
  departments?: DepartmentRecognitionSurvivalDto[];
}

export class CoverageDto {
  @ApiProperty({ description: 'Employed at the end of asOf.' })
  headcount: number;

  @ApiProperty({ description: 'Recognised on a day in [asOf − 29, asOf].' })
  recognised30Days: number;

  @ApiProperty(share('recognised30Days ÷ headcount.'))
  share30Days: number | null;

  @ApiProperty({ description: 'Recognised on a day in [asOf − 89, asOf].' })
  recognised90Days: number;

  @ApiProperty(share('recognised90Days ÷ headcount.'))
  share90Days: number | null;

  @ApiProperty({ description: 'Recognised on a day in [asOf − 364, asOf].' })
  recognised365Days: number;

  @ApiProperty(share('recognised365Days ÷ headcount.'))
  share365Days: number | null;

  @ApiProperty({ description: 'Never recognised up to asOf.' })
  neverRecognised: number;
}

export class DepartmentCoverageDto extends DepartmentFigures(CoverageDto) {}

export class NeverRecognisedPersonDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  jobTitle: string;

  @ApiProperty({ format: 'uuid' })
  departmentId: string;

  @ApiProperty()
  departmentName: string;

  @ApiProperty({ format: 'date' })
  hiredOn: string;
}

export class CoverageReportDto extends ReportAsOfDto {
  @ApiProperty({ type: CoverageDto })
  total: CoverageDto;

  @ApiProperty({ type: [DepartmentCoverageDto] })
  departments: DepartmentCoverageDto[];

  @ApiProperty({ type: [NeverRecognisedPersonDto], description: 'Longest-serving first, at most 500 (see neverRecognisedTruncated).' })
  neverRecognised: NeverRecognisedPersonDto[];

  @ApiProperty()
  neverRecognisedTruncated: boolean;
}

export class FirstContactDto {
  @ApiProperty({ description: 'Published stories that happened in the period.' })
  stories: number;

  @ApiProperty({ description: 'Of those, resolved without a hand-off.' })
  firstContact: number;

  @ApiProperty(share('firstContact ÷ stories.'))
  share: number | null;
}

export class MonthlyFirstContactDto extends FirstContactDto {
  @ApiProperty({ example: '2026-03' })
  month: string;
}

export class DepartmentFirstContactDto extends DepartmentFigures(FirstContactDto) {
  @ApiProperty({ type: [MonthlyFirstContactDto] })
  monthly: MonthlyFirstContactDto[];
}

export class ChannelFirstContactDto extends FirstContactDto {
  @ApiProperty({ enum: STORY_CHANNELS, enumName: 'StoryChannel' })
  channel: StoryChannel;

  @ApiProperty({ type: [MonthlyFirstContactDto] })
  monthly: MonthlyFirstContactDto[];
}

export class EmpowermentReportDto extends ReportPeriodDto {
  @ApiProperty({ type: FirstContactDto, description: 'Each story once.' })
  total: FirstContactDto;

  @ApiProperty({ type: [MonthlyFirstContactDto] })
  monthly: MonthlyFirstContactDto[];

  @ApiProperty({ type: [DepartmentFirstContactDto], description: "By the heroes' departments: a story with heroes in two departments counts in both." })
  departments: DepartmentFirstContactDto[];

  @ApiProperty({ type: [ChannelFirstContactDto] })
  channels: ChannelFirstContactDto[];
}
