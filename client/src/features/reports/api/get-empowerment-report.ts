import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { reportQuery, reportsKey, type ReportFilters } from './report-filters';

export type EmpowermentReport = components['schemas']['EmpowermentReportDto'];

export async function getEmpowermentReport(filters: ReportFilters, signal?: AbortSignal): Promise<EmpowermentReport> {
  return unwrap(await api.GET('/api/reports/empowerment', { params: { query: reportQuery('empowerment', filters) }, signal })) as EmpowermentReport;
}

export const empowermentReportQueryOptions = (filters: ReportFilters) =>
  queryOptions({ queryKey: [...reportsKey, 'empowerment', filters], queryFn: ({ signal }) => getEmpowermentReport(filters, signal), placeholderData: keepPreviousData });

export function useEmpowermentReport(filters: ReportFilters) {
  return useQuery(empowermentReportQueryOptions(filters));
}
