import { describe, expect, it } from '@jest/globals';
import { auditFilterParams, auditFiltersFrom, auditQuery, hasAuditFilters, NO_AUDIT_FILTERS } from './audit-filters';

const HELEN = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('audit log filters in the address', () => {
  it('round-trips through the search parameters and keeps the page’s other parameters', () => {
    const filters = { actorId: HELEN, action: 'budget.set' as const, subjectId: null, from: '2026-10-01', to: '2026-12-02' };
    const params = auditFilterParams(filters, new URLSearchParams('tab=x&action=reward.given'));
    expect(params.toString()).toBe(`tab=x&action=budget.set&who=${HELEN}&from=2026-10-01&to=2026-12-02`);
    expect(auditFiltersFrom(params)).toEqual(filters);
  });

  it('leaves out what a hand-edited link could not mean, instead of sending it to the server', () => {
    expect(auditFiltersFrom(new URLSearchParams('who=helen&action=DROP TABLE&from=yesterday&to=2026-12-02&subject=' + HELEN))).toEqual({
      ...NO_AUDIT_FILTERS,
      to: '2026-12-02',
      subjectId: HELEN,
    });
  });

  it('clears every filter and asks the API for nothing in particular', () => {
    expect(hasAuditFilters(NO_AUDIT_FILTERS)).toBe(false);
    expect(auditFilterParams(NO_AUDIT_FILTERS, new URLSearchParams(`who=${HELEN}&from=2026-01-01`)).toString()).toBe('');
    expect(auditQuery(NO_AUDIT_FILTERS)).toEqual({ actorId: undefined, action: undefined, subjectId: undefined, from: undefined, to: undefined });
    expect(auditQuery({ ...NO_AUDIT_FILTERS, action: 'budget.set' }).action).toEqual(['budget.set']);
  });
});
