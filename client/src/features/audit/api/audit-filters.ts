import type { components } from '../../../api/schema';

export type AuditAction = components['schemas']['AuditAction'];

/** What the audit log is narrowed to; kept in the page's address so a view survives a reload and the back button. */
export interface AuditFilters {
  actorId: string | null;
  action: AuditAction | null;
  /** The record the entries are about (a person's id from their roster page). */
  subjectId: string | null;
  from: string | null;
  to: string | null;
}

export const NO_AUDIT_FILTERS: AuditFilters = { actorId: null, action: null, subjectId: null, from: null, to: null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ACTION = /^[a-z_]+\.[a-z_]+$/;

// Address parameter names: short, and the same words the page shows.
const PARAM = { actorId: 'who', action: 'action', subjectId: 'subject', from: 'from', to: 'to' } as const;

/** The filters an address asks for; a value that could not be one (a hand-edited link) is left out. */
export function auditFiltersFrom(params: URLSearchParams): AuditFilters {
  const read = (key: keyof AuditFilters, pattern: RegExp) => {
    const value = params.get(PARAM[key]);
    return value && pattern.test(value) ? value : null;
  };
  return {
    actorId: read('actorId', UUID),
    action: read('action', ACTION) as AuditAction | null,
    subjectId: read('subjectId', UUID),
    from: read('from', DAY),
    to: read('to', DAY),
  };
}

/** The address parameters for filters, keeping any other parameter of the page as it is. */
export function auditFilterParams(filters: AuditFilters, current: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of Object.keys(PARAM) as (keyof AuditFilters)[]) {
    const value = filters[key];
    if (value) next.set(PARAM[key], value);
    else next.delete(PARAM[key]);
  }
  return next;
}

export function hasAuditFilters(filters: AuditFilters): boolean {
  return Object.values(filters).some(Boolean);
}

/** The API's query for filters (the listing's and the export's). */
export function auditQuery(filters: AuditFilters) {
  return {
    actorId: filters.actorId ?? undefined,
    action: filters.action ? [filters.action] : undefined,
    subjectId: filters.subjectId ?? undefined,
    from: filters.from ?? undefined,
    to: filters.to ?? undefined,
  };
}
