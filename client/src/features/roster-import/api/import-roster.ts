import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { invalidateDepartments } from '../../departments';
import { invalidateEmployees } from '../../employees';
import { invalidateReports } from '../../reports';

export type RosterImportReport = components['schemas']['RosterImportReportDto'];
export type RosterDateFormat = components['schemas']['RosterDateFormat'];
export type RosterColumn = components['schemas']['RosterColumn'];

export interface RosterImportOptions {
  apply: boolean;
  createDepartments: boolean;
  invite?: boolean;
  dateFormat: RosterDateFormat;
  /** Their header -> our column. */
  mapping: Record<string, RosterColumn>;
}

/**
 * Sends the file's bytes as they are (text/csv), not text the browser decoded: a file that is not UTF-8 then gets
 * the server's "save it as CSV UTF-8" answer instead of arriving with its accents turned into question marks.
 * A dry run unless `apply`.
 */
export async function importRoster(file: Blob | string, options: RosterImportOptions): Promise<RosterImportReport> {
  const map = Object.entries(options.mapping).map(([header, column]) => `${header}=${column}`);
  return unwrap(
    await api.POST('/api/employees/import', {
      params: {
        query: {
          apply: options.apply,
          createDepartments: options.createDepartments,
          invite: options.apply && options.invite,
          dateFormat: options.dateFormat,
          ...(map.length ? { map } : {}),
        },
      },
      body: file as string,
      bodySerializer: (body) => body as string,
      headers: { 'Content-Type': 'text/csv' },
    }),
  );
}

export function useImportRoster() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, ...options }: RosterImportOptions & { file: Blob | string }) => importRoster(file, options),
    onSuccess: (report) => {
      if (report.applied) {
        void invalidateEmployees(queryClient);
        void invalidateDepartments(queryClient);
        void invalidateReports(queryClient);
      }
    },
  });
}
