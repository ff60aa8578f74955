/** The filters every report on the page shares: a department (or all the viewer may see) and a period. */
export interface ReportFilters {
  departmentId: string | null;
  from: string;
  to: string;
  /** Recognised = recognised within this many months of hire. */
  months: number;
}

export type ReportName = 'tenure' | 'retention' | 'recognition-retention' | 'recognition-coverage' | 'empowerment' | 'customer-compliments';

/** The query each report takes: snapshot reports are taken at the end of the period. */
export function reportQuery(report: ReportName, filters: ReportFilters): Record<string, string | number | boolean | undefined> {
  const departmentId = filters.departmentId ?? undefined;
  switch (report) {
    case 'tenure':
    case 'recognition-coverage':
      return { departmentId, asOf: filters.to };
    case 'recognition-retention':
      return { departmentId, asOf: filters.to, months: filters.months };
    case 'retention':
    case 'empowerment':
    case 'customer-compliments':
      return { departmentId, from: filters.from, to: filters.to };
  }
}

export const reportsKey = ['reports'] as const;
