import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { invalidateDepartments } from '../../departments';
import { invalidateEmployees } from '../../employees';
import { invalidateReports } from '../../reports';

export type RosterImportReport = components['schemas']['RosterImportReportDto'];

/** Sends the CSV as it is (text/csv): a dry run unless `apply`. */
export async function importRoster(csv: string, options: { apply: boolean; createDepartments: boolean; invite?: boolean }): Promise<RosterImportReport> {
  return unwrap(
    await api.POST('/api/employees/import', {
      params: { query: { apply: options.apply, createDepartments: options.createDepartments, invite: options.apply && options.invite } },
      body: csv,
      bodySerializer: (body) => body as string,
      headers: { 'Content-Type': 'text/csv' },
    }),
  );
}

export function useImportRoster() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ csv, apply, createDepartments, invite }: { csv: string; apply: boolean; createDepartments: boolean; invite?: boolean }) =>
      importRoster(csv, { apply, createDepartments, invite }),
    onSuccess: (report) => {
      if (report.applied) {
        void invalidateEmployees(queryClient);
        void invalidateDepartments(queryClient);
        void invalidateReports(queryClient);
      }
    },
  });
}
