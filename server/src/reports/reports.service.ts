import { Inject, Injectable } from '@nestjs/common';
import { CurrentEmployee, canManageDepartment } from '../common/current-employee';
import { todayIn } from '../common/calendar';
import { ResultCache } from '../common/result-cache';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { EmployeesService } from '../employees/employees.service';
import { STORY_CHANNELS } from '../stories/story.entity';
import { addMonths, monthsCovering } from './calendar-math';
import { complimentBreakdown } from './compliment-stats';
import { CustomerComplimentsReportDto } from './dto/compliments-report.dto';
import {
  CoverageReportQueryDto,
  CustomerComplimentsReportQueryDto,
  EmpowermentReportQueryDto,
  RecognitionRetentionQueryDto,
  RetentionReportQueryDto,
  TenureReportQueryDto,
} from './dto/report-query.dto';
import { CoverageReportDto, EmpowermentReportDto, RecognitionRetentionReportDto } from './dto/recognition-report.dto';
import { RetentionReportDto, TenureReportDto } from './dto/workforce-report.dto';
import { recognitionSurvival } from './kaplan-meier';
import { LOG_RANK_MIN_EVENTS } from './log-rank';
import { ReportsErrors } from './reports.errors';
import { DepartmentScope, ReportsRepository } from './reports.repository';
import { firstContact, groupBy, series, withShares } from './report-figures';
import { monthlyFlows, periodFlows, tenureHistogram, tenureSummary } from './workforce-stats';

const MAX_PERIOD_YEARS = 50;
const NEVER_RECOGNISED_LIMIT = 500;

/** Read-only reports: managers see their departments, admins every department; staff none. */
@Injectable()
export class ReportsService {
  private readonly results: ResultCache;

  constructor(
    private readonly reports: ReportsRepository,
    private readonly employees: EmployeesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.results = new ResultCache(config.reportCacheSeconds);
  }

  tenure(viewer: CurrentEmployee, query: TenureReportQueryDto): Promise<TenureReportDto> {
    return this.memo('tenure', viewer, query, () => this.computeTenure(viewer, query));
  }

  private async computeTenure(viewer: CurrentEmployee, query: TenureReportQueryDto): Promise<TenureReportDto> {
    const { scope, departments } = await this.scope(viewer, query.departmentId);
    const asOf = this.asOf(query.asOf);
    const rows = await this.reports.employment(scope, asOf);
    const byDepartment = groupBy(rows, (r) => r.departmentId);
    return {
      asOf,
      timeZone: this.config.companyTimeZone,
      total: tenureSummary(rows, asOf),
      departments: departments.map((d) => ({ departmentId: d.id, departmentName: d.name, ...tenureSummary(byDepartment.get(d.id) ?? [], asOf) })),
      histogram: tenureHistogram(rows, asOf),
    };
  }

  retention(viewer: CurrentEmployee, query: RetentionReportQueryDto): Promise<RetentionReportDto> {
    return this.memo('retention', viewer, query, () => this.computeRetention(viewer, query));
  }

  private async computeRetention(viewer: CurrentEmployee, query: RetentionReportQueryDto): Promise<RetentionReportDto> {
    const { scope, departments } = await this.scope(viewer, query.departmentId);
    const { from, to } = this.period(query.from, query.to);
    const rows = await this.reports.employment(scope, to);
    const byDepartment = groupBy(rows, (r) => r.departmentId);
    return {
      from,
      to,
      timeZone: this.config.companyTimeZone,
      total: periodFlows(rows, from, to),
      departments: departments.map((d) => ({ departmentId: d.id, departmentName: d.name, ...periodFlows(byDepartment.get(d.id) ?? [], from, to) })),
      monthly: monthlyFlows(rows, from, to),
    };
  }

  recognitionRetention(viewer: CurrentEmployee, query: RecognitionRetentionQueryDto): Promise<RecognitionRetentionReportDto> {
    return this.memo('recognitionRetention', viewer, query, () => this.computeRecognitionRetention(viewer, query));
  }

