import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { StoryDto } from '../stories/dto/story.dto';
import { FeedPageDto, FeedQueryDto, HuddleQueryDto } from './dto/feed.dto';
import { FeedService } from './feed.service';

@ApiTags('feed')
@ApiBearerAuth()
@Controller('feed')
export class FeedController {
  constructor(private readonly feed: FeedService) {}

  @Get()
  @ApiOperation({
    summary: 'Hero stories, newest first, by cursor; company, department, person or mine, with filters; today’s work anniversaries on the first page',
  })
  @ApiOkResponse({ type: FeedPageDto })
  @ApiProblems(400, 401)
  // The service answers with the page's JSON already written (cards serialised once per cache fill).
  @Header('Content-Type', 'application/json; charset=utf-8')
  page(@CurrentUser() viewer: CurrentEmployee, @Query() query: FeedQueryDto): Promise<string> {
    return this.feed.page(viewer, query);
  }

  @Get('huddle')
  @ApiOperation({ summary: 'Huddle mode: this week’s featured and most-endorsed stories, to read aloud at a team meeting' })
  @ApiOkResponse({ type: [StoryDto] })
  @ApiProblems(400, 401)
  huddle(@CurrentUser() viewer: CurrentEmployee, @Query() query: HuddleQueryDto): Promise<StoryDto[]> {
    return this.feed.huddle(viewer, query);
  }
}
