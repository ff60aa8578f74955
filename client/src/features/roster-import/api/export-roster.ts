import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { toApiProblem } from '../../../lib/problem';
import { attachmentName, saveFile } from '../../../lib/save-file';

export async function exportRoster(): Promise<void> {
  const result = await api.GET('/api/employees/export', { parseAs: 'blob' });
  if (!result.response.ok || !(result.data instanceof Blob)) throw toApiProblem(result.error, result.response);
  saveFile(result.data, attachmentName(result.response, 'roster.csv'));
}

export function useExportRoster() {
  return useMutation({ mutationFn: exportRoster });
}
