import { keepPreviousData, type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { reportQuery, reportsKey, type ReportFilters, type ReportName } from './report-filters';

/** Refetch every report (the roster they count changed, e.g. after an import). */
export function invalidateReports(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: reportsKey });
}

/** What each report answers, by name (its path is /api/reports/<name>). */
export interface ReportBodies {
  tenure: components['schemas']['TenureReportDto'];
  retention: components['schemas']['RetentionReportDto'];
  'recognition-retention': components['schemas']['RecognitionRetentionReportDto'];
  'recognition-coverage': components['schemas']['CoverageReportDto'];
  empowerment: components['schemas']['EmpowermentReportDto'];
  'customer-compliments': components['schemas']['CustomerComplimentsReportDto'];
}

export type RecognitionRetentionReport = ReportBodies['recognition-retention'];

/** One fetcher for the six reports: they differ only in their path, their query (reportQuery) and their body type. */
export async function getReport<R extends ReportName>(report: R, filters: ReportFilters, signal?: AbortSignal): Promise<ReportBodies[R]> {
  // The path is one of six; the query is the one reportQuery builds for it.
  const result = await api.GET(`/api/reports/${report}` as '/api/reports/tenure', { params: { query: reportQuery(report, filters) as never }, signal });
  return unwrap(result) as ReportBodies[R];
}

/** Keeps the previous answer on screen while a changed filter loads. */
export const reportQueryOptions = <R extends ReportName>(report: R, filters: ReportFilters) =>
  queryOptions({ queryKey: [...reportsKey, report, filters], queryFn: ({ signal }) => getReport(report, filters, signal), placeholderData: keepPreviousData });

export function useReport<R extends ReportName>(report: R, filters: ReportFilters) {
  return useQuery(reportQueryOptions(report, filters));
}
