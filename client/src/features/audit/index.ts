export { auditFilterParams, auditFiltersFrom, NO_AUDIT_FILTERS, type AuditFilters } from './api/audit-filters';
export { useExportAuditCsv } from './api/export-audit';
export { auditKey, useAuditLog, type AuditEntry } from './api/list-audit';
export { AuditFiltersBar } from './components/AuditFiltersBar';
export { AuditLogTable } from './components/AuditLogTable';
