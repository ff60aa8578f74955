import { Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { Roles } from '../common/auth.decorators';
import { CursorPageQueryDto } from '../common/dto/cursor-page-query.dto';
import { UuidParam } from '../common/uuid-param';
import { FailedJobPageDto, JobsSummaryDto } from './dto/jobs.dto';
import { JobsService } from './jobs.service';

@ApiTags('jobs')
@ApiBearerAuth()
@Roles('admin')
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get()
  @ApiOperation({ summary: 'Background jobs per kind: queued, active, failed, recently completed (admin)' })
  @ApiOkResponse({ type: JobsSummaryDto })
  @ApiProblems(401, 403)
  summary(): Promise<JobsSummaryDto> {
    return this.jobs.summary();
  }

  @Get('failed')
  @ApiOperation({ summary: 'Jobs that used up their retries, newest first, with their last error (admin)' })
  @ApiOkResponse({ type: FailedJobPageDto })
  @ApiProblems(400, 401, 403)
  failed(@Query() query: CursorPageQueryDto): Promise<FailedJobPageDto> {
    return this.jobs.failed(query);
  }

  @Post('failed/:id/retry')
  @HttpCode(204)
  @ApiOperation({ summary: 'Run a failed job again (admin)' })
  @ApiNoContentResponse({ description: 'Queued again.' })
  @ApiProblems(400, 401, 403, 404)
  retry(@UuidParam('id') id: string): Promise<void> {
    return this.jobs.retry(id);
  }

  @Delete('failed/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Discard a failed job for good (admin)' })
  @ApiNoContentResponse({ description: 'Discarded.' })
  @ApiProblems(400, 401, 403, 404)
  discard(@UuidParam('id') id: string): Promise<void> {
    return this.jobs.discard(id);
  }
}
