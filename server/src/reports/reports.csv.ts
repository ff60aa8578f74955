import { CsvCell, toCsv } from '../common/csv';
import { CoverageReportDto, EmpowermentReportDto, RecognitionRetentionReportDto, SurvivalGroupDto } from './dto/recognition-report.dto';
import { logRankCsv } from './log-rank.csv';
import { ComplimentFiguresDto, CustomerComplimentsReportDto } from './dto/compliments-report.dto';
import {
  COVERAGE_TABLES,
  CUSTOMER_COMPLIMENTS_TABLES,
  EMPOWERMENT_TABLES,
  RECOGNITION_RETENTION_TABLES,
  RETENTION_TABLES,
  TENURE_TABLES,
} from './dto/report-query.dto';
import { PeriodFlowsDto, RetentionReportDto, TenureReportDto, TenureSummaryDto } from './dto/workforce-report.dto';

/** One table of a report as a CSV file. */
export interface CsvTable {
  filename: string;
  csv: string;
}

const ALL = 'All departments';

function tenureCells(s: TenureSummaryDto): CsvCell[] {
  return [s.headcount, s.averageTenureYears, s.medianTenureYears, ...s.bands.flatMap((b) => [b.count, b.share])];
}

export function tenureCsv(report: TenureReportDto, table: (typeof TENURE_TABLES)[number] = 'departments'): CsvTable {
  const filename = `tenure-${table}-${report.asOf}.csv`;
  if (table === 'histogram')
    return {
      filename,
      csv: toCsv(
        ['completed_years', 'headcount'],
        report.histogram.map((h) => [h.years, h.count]),
      ),
    };
  const bandColumns = report.total.bands.flatMap((b) => [`${b.band}_count`, `${b.band}_share`]);
  return {
    filename,
    csv: toCsv(
      ['department', 'headcount', 'average_tenure_years', 'median_tenure_years', ...bandColumns],
      [...report.departments.map((d) => [d.departmentName, ...tenureCells(d)]), [ALL, ...tenureCells(report.total)]],
    ),
  };
}

const FLOW_COLUMNS = [
  'start_headcount',
  'end_headcount',
  'average_headcount',
  'hires',
  'leavers',
  'voluntary_leavers',
  'involuntary_leavers',
  'other_leavers',
  'retained',
  'turnover_rate',
  'retention_rate',
];
const flowCells = (f: PeriodFlowsDto): CsvCell[] => [
  f.startHeadcount,
  f.endHeadcount,
  f.averageHeadcount,
  f.hires,
  f.leavers,
  f.voluntaryLeavers,
  f.involuntaryLeavers,
  f.otherLeavers,
  f.retained,
  f.turnoverRate,
  f.retentionRate,
];

export function retentionCsv(report: RetentionReportDto, table: (typeof RETENTION_TABLES)[number] = 'departments'): CsvTable {
  const filename = `retention-${table}-${report.from}-to-${report.to}.csv`;
  if (table === 'monthly')
    return {
      filename,
      csv: toCsv(
        ['month', 'from', 'to', ...FLOW_COLUMNS],
        report.monthly.map((m) => [m.month, m.from, m.to, ...flowCells(m)]),
      ),
    };
  return {
    filename,
    csv: toCsv(
      ['department', 'from', 'to', ...FLOW_COLUMNS],
      [
        ...report.departments.map((d) => [d.departmentName, report.from, report.to, ...flowCells(d)]),
        [ALL, report.from, report.to, ...flowCells(report.total)],
      ],
    ),
  };
}

export function recognitionRetentionCsv(report: RecognitionRetentionReportDto, table: (typeof RECOGNITION_RETENTION_TABLES)[number] = 'summary'): CsvTable {
  const filename = `recognition-retention-${table}-${report.asOf}.csv`;
  const scopes = [...(report.departments ?? []).map((d) => ({ name: d.departmentName, split: d })), { name: ALL, split: report.total }];
  const groups = (split: { recognised: SurvivalGroupDto; recognisedByCustomers: SurvivalGroupDto; notRecognised: SurvivalGroupDto }) =>
    [
      ['recognised_by_peers_or_managers', split.recognised],
      ['recognised_by_customers_only', split.recognisedByCustomers],
      ['not_recognised', split.notRecognised],
    ] as const;
  if (table === 'curve') {
    return {
      filename,
      csv: toCsv(
        ['department', 'group', 'day', 'at_risk', 'left', 'censored', 'survival'],
        scopes.flatMap(({ name, split }) =>
          groups(split).flatMap(([group, g]) => g.steps.map((s) => [name, group, s.day, s.atRisk, s.events, s.censored, s.survival])),
        ),
      ),
    };
  }
  if (table === 'log-rank') return logRankCsv(report, filename);
  if (table === 'at-risk') {
    return {
      filename,
      csv: toCsv(
        ['department', 'group', 'years', 'day', 'at_risk', 'survival'],
        scopes.flatMap(({ name, split }) =>
          groups(split).flatMap(([group, g]) => g.atRiskByYear.map((a) => [name, group, a.years, a.day, a.atRisk, a.survival])),
        ),
      ),
    };
  }
  return {
    filename,
    csv: toCsv(
      [
        'department',
        'group',
        'recognised_within_months',
        'people',
        'leavers',
        'still_employed',
        'retention_12_months',
        'retention_24_months',
        'median_tenure_years',
      ],
      scopes.flatMap(({ name, split }) =>
        groups(split).map(([group, g]) => [
          name,
          group,
          report.months,
          g.people,
          g.leavers,
          g.stillEmployed,
          g.retention12Months,
          g.retention24Months,
          g.medianTenureYears,
        ]),
      ),
    ),
  };
}

