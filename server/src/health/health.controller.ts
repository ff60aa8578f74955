import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { HealthCheckError, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { ApiProblems } from '../common/api-problems';
import { Public } from '../common/auth.decorators';
import { DomainError } from '../common/domain-error';

class HealthChecksDto {
  @ApiProperty({ enum: ['up'] })
  app: 'up';

  @ApiProperty({ enum: ['up', 'down'] })
  database: 'up' | 'down';
}

export class HealthDto {
  @ApiProperty({ enum: ['ok'] })
  status: 'ok';

  @ApiProperty({ type: HealthChecksDto })
  checks: HealthChecksDto;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Liveness of the app and reachability of PostgreSQL (503 when the database is down)' })
  @ApiOkResponse({ type: HealthDto })
  @ApiProblems(503)
  async check(): Promise<HealthDto> {
    try {
      await this.health.check([() => this.database.pingCheck('database', { timeout: 2000 })]);
      return { status: 'ok', checks: { app: 'up', database: 'up' } };
    } catch (error) {
      if (error instanceof HealthCheckError || (error as { status?: number }).status === 503 || (error as { getStatus?: () => number }).getStatus?.() === 503) {
        throw new DomainError('unavailable', 'database_unavailable', 'The database is not reachable.', undefined, { checks: { app: 'up', database: 'down' } });
      }
      throw error;
    }
  }
}
