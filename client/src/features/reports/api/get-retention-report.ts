import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { reportQuery, reportsKey, type ReportFilters } from './report-filters';

export type RetentionReport = components['schemas']['RetentionReportDto'];

export async function getRetentionReport(filters: ReportFilters, signal?: AbortSignal): Promise<RetentionReport> {
  return unwrap(await api.GET('/api/reports/retention', { params: { query: reportQuery('retention', filters) }, signal })) as RetentionReport;
}

export const retentionReportQueryOptions = (filters: ReportFilters) =>
  queryOptions({ queryKey: [...reportsKey, 'retention', filters], queryFn: ({ signal }) => getRetentionReport(filters, signal), placeholderData: keepPreviousData });

export function useRetentionReport(filters: ReportFilters) {
  return useQuery(retentionReportQueryOptions(filters));
}
