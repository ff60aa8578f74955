import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { WriteLimit } from '../rate-limits/write-limit.guard';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { UuidParam } from '../common/uuid-param';
import { CreateStoryDto, HideStoryDto, RecognitionSummaryDto, UpdateStoryDto } from './dto/story-input.dto';
import { StoryDto } from './dto/story.dto';
import { StoriesService } from './stories.service';
import { EDIT_WINDOW_DAYS } from './stories.policy';

@ApiTags('stories')
@ApiBearerAuth()
@Controller()
export class StoriesController {
  constructor(private readonly stories: StoriesService) {}

  @Post('stories')
  @ApiOperation({ summary: 'Tell a hero story (about yourself or colleagues); the heroes are notified' })
  @ApiCreatedResponse({ type: StoryDto })
  @ApiProblems(400, 401, 422, 429)
  @WriteLimit('stories')
  create(@CurrentUser() viewer: CurrentEmployee, @Body() dto: CreateStoryDto): Promise<StoryDto> {
    return this.stories.create(viewer, dto);
  }

  @Get('stories/:id')
  @ApiOperation({ summary: 'One story (hidden stories only for their author and moderators)' })
  @ApiOkResponse({ type: StoryDto })
  @ApiProblems(400, 401, 404)
  get(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string): Promise<StoryDto> {
    return this.stories.get(viewer, id);
  }

  @Patch('stories/:id')
  @ApiOperation({ summary: `Edit your story within ${EDIT_WINDOW_DAYS} days; send the version you edited (409 when stale)` })
  @ApiOkResponse({ type: StoryDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  update(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string, @Body() dto: UpdateStoryDto): Promise<StoryDto> {
    return this.stories.update(viewer, id, dto);
  }

  @Delete('stories/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete your story (kept for audit, gone from every feed)' })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiProblems(400, 401, 403, 404)
  remove(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string): Promise<void> {
    return this.stories.remove(viewer, id);
  }

  @Post('stories/:id/hide')
  @HttpCode(200)
  @Roles('manager', 'admin')
  @ApiOperation({ summary: "Hide a story with a reason (admins, managers of the heroes' departments)" })
  @ApiOkResponse({ type: StoryDto })
  @ApiProblems(400, 401, 403, 404)
  hide(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string, @Body() dto: HideStoryDto): Promise<StoryDto> {
    return this.stories.hide(viewer, id, dto);
  }

  @Post('stories/:id/unhide')
  @HttpCode(200)
  @Roles('manager', 'admin')
  @ApiOperation({ summary: 'Publish a hidden story again' })
  @ApiOkResponse({ type: StoryDto })
  @ApiProblems(400, 401, 403, 404)
  unhide(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string): Promise<StoryDto> {
    return this.stories.unhide(viewer, id);
  }

  @Post('stories/:id/feature')
  @HttpCode(200)
  @Roles('manager', 'admin')
  @ApiOperation({ summary: 'Feature a story (it leads huddle mode)' })
  @ApiOkResponse({ type: StoryDto })
  @ApiProblems(400, 401, 403, 404)
  feature(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string): Promise<StoryDto> {
    return this.stories.setFeatured(viewer, id, true);
  }

  @Delete('stories/:id/feature')
  @Roles('manager', 'admin')
  @ApiOperation({ summary: 'Stop featuring a story' })
  @ApiOkResponse({ type: StoryDto })
  @ApiProblems(400, 401, 403, 404)
  unfeature(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string): Promise<StoryDto> {
    return this.stories.setFeatured(viewer, id, false);
  }

  @Get('employees/:id/recognition')
  @ApiOperation({
    summary: "A person's recognition in numbers: stories as hero, endorsements received, stories told, endorsements given, quick kudos received",
  })
  @ApiOkResponse({ type: RecognitionSummaryDto })
  @ApiProblems(400, 401)
  recognition(@UuidParam('id') id: string): Promise<RecognitionSummaryDto> {
    return this.stories.recognition(id);
  }
}
