import { applyDecorators, Controller, Get, Headers, Query, Res, Type, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems } from '../common/api-problems';
import { csvAttachment } from '../common/csv';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { CustomerComplimentsReportDto } from './dto/compliments-report.dto';
import { CoverageReportDto, EmpowermentReportDto, RecognitionRetentionReportDto } from './dto/recognition-report.dto';
import {
  CoverageReportQueryDto,
  CustomerComplimentsReportQueryDto,
  EmpowermentReportQueryDto,
  RecognitionRetentionQueryDto,
  ReportFormat,
  RetentionReportQueryDto,
  TenureReportQueryDto,
} from './dto/report-query.dto';
import { RetentionReportDto, TenureReportDto } from './dto/workforce-report.dto';
import { CsvTable, coverageCsv, customerComplimentsCsv, empowermentCsv, recognitionRetentionCsv, retentionCsv, tenureCsv } from './reports.csv';
import { ReportConcurrencyInterceptor } from './report-concurrency.interceptor';
import { ReportsService } from './reports.service';

/** JSON by default; one table as CSV with ?format=csv or Accept: text/csv. */
function ApiReport(model: Type<unknown>) {
  return applyDecorators(
    ApiExtraModels(model),
    ApiProduces('application/json', 'text/csv'),
    ApiOkResponse({
      description: 'The report as JSON, or one of its tables as CSV (header row; text cells starting with = + - @ are prefixed with an apostrophe).',
      content: { 'application/json': { schema: { $ref: getSchemaPath(model) } }, 'text/csv': { schema: { type: 'string' } } },
    }),
    ApiProblems(400, 401, 403, 422, 429),
  );
}

const TIME_NOTE =
  "Dates are calendar days in the company's time zone (COMPANY_TIME_ZONE); headcounts are taken at the end of a day, and leftOn is a person's last day.";

