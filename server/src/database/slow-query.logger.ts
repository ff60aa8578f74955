import { Logger } from '@nestjs/common';
import { Logger as TypeOrmLogger } from 'typeorm';

/**
 * TypeORM's logger for the app: queries slower than SLOW_QUERY_MS are logged as warnings with their SQL, how long
 * they took and how many parameters they had — never the parameter values, which can hold personal data.
 * Failed queries are logged at debug level: the error filter reports the ones that reach a response.
 */
export class SlowQueryLogger implements TypeOrmLogger {
  constructor(private readonly logger: Pick<Logger, 'warn' | 'debug'> = new Logger('Database')) {}

  logQuerySlow(time: number, query: string, parameters?: unknown[]): void {
    this.logger.warn(
      { slowQueryMs: time, sql: query.replace(/\s+/g, ' ').trim().slice(0, 4000), parameters: parameters?.length ?? 0 },
      `Slow query: ${time} ms`,
    );
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.debug({ sql: query.replace(/\s+/g, ' ').trim().slice(0, 4000), error: typeof error === 'string' ? error : error.message }, 'Query failed');
  }

  logQuery(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
