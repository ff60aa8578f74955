import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { toApiProblem } from '../../../lib/problem';
import { attachmentName, saveFile } from '../../../lib/save-file';
import { reportQuery, type ReportFilters, type ReportName } from './report-filters';

/** Fetches one table of a report as CSV (with the session's token) and saves it under the server's file name. */
export async function downloadReportCsv(report: ReportName, table: string, filters: ReportFilters): Promise<void> {
  const query = { ...reportQuery(report, filters), format: 'csv', table };
  // The path is one of six; the query is the report's own plus format and table.
  const result = await api.GET(`/api/reports/${report}` as '/api/reports/tenure', { params: { query: query as never }, parseAs: 'blob' });
  if (!result.response.ok || !(result.data instanceof Blob)) throw toApiProblem(result.error, result.response);
  saveFile(result.data, attachmentName(result.response, `${report}-${table}.csv`));
}

export function useDownloadReportCsv() {
  return useMutation({
    mutationFn: ({ report, table, filters }: { report: ReportName; table: string; filters: ReportFilters }) => downloadReportCsv(report, table, filters),
  });
}
