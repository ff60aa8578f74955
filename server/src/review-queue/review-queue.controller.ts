import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
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
}
