import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { toApiProblem } from '../../../lib/problem';
import { attachmentName, saveFile } from '../../../lib/save-file';
import { auditQuery, type AuditFilters } from './audit-filters';

/** Fetches the filtered log as CSV (with the session's token) and saves it under the server's file name. */
export async function exportAuditCsv(filters: AuditFilters): Promise<void> {
  const result = await api.GET('/api/audit/export', { params: { query: auditQuery(filters) }, parseAs: 'blob' });
  if (!result.response.ok || !(result.data instanceof Blob)) throw toApiProblem(result.error, result.response);
  saveFile(result.data, attachmentName(result.response, 'audit-log.csv'));
}

export function useExportAuditCsv() {
  return useMutation({ mutationFn: exportAuditCsv });
}
