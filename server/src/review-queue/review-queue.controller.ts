import { Controller, Delete, Get, HttpCode, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { UuidParam } from '../common/uuid-param';
import { ReviewQueueDto, ReviewQueueQueryDto } from './dto/review-queue.dto';
import { ReviewQueueService } from './review-queue.service';

@ApiTags('rewards')
@ApiBearerAuth()
@Controller('review-queue')
export class ReviewQueueController {
  constructor(private readonly queue: ReviewQueueService) {}

  @Get()
  @Roles('manager', 'admin')
  @ApiOperation({ summary: 'Recent stories from your departments with no reward yet; peer-nominated (most endorsed) first' })
  @ApiOkResponse({ type: ReviewQueueDto })
  @ApiProblems(400, 401, 403)
  page(@CurrentUser() viewer: CurrentEmployee, @Query() query: ReviewQueueQueryDto): Promise<ReviewQueueDto> {
    return this.queue.page(viewer, query);
  }

  @Put(':id/reviewed')
  @Roles('manager', 'admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark a story "reviewed, no reward": it leaves the review queue of every manager of its heroes’ departments' })
  @ApiNoContentResponse({ description: 'Marked (marking twice keeps the first mark).' })
  @ApiProblems(400, 401, 403, 404)
  markReviewed(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string): Promise<void> {
    return this.queue.markReviewed(viewer, id);
  }

  @Delete(':id/reviewed')
  @Roles('manager', 'admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Take back "reviewed, no reward": the story is in the review queue again while it is recent and unrewarded' })
  @ApiNoContentResponse({ description: 'Taken back (or there was no mark).' })
  @ApiProblems(400, 401, 403, 404)
  unmarkReviewed(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string): Promise<void> {
    return this.queue.unmarkReviewed(viewer, id);
  }
}
