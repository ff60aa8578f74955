import { Inject, Injectable } from '@nestjs/common';
import { decodeCursor, keysetPage } from '../common/cursor';
import { DomainError } from '../common/domain-error';
import { CursorPageQueryDto } from '../common/dto/cursor-page-query.dto';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { FailedJobDto, FailedJobPageDto, JobsSummaryDto } from './dto/jobs.dto';
import { JobQueueService } from './job-queue.service';
import { JobsErrors } from './jobs.errors';
import { FailedJobRow, JobsRepository } from './jobs.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the admin's Jobs page shows and does: counts per kind, the dead letters, retry and discard. */
@Injectable()
export class JobsService {
  constructor(
    private readonly queue: JobQueueService,
    private readonly jobs: JobsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async summary(): Promise<JobsSummaryDto> {
    return {
      kinds: await this.jobs.countsByKind(this.queue.schema, this.queue.kinds()),
      retryLimit: this.config.jobs.retryLimit,
      retryDelaySeconds: this.config.jobs.retryDelaySeconds,
    };
  }

  async failed(query: CursorPageQueryDto): Promise<FailedJobPageDto> {
    const limit = query.limit ?? 20;
    const after = query.cursor ? checkedCursor(decodeCursor(query.cursor, 2)) : undefined;
    const page = keysetPage(await this.jobs.failedPage(this.queue.schema, limit + 1, after), limit, (r) => [new Date(r.failedOn).toISOString(), r.id]);
    return { items: page.rows.map(toFailedJobDto), nextCursor: page.nextCursor };
  }

  async retry(id: string): Promise<void> {
    const kind = await this.jobs.failedKind(this.queue.schema, id);
    if (!kind) throw JobsErrors.notFound();
    await this.queue.retry(kind, id);
  }

  async discard(id: string): Promise<void> {
    const kind = await this.jobs.failedKind(this.queue.schema, id);
    if (!kind) throw JobsErrors.notFound();
    await this.queue.discard(kind, id);
  }
}

function checkedCursor(key: (string | number)[]): [string, string] {
  const [at, id] = key;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof id !== 'string' || !UUID.test(id)) {
    throw new DomainError('bad_request', 'invalid_cursor', 'cursor is not a cursor this API returned', 'cursor');
  }
  return [at, id];
}

function toFailedJobDto(row: FailedJobRow): FailedJobDto {
  return {
    id: row.id,
    kind: row.kind,
    error: (typeof row.output?.message === 'string' ? row.output.message : 'failed without a message').slice(0, 1000),
    retries: row.retryCount,
    createdAt: new Date(row.createdOn).toISOString(),
    failedAt: new Date(row.failedOn).toISOString(),
  };
}
