import { SlowQueryLogger } from './slow-query.logger';

describe('SlowQueryLogger', () => {
  it('logs a slow query with its time and SQL but not the values of its parameters', () => {
    const warnings: unknown[][] = [];
    const logger = new SlowQueryLogger({ warn: (...args: unknown[]) => warnings.push(args), debug: () => undefined });
    logger.logQuerySlow(812, 'SELECT *\n    FROM employees WHERE email = $1', ['someone@example.com']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0][0]).toEqual({ slowQueryMs: 812, sql: 'SELECT * FROM employees WHERE email = $1', parameters: 1 });
    expect(JSON.stringify(warnings)).not.toContain('someone@example.com');
  });
});