export function coverageCsv(report: CoverageReportDto, table: (typeof COVERAGE_TABLES)[number] = 'departments'): CsvTable {
  const filename = `recognition-coverage-${table}-${report.asOf}.csv`;
  if (table === 'never-recognised') {
    return {
      filename,
      csv: toCsv(
        ['name', 'job_title', 'department', 'hired_on'],
        report.neverRecognised.map((p) => [p.name, p.jobTitle, p.departmentName, p.hiredOn]),
      ),
    };
  }
  const cells = (c: CoverageReportDto['total']): CsvCell[] => [
    c.headcount,
    c.recognised30Days,
    c.share30Days,
    c.recognised90Days,
    c.share90Days,
    c.recognised365Days,
    c.share365Days,
    c.neverRecognised,
  ];
  return {
    filename,
    csv: toCsv(
      [
        'department',
        'headcount',
        'recognised_30_days',
        'share_30_days',
        'recognised_90_days',
        'share_90_days',
        'recognised_365_days',
        'share_365_days',
        'never_recognised',
      ],
      [...report.departments.map((d) => [d.departmentName, ...cells(d)]), [ALL, ...cells(report.total)]],
    ),
  };
}

export function empowermentCsv(report: EmpowermentReportDto, table: (typeof EMPOWERMENT_TABLES)[number] = 'departments'): CsvTable {
  const filename = `first-contact-resolution-${table}-${report.from}-to-${report.to}.csv`;
  const header = [table === 'channels' ? 'channel' : 'department', 'month', 'stories', 'first_contact', 'share'];
  const entries =
    table === 'channels'
      ? report.channels.map((c) => ({ name: c.channel as string, ...c }))
      : report.departments.map((d) => ({ name: d.departmentName, ...d }));
  return {
    filename,
    csv: toCsv(
      header,
      entries.flatMap((e) => [
        ...e.monthly.map((m) => [e.name, m.month, m.stories, m.firstContact, m.share]),
        [e.name, 'all', e.stories, e.firstContact, e.share],
      ]),
    ),
  };
}

const COMPLIMENT_COLUMNS = ['received', 'became_stories', 'email_confirmed', 'email_confirmed_share', 'median_hours_to_story'];
const complimentCells = (f: ComplimentFiguresDto): CsvCell[] => [f.received, f.becameStories, f.emailConfirmed, f.emailConfirmedShare, f.medianHoursToStory];

export function customerComplimentsCsv(report: CustomerComplimentsReportDto, table: (typeof CUSTOMER_COMPLIMENTS_TABLES)[number] = 'departments'): CsvTable {
  const filename = `customer-compliments-${table}-${report.from}-to-${report.to}.csv`;
  if (table === 'people')
    return {
      filename,
      csv: toCsv(
        ['name', 'department', ...COMPLIMENT_COLUMNS],
        report.people.map((p) => [p.name, p.departmentName, ...complimentCells(p)]),
      ),
    };
  if (table === 'monthly')
    return {
      filename,
      csv: toCsv(['month', ...COMPLIMENT_COLUMNS], [...report.monthly.map((m) => [m.month, ...complimentCells(m)]), ['all', ...complimentCells(report.total)]]),
    };
  return {
    filename,
    csv: toCsv(
      ['department', 'month', ...COMPLIMENT_COLUMNS],
      [
        ...report.departments.flatMap((d) => [
          ...d.monthly.map((m) => [d.departmentName, m.month, ...complimentCells(m)]),
          [d.departmentName, 'all', ...complimentCells(d)],
        ]),
        [ALL, 'all', ...complimentCells(report.total)],
      ],
    ),
  };
}
