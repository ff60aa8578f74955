import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { UuidParam } from '../common/uuid-param';
import { WriteLimit } from '../rate-limits/write-limit.guard';
import { AddCommentDto, CommentDto, CommentPageDto, CommentThanksDto, EditCommentDto, ListCommentsQueryDto } from './dto/comment.dto';
import { CommentsService } from './comments.service';

@ApiTags('comments')
@ApiBearerAuth()
@Controller()
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Get('stories/:id/comments')
  @ApiOperation({ summary: "A story's comments, oldest first, each with its replies" })
  @ApiOkResponse({ type: CommentPageDto })
  @ApiProblems(400, 401, 404)
  list(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string, @Query() query: ListCommentsQueryDto): Promise<CommentPageDto> {
    return this.comments.list(viewer, id, query);
  }

  @Post('stories/:id/comments')
  @ApiOperation({ summary: 'Comment on a story, or reply to a comment (no endorsement needed); the story’s people and anyone @mentioned are told' })
  @ApiCreatedResponse({ type: CommentDto })
  @ApiProblems(400, 401, 404, 422, 429)
  @WriteLimit('comments')
  add(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string, @Body() dto: AddCommentDto): Promise<CommentDto> {
    return this.comments.add(viewer, id, dto);
  }

  @Patch('comments/:id')
  @ApiOperation({ summary: 'Edit my comment (people newly mentioned are told)' })
  @ApiOkResponse({ type: CommentDto })
  @ApiProblems(400, 401, 403, 404, 422, 429)
  @WriteLimit('comments')
  edit(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string, @Body() dto: EditCommentDto): Promise<CommentDto> {
    return this.comments.edit(viewer, id, dto);
  }

  @Delete('comments/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a comment: my own, or any as a moderator of the story (audited); its replies stay' })
  @ApiNoContentResponse({ description: 'Removed.' })
  @ApiProblems(400, 401, 403, 404)
  remove(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string): Promise<void> {
    return this.comments.remove(viewer, id);
  }

  @Post('comments/:id/thanks')
  @HttpCode(200)
  @ApiOperation({ summary: 'Say thanks for a comment, as the author or a hero of the story (once; a repeat changes nothing)' })
  @ApiOkResponse({ type: CommentThanksDto })
  @ApiProblems(400, 401, 403, 404, 422, 429)
  @WriteLimit('comments')
  thank(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string): Promise<CommentThanksDto> {
    return this.comments.thank(viewer, id, true);
  }

  @Delete('comments/:id/thanks')
  @ApiOperation({ summary: 'Take back my thanks for a comment' })
  @ApiOkResponse({ type: CommentThanksDto })
  @ApiProblems(400, 401, 403, 404, 422)
  unthank(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string): Promise<CommentThanksDto> {
    return this.comments.thank(viewer, id, false);
  }
}
