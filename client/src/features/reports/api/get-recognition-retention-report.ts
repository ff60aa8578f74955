import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { reportQuery, reportsKey, type ReportFilters } from './report-filters';

export type RecognitionRetentionReport = components['schemas']['RecognitionRetentionReportDto'];

export async function getRecognitionRetentionReport(filters: ReportFilters, signal?: AbortSignal): Promise<RecognitionRetentionReport> {
  return unwrap(await api.GET('/api/reports/recognition-retention', { params: { query: reportQuery('recognition-retention', filters) }, signal })) as RecognitionRetentionReport;
}

export const recognitionRetentionReportQueryOptions = (filters: ReportFilters) =>
  queryOptions({ queryKey: [...reportsKey, 'recognition-retention', filters], queryFn: ({ signal }) => getRecognitionRetentionReport(filters, signal), placeholderData: keepPreviousData });

export function useRecognitionRetentionReport(filters: ReportFilters) {
  return useQuery(recognitionRetentionReportQueryOptions(filters));
}