@ApiTags('reports')
@ApiBearerAuth()
@Roles('manager', 'admin')
@UseInterceptors(ReportConcurrencyInterceptor)
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('tenure')
  @ApiOperation({
    summary: 'Tenure as of a day: headcount, average and median tenure, tenure bands, per department, histogram by whole years',
    description:
      `${TIME_NOTE} Tenure of a person employed at the end of asOf = asOf − hiredOn in days; years = days ÷ 365.25. ` +
      'Average = mean, median = middle value (mean of the two middle values for an even headcount). ' +
      'Bands by completed calendar months of service: < 6 months [0, 6), 6 months – 4 years [6, 48), 4 – 12 years [48, 144), 12 years + [144, ∞); share = count ÷ headcount. ' +
      'Histogram: headcount by completed years (a 29 February hire completes a year on 28 February). CSV tables: departments, histogram.',
  })
  @ApiReport(TenureReportDto)
  async tenure(
    @CurrentUser() viewer: CurrentEmployee,
    @Query() query: TenureReportQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const report = await this.reports.tenure(viewer, query);
    return respond(reply, query.format, accept, report, () => tenureCsv(report, query.table));
  }

  @Get('retention')
  @ApiOperation({
    summary: 'Retention and turnover for a period [from, to]: headcount, hires, leavers by reason, rates, per department and per month',
    description:
      `${TIME_NOTE} startHeadcount = employed at the end of the day before from; endHeadcount = employed at the end of to (= start + hires − leavers). ` +
      'hires = hiredOn in [from, to]; leavers = leftOn in [from, to], split voluntary / involuntary / other. ' +
      'turnoverRate = leavers ÷ averageHeadcount, averageHeadcount = (start + end) ÷ 2. ' +
      'retentionRate = retained ÷ startHeadcount, retained = people in the start headcount still employed at the end. ' +
      'The monthly series gives the same figures for every calendar month, the first and last cut to the period. CSV tables: departments, monthly.',
  })
  @ApiReport(RetentionReportDto)
  async retention(
    @CurrentUser() viewer: CurrentEmployee,
    @Query() query: RetentionReportQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const report = await this.reports.retention(viewer, query);
    return respond(reply, query.format, accept, report, () => retentionCsv(report, query.table));
  }

  @Get('recognition-retention')
  @ApiOperation({
    summary:
      'Do recognised people stay longer? Kaplan–Meier tenure curves of people recognised in their first N months by peers or managers, by customers only, and not at all',
    description:
      `${TIME_NOTE} Three groups that do not overlap and add up to the cohort (total.cohort). ` +
      'recognised (by peers or managers) = hero of a published, not deleted story not from a customer that happened, or given a reward that was not revoked, on a day in [hiredOn, hiredOn + N months); ' +
      'recognisedByCustomers = not that, but hero of a published, not deleted story from a customer (a compliment a manager confirmed) that happened on a day in that window; notRecognised = neither. ' +
      'People hired less than N months before asOf are left out (excludedRecentHires). Tenure = days from hiredOn to leftOn for people who left by asOf (an event); ' +
      'everyone else is censored at asOf. Kaplan–Meier: S(t) = Π over days tᵢ ≤ t of (1 − leftᵢ ÷ atRiskᵢ), where atRiskᵢ counts people observed for at least tᵢ days ' +
      '(people censored on tᵢ are still at risk that day). 12-month retention = S(365), 24-month = S(730); median tenure = first day with S ≤ 0.5. ' +
      'CSV tables: summary, curve, at-risk.',
  })
  @ApiReport(RecognitionRetentionReportDto)
  async recognitionRetention(
    @CurrentUser() viewer: CurrentEmployee,
    @Query() query: RecognitionRetentionQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const report = await this.reports.recognitionRetention(viewer, query);
    return respond(reply, query.format, accept, report, () => recognitionRetentionCsv(report, query.table));
  }

  @Get('customer-compliments')
  @ApiOperation({
    summary: 'Customer compliments: received, became stories, customers who confirmed their email, median time to a story; per department, month and person',
    description:
      `${TIME_NOTE} received = compliments sent on a thank-you page on a day in [from, to] (company time zone) through a link of a department in scope, not discarded; ` +
      'becameStories = of those, confirmed by a manager into a story from a customer or merged into a story about the hero (as of now); ' +
      'emailConfirmedShare = emailConfirmed ÷ received; medianHoursToStory = median of (reviewed − sent) in hours over those that became stories ' +
      '(mean of the two middle values for an even count). Months are the month a compliment was sent. A compliment for a whole team without a chosen hero counts for its department only. ' +
      'CSV tables: departments, monthly, people.',
  })
  @ApiReport(CustomerComplimentsReportDto)
  async customerCompliments(
    @CurrentUser() viewer: CurrentEmployee,
    @Query() query: CustomerComplimentsReportQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const report = await this.reports.customerCompliments(viewer, query);
    return respond(reply, query.format, accept, report, () => customerComplimentsCsv(report, query.table));
  }

  @Get('recognition-coverage')
  @ApiOperation({
    summary: 'Share of people employed at asOf recognised in the last 30, 90 and 365 days, per department; people never recognised',
    description:
      `${TIME_NOTE} Recognised in the last N days = hero of a published story that happened, or given a live reward, on a day in [asOf − (N − 1), asOf]; ` +
      'share = recognised ÷ headcount. Never recognised = no such day at all up to asOf. CSV tables: departments, never-recognised.',
  })
  @ApiReport(CoverageReportDto)
  async coverage(
    @CurrentUser() viewer: CurrentEmployee,
    @Query() query: CoverageReportQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const report = await this.reports.coverage(viewer, query);
    return respond(reply, query.format, accept, report, () => coverageCsv(report, query.table));
  }

  @Get('empowerment')
  @ApiOperation({
    summary: 'First-contact resolution: share of hero stories resolved without a hand-off, per department and channel, by month',
    description:
      `${TIME_NOTE} Stories = published, not deleted stories that happened in [from, to] (by occurredOn); share = resolved without a hand-off ÷ stories. ` +
      "Departments are the heroes' departments when the story was told (a story with heroes in two departments counts in both); totals and channels count each story once. " +
      'CSV tables: departments, channels.',
  })
  @ApiReport(EmpowermentReportDto)
  async empowerment(
    @CurrentUser() viewer: CurrentEmployee,
    @Query() query: EmpowermentReportQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const report = await this.reports.empowerment(viewer, query);
    return respond(reply, query.format, accept, report, () => empowermentCsv(report, query.table));
  }
}

function wantsCsv(format: ReportFormat | undefined, accept: string | undefined): boolean {
  return format ? format === 'csv' : /(^|,)\s*text\/csv/i.test(accept ?? '');
}

function respond<T>(reply: FastifyReply, format: ReportFormat | undefined, accept: string | undefined, report: T, table: () => CsvTable): T | string {
  void reply.header('Vary', 'Accept');
  if (!wantsCsv(format, accept)) return report;
  const { filename, csv } = table();
  return csvAttachment(reply, filename, csv);
}
