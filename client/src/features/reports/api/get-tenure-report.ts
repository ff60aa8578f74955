import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { reportQuery, reportsKey, type ReportFilters } from './report-filters';

export type TenureReport = components['schemas']['TenureReportDto'];

export async function getTenureReport(filters: ReportFilters, signal?: AbortSignal): Promise<TenureReport> {
  return unwrap(await api.GET('/api/reports/tenure', { params: { query: reportQuery('tenure', filters) }, signal })) as TenureReport;
}

export const tenureReportQueryOptions = (filters: ReportFilters) =>
  queryOptions({ queryKey: [...reportsKey, 'tenure', filters], queryFn: ({ signal }) => getTenureReport(filters, signal), placeholderData: keepPreviousData });

export function useTenureReport(filters: ReportFilters) {
  return useQuery(tenureReportQueryOptions(filters));
}
