import { toCsv } from '../common/csv';
import { LogRankComparisonsDto, RecognitionRetentionReportDto } from './dto/recognition-report.dto';
import type { CsvTable } from './reports.csv';

/** The log-rank table of the recognition-and-retention report: two comparisons per department, then all departments. */
export function logRankCsv(report: RecognitionRetentionReportDto, filename: string): CsvTable {
  const scopes = [...(report.departments ?? []).map((d) => ({ name: d.departmentName, split: d })), { name: 'All departments', split: report.total }];
  const comparisons = (logRank: LogRankComparisonsDto) =>
    [
      ['recognised_vs_not_recognised', 'recognised_by_anyone', logRank.recognisedVsNot],
      ['peers_or_managers_vs_not_recognised', 'recognised_by_peers_or_managers', logRank.peersOrManagersVsNot],
    ] as const;
  return {
    filename,
    csv: toCsv(
      [
        'department',
        'comparison',
        'group_1',
        'group_2',
        'recognised_within_months',
        'group_1_people',
        'group_1_leavers',
        'group_1_expected_leavers',
        'group_2_people',
        'group_2_leavers',
        'group_2_expected_leavers',
        'variance',
        'chi_square',
        'p_value',
        'hazard_ratio',
        'hazard_ratio_95_low',
        'hazard_ratio_95_high',
        'too_small_to_tell',
      ],
      scopes.flatMap(({ name, split }) =>
        comparisons(split.logRank).map(([comparison, group1, r]) => [
          name,
          comparison,
          group1,
          'not_recognised',
          report.months,
          r.people1,
          r.observed1,
          r.expected1,
          r.people2,
          r.observed2,
          r.expected2,
          r.variance,
          r.chiSquare,
          r.pValue,
          r.hazardRatio,
          r.hazardRatioLow,
          r.hazardRatioHigh,
          r.tooSmall,
        ]),
      ),
    ),
  };
}
