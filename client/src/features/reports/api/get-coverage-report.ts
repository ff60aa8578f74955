import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { reportQuery, reportsKey, type ReportFilters } from './report-filters';

export type CoverageReport = components['schemas']['CoverageReportDto'];

export async function getCoverageReport(filters: ReportFilters, signal?: AbortSignal): Promise<CoverageReport> {
  return unwrap(await api.GET('/api/reports/recognition-coverage', { params: { query: reportQuery('recognition-coverage', filters) }, signal })) as CoverageReport;
}

export const coverageReportQueryOptions = (filters: ReportFilters) =>
  queryOptions({ queryKey: [...reportsKey, 'recognition-coverage', filters], queryFn: ({ signal }) => getCoverageReport(filters, signal), placeholderData: keepPreviousData });

export function useCoverageReport(filters: ReportFilters) {
  return useQuery(coverageReportQueryOptions(filters));
}