  private async computeRecognitionRetention(viewer: CurrentEmployee, query: RecognitionRetentionQueryDto): Promise<RecognitionRetentionReportDto> {
    const { scope, departments } = await this.scope(viewer, query.departmentId);
    const asOf = this.asOf(query.asOf);
    const months = query.months ?? 6;
    const rows = await this.reports.recognitionCohort(scope, asOf, months);
    const { excludedRecentHires, cohort, recognised, recognisedByCustomers, notRecognised, logRank } = recognitionSurvival(rows, asOf, months);
    const byDepartment = groupBy(rows, (r) => r.departmentId);
    return {
      asOf,
      timeZone: this.config.companyTimeZone,
      months,
      excludedRecentHires,
      note:
        `People hired less than ${months} months before ${asOf} are left out (${excludedRecentHires} of them): they have not had ${months} months to be recognised yet. ` +
        `Three groups that do not overlap and add up to the ${cohort} people followed. Recognised by peers or managers = hero of a published story ` +
        `not from a customer, or given a reward that was not revoked, within ${months} months of hire. Recognised by customers = not that, but hero ` +
        `of a published story from a customer (a compliment a manager confirmed) in the same months. Not recognised = neither. ` +
        `Tenure runs from hire to the last day of employment; people still employed are censored at ${asOf}. ` +
        `Someone who left within the first ${months} months had less time to be recognised, so compare curves after month ${months} with care. ` +
        `The log-rank test compares everyone recognised (by peers, managers or customers) with those not recognised, and separately those ` +
        `recognised by peers or managers with those not recognised; it is left out (too small to tell) when either group has fewer than ` +
        `${LOG_RANK_MIN_EVENTS} leavers, observed or expected.`,
      total: { cohort, recognised, recognisedByCustomers, notRecognised, logRank },
      departments: query.byDepartment
        ? departments.map((d) => {
            const split = recognitionSurvival(byDepartment.get(d.id) ?? [], asOf, months);
            const { cohort: people, recognised: byPeers, recognisedByCustomers: byCustomers, notRecognised: neither, logRank: tests } = split;
            return {
              departmentId: d.id,
              departmentName: d.name,
              cohort: people,
              recognised: byPeers,
              recognisedByCustomers: byCustomers,
              notRecognised: neither,
              logRank: tests,
            };
          })
        : undefined,
    };
  }

  coverage(viewer: CurrentEmployee, query: CoverageReportQueryDto): Promise<CoverageReportDto> {
    return this.memo('coverage', viewer, query, () => this.computeCoverage(viewer, query));
  }

  private async computeCoverage(viewer: CurrentEmployee, query: CoverageReportQueryDto): Promise<CoverageReportDto> {
    const { scope, departments } = await this.scope(viewer, query.departmentId);
    const asOf = this.asOf(query.asOf);
    const [rows, never] = await Promise.all([this.reports.coverage(scope, asOf), this.reports.neverRecognised(scope, asOf, NEVER_RECOGNISED_LIMIT + 1)]);
    const byDepartment = new Map(rows.map((r) => [r.departmentId, r]));
    const names = new Map(departments.map((d) => [d.id, d.name]));
    const empty = { headcount: 0, recognised30Days: 0, recognised90Days: 0, recognised365Days: 0, neverRecognised: 0 };
    const sum = rows.reduce(
      (total, r) => ({
        headcount: total.headcount + r.headcount,
        recognised30Days: total.recognised30Days + r.recognised30Days,
        recognised90Days: total.recognised90Days + r.recognised90Days,
        recognised365Days: total.recognised365Days + r.recognised365Days,
        neverRecognised: total.neverRecognised + r.neverRecognised,
      }),
      empty,
    );
    return {
      asOf,
      timeZone: this.config.companyTimeZone,
      total: withShares(sum),
      departments: departments.map((d) => ({ departmentId: d.id, departmentName: d.name, ...withShares(byDepartment.get(d.id) ?? empty) })),
      neverRecognised: never.slice(0, NEVER_RECOGNISED_LIMIT).map((p) => ({ ...p, departmentName: names.get(p.departmentId) ?? '' })),
      neverRecognisedTruncated: never.length > NEVER_RECOGNISED_LIMIT,
    };
  }

  empowerment(viewer: CurrentEmployee, query: EmpowermentReportQueryDto): Promise<EmpowermentReportDto> {
    return this.memo('empowerment', viewer, query, () => this.computeEmpowerment(viewer, query));
  }

