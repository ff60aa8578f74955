import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface JobCountsRow {
  kind: string;
  queued: number;
  active: number;
  failed: number;
  completed: number;
}

export interface FailedJobRow {
  id: string;
  kind: string;
  retryCount: number;
  output: { message?: string } | null;
  createdOn: Date;
  failedOn: Date;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Reads of pg-boss's tables for the Jobs page (pg-boss owns and writes them; it has no query for "failed jobs of
 * every kind with their error"), and the housekeeping purges of tables whose rows only expire.
 */
@Injectable()
export class JobsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private table(schema: string): string {
    if (!SCHEMA_NAME.test(schema)) throw new Error(`not a schema name: ${schema}`);
    return `"${schema}".job`;
  }

  async countsByKind(schema: string, kinds: string[]): Promise<JobCountsRow[]> {
    return this.dataSource.query(
      `SELECT k.kind,
              count(*) FILTER (WHERE j.state IN ('created', 'retry'))::int AS queued,
              count(*) FILTER (WHERE j.state = 'active')::int AS active,
              count(*) FILTER (WHERE j.state = 'failed')::int AS failed,
              count(*) FILTER (WHERE j.state = 'completed')::int AS completed
         FROM unnest($1::text[]) AS k(kind)
         LEFT JOIN ${this.table(schema)} j ON j.name = k.kind
        GROUP BY k.kind ORDER BY k.kind`,
      [kinds],
    );
  }

  /** Failed jobs (retries used up: the dead letters), most recent first, keyset by (failed time, id). */
  async failedPage(schema: string, limit: number, after?: [string, string]): Promise<FailedJobRow[]> {
    const columns = `id, name AS kind, retry_count AS "retryCount", output, created_on AS "createdOn", completed_on AS "failedOn"`;
    return after
      ? this.dataSource.query(
          `SELECT ${columns} FROM ${this.table(schema)} WHERE state = 'failed' AND (completed_on, id) < ($2::timestamptz, $3::uuid)
            ORDER BY completed_on DESC, id DESC LIMIT $1`,
          [limit, after[0], after[1]],
        )
      : this.dataSource.query(`SELECT ${columns} FROM ${this.table(schema)} WHERE state = 'failed' ORDER BY completed_on DESC, id DESC LIMIT $1`, [limit]);
  }

  async failedKind(schema: string, id: string): Promise<string | null> {
    const rows: { name: string }[] = await this.dataSource.query(`SELECT name FROM ${this.table(schema)} WHERE id = $1 AND state = 'failed'`, [id]);
    return rows[0]?.name ?? null;
  }
}
