import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { todayIn } from '../common/calendar';
import { decodeCursor, keysetPage } from '../common/cursor';
import { toCsv } from '../common/csv';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AuditErrors } from './audit.errors';
import { AUDIT_ACTIONS, AUDIT_COUNT_CAP, AUDIT_EXPORT_MAX_ROWS, auditActionLabel, auditChangesLine } from './audit.policy';
import { AuditFilter, AuditKey, AuditRepository } from './audit.repository';
import { AuditActionOptionDto, AuditFilterQueryDto, AuditPageDto, AuditQueryDto, toAuditEntryDto } from './dto/audit.dto';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

const MICROSECOND_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/**
 * Writes audit entries inside the caller's transaction, so the entry exists exactly when the change does; reads them
 * back for admins, newest first, filtered, as pages or as one CSV.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly audit: AuditRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await this.audit.insert(manager, record);
  }

  /** Many entries at once, in the caller's transaction, in one statement (for a change to many rows). */
  async recordMany(manager: EntityManager, records: AuditRecord[]): Promise<void> {
    await this.audit.insertMany(manager, records);
  }

  actions(): AuditActionOptionDto[] {
    return AUDIT_ACTIONS.map((action) => ({ action, label: auditActionLabel(action) }));
  }

  async list(query: AuditQueryDto): Promise<AuditPageDto> {
    const filter = this.filter(query);
    const limit = query.limit ?? 50;
    const after = query.cursor ? this.decode(query.cursor) : undefined;
    const [rows, counted] = await Promise.all([
      this.audit.page(filter, limit + 1, after),
      after ? Promise.resolve(null) : this.audit.countUpTo(filter, AUDIT_COUNT_CAP + 1),
    ]);
    const page = keysetPage(rows, limit, (row) => [row.cursorAt, row.id]);
    return {
      items: page.rows.map(toAuditEntryDto),
      nextCursor: page.nextCursor,
      count: counted === null ? null : Math.min(counted, AUDIT_COUNT_CAP),
      countCapped: counted !== null && counted > AUDIT_COUNT_CAP,
    };
  }

  async export(query: AuditFilterQueryDto): Promise<{ filename: string; csv: string }> {
    const rows = await this.audit.page(this.filter(query), AUDIT_EXPORT_MAX_ROWS + 1);
    if (rows.length > AUDIT_EXPORT_MAX_ROWS) throw AuditErrors.exportTooLarge(AUDIT_EXPORT_MAX_ROWS);
    const csv = toCsv(
      ['When', 'Who', 'What', 'Subject type', 'Subject', 'Subject id', 'Action code', 'Changes'],
      rows
        .map(toAuditEntryDto)
        .map((e) => [e.at, e.actor.name, e.actionLabel, e.subject.typeLabel, e.subject.name, e.subject.id, e.action, auditChangesLine(e.changes)]),
    );
    return { filename: `audit-log-${todayIn(this.config.companyTimeZone)}.csv`, csv };
  }

  private filter(query: AuditFilterQueryDto): AuditFilter {
    if (query.from && query.to && query.from > query.to) throw AuditErrors.emptyRange();
    return {
      actorId: query.actorId,
      actions: query.action,
      subjectType: query.subjectType,
      subjectId: query.subjectId,
      from: query.from,
      to: query.to,
      timeZone: this.config.companyTimeZone,
    };
  }

  /** A cursor this API wrote: an exact time and a row id. Anything else is refused before it reaches SQL. */
  private decode(cursor: string): AuditKey {
    const [at, id] = decodeCursor(cursor, 2);
    if (typeof at !== 'string' || !MICROSECOND_UTC.test(at) || !isRealInstant(at) || typeof id !== 'string' || !/^\d{1,18}$/.test(id)) {
      throw AuditErrors.invalidCursor();
    }
    return [at, id];
  }
}

/** "2026-02-30T…" matches the pattern but is no instant (PostgreSQL would refuse it with an error, not a 400). */
function isRealInstant(at: string): boolean {
  const parsed = new Date(at);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 23) === at.slice(0, 23);
}
