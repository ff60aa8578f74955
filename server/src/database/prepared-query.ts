import { createHash } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';

interface PgPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

const names = new Map<string, string>();

function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `q${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs a hot query as a named prepared statement on the pool TypeORM holds: each connection parses and plans it
 * once instead of on every request. Only for SQL with a bounded number of shapes (the name is a hash of the text)
 * and without `$n IS NULL OR …` branches, which push PostgreSQL into a generic plan. Failures surface as TypeORM's
 * QueryFailedError, and slow ones reach the slow-query log, exactly as through `dataSource.query`.
 */
export async function preparedQuery<T>(dataSource: DataSource, text: string, values: unknown[]): Promise<T[]> {
  const pool = (dataSource.driver as { master?: PgPool } | undefined)?.master;
  // A stand-in DataSource (the bench records the app's SQL through one) has no pool: run it plainly.
  if (!pool) return dataSource.query(text, values);
  const started = Date.now();
  let rows: unknown[];
  try {
    rows = (await pool.query({ name: nameOf(text), text, values })).rows;
  } catch (error) {
    throw new QueryFailedError(text, values, error as Error);
  }
  const elapsed = Date.now() - started;
  const slowMs = dataSource.options.maxQueryExecutionTime;
  if (slowMs && elapsed > slowMs) dataSource.logger.logQuerySlow(elapsed, text, values);
  return rows as T[];
}