  private async computeEmpowerment(viewer: CurrentEmployee, query: EmpowermentReportQueryDto): Promise<EmpowermentReportDto> {
    const { scope, departments } = await this.scope(viewer, query.departmentId);
    const { from, to } = this.period(query.from, query.to);
    const [byDepartment, byChannel] = await Promise.all([
      this.reports.firstContactByDepartment(scope, from, to),
      this.reports.firstContactByChannel(scope, from, to),
    ]);
    const months = monthsCovering(from, to).map((m) => m.slice(0, 7));
    const channels = STORY_CHANNELS.map((channel) => ({
      channel,
      ...series(
        byChannel.filter((r) => r.key === channel),
        months,
      ),
    }));
    return {
      from,
      to,
      timeZone: this.config.companyTimeZone,
      total: firstContact(byChannel),
      monthly: series(byChannel, months).monthly,
      departments: departments.map((d) => ({
        departmentId: d.id,
        departmentName: d.name,
        ...series(
          byDepartment.filter((r) => r.key === d.id),
          months,
        ),
      })),
      channels,
    };
  }

  customerCompliments(viewer: CurrentEmployee, query: CustomerComplimentsReportQueryDto): Promise<CustomerComplimentsReportDto> {
    return this.memo('customerCompliments', viewer, query, () => this.computeCustomerCompliments(viewer, query));
  }

  private async computeCustomerCompliments(viewer: CurrentEmployee, query: CustomerComplimentsReportQueryDto): Promise<CustomerComplimentsReportDto> {
    const { scope, departments } = await this.scope(viewer, query.departmentId);
    const { from, to } = this.period(query.from, query.to);
    const timeZone = this.config.companyTimeZone;
    const rows = await this.reports.compliments(scope, from, to, timeZone);
    const months = monthsCovering(from, to).map((m) => m.slice(0, 7));
    return { from, to, timeZone, ...complimentBreakdown(rows, departments, months) };
  }

  /**
   * A report is computed at most once per REPORT_CACHE_SECONDS for the same scope and question, and shared by
   * everyone asking it meanwhile (concurrent requests wait for the one computation). Any change to the roster
   * (a hire, an edit, a departure, an import) changes the roster version and so the key: workforce figures are
   * current at once; recognition figures may lag a new story or reward by up to REPORT_CACHE_SECONDS.
   */
  private async memo<T>(report: string, viewer: CurrentEmployee, query: object, compute: () => Promise<T>): Promise<T> {
    if (!this.results.enabled) return compute();
    const scope = viewer.role === 'admin' ? 'all' : [...viewer.managedDepartmentIds].sort().join(',');
    return this.results.get([report, scope, query, this.today(), await this.employees.rosterVersion()], compute);
  }

  /** The departments a report covers for this viewer (with their names), refusing any outside their scope. */
  private async scope(viewer: CurrentEmployee, departmentId?: string): Promise<{ scope: DepartmentScope; departments: { id: string; name: string }[] }> {
    if (viewer.role !== 'admin' && viewer.role !== 'manager') throw ReportsErrors.outOfScope();
    if (departmentId) {
      if (!canManageDepartment(viewer, departmentId)) throw ReportsErrors.outOfScope();
      const departments = await this.reports.departments([departmentId]);
      if (!departments.length) throw ReportsErrors.unknownDepartment();
      return { scope: [departmentId], departments };
    }
    const scope = viewer.role === 'admin' ? null : viewer.managedDepartmentIds;
    return { scope, departments: await this.reports.departments(scope) };
  }

  private today(): string {
    return todayIn(this.config.companyTimeZone);
  }

  private asOf(asOf: string | undefined): string {
    const today = this.today();
    if (asOf && asOf > today) throw ReportsErrors.dateInFuture('asOf');
    return asOf ?? today;
  }

  private period(fromInput: string | undefined, toInput: string | undefined): { from: string; to: string } {
    const to = toInput ?? this.today();
    if (to > this.today()) throw ReportsErrors.dateInFuture('to');
    const from = fromInput ?? `${addMonths(to, -11).slice(0, 7)}-01`;
    if (from > to) throw ReportsErrors.fromAfterTo();
    if (addMonths(from, MAX_PERIOD_YEARS * 12) <= to) throw ReportsErrors.periodTooLong(MAX_PERIOD_YEARS);
    return { from, to };
  }
}
