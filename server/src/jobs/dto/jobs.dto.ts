import { ApiProperty } from '@nestjs/swagger';

export class JobKindCountsDto {
  @ApiProperty({ example: 'send-email', description: 'The kind of background work (a pg-boss queue).' })
  kind: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '0 7 * * 1',
    description: 'Cron schedule (company time zone) of a scheduled kind; null for kinds that run on demand.',
  })
  schedule: string | null;

  @ApiProperty({ description: 'Waiting to run, including those waiting for a retry.' })
  queued: number;

  @ApiProperty({ description: 'Running on some instance right now.' })
  active: number;

  @ApiProperty({ description: 'Retries used up (dead letters): kept until retried or discarded.' })
  failed: number;

  @ApiProperty({ description: 'Done and not yet archived (about the last 12 hours).' })
  completed: number;
}

export class JobsSummaryDto {
  @ApiProperty({ type: [JobKindCountsDto] })
  kinds: JobKindCountsDto[];

  @ApiProperty({ description: 'Retries before a job is dead-lettered.' })
  retryLimit: number;

  @ApiProperty({ description: 'Delay before the first retry, in seconds; it doubles for each retry after that.' })
  retryDelaySeconds: number;
}

export class FailedJobDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'send-email' })
  kind: string;

  @ApiProperty({ example: 'Mail server said: 451 Try again later', description: 'The last error (its message only).' })
  error: string;

  @ApiProperty({ description: 'Retries it went through.' })
  retries: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  failedAt: string;
}

export class FailedJobPageDto {
  @ApiProperty({ type: [FailedJobDto] })
  items: FailedJobDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}
