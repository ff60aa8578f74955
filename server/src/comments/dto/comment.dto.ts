import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { CursorPageQueryDto } from '../../common/dto/cursor-page-query.dto';
import { IsCanonicalUuid, IsOptionalNonNull } from '../../common/field-decorators';
import { trim } from '../../common/transforms';
import { EmployeeRefDto } from '../../employees/dto/employee-ref.dto';
import { COMMENT_BODY_MAX } from '../comments.policy';

const BODY_DESCRIPTION = 'Markdown (raw HTML is shown as text). Mention a colleague as @{their employee id}: they are told, and readers see their name.';

export class EditCommentDto {
  @ApiProperty({
    minLength: 1,
    maxLength: COMMENT_BODY_MAX,
    example: 'Thanks @{6f1c2d7e-0a4b-4c3d-9e8f-1a2b3c4d5e6f}, this saved my week.',
    description: BODY_DESCRIPTION,
  })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'body should not be empty' })
  @MaxLength(COMMENT_BODY_MAX)
  body: string;
}

export class AddCommentDto extends EditCommentDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Reply to this comment (a top-level comment of the same story).' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'parentId must be a UUID' })
  parentId?: string;
}

export class ListCommentsQueryDto extends CursorPageQueryDto {}

export class CommentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  storyId: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The comment this replies to.' })
  parentId: string | null;

  @ApiProperty({ type: EmployeeRefDto })
  author: EmployeeRefDto;

  @ApiProperty({ type: String, nullable: true, description: 'Null once the comment was removed (it stays only to hold its replies).' })
  body: string | null;

  @ApiProperty({ type: [EmployeeRefDto], description: 'The people the body mentions, to show their names for their @{id}.' })
  mentions: EmployeeRefDto[];

  @ApiProperty()
  thanksCount: number;

  @ApiProperty()
  thankedByMe: boolean;

  @ApiProperty({ description: 'Whether the viewer may say thanks (the author or a hero of the story, not for their own comment).' })
  canThank: boolean;

  @ApiProperty()
  canEdit: boolean;

  @ApiProperty({ description: 'The comment’s writer, or a moderator of the story.' })
  canDelete: boolean;

  @ApiProperty()
  deleted: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  editedAt: string | null;

  @ApiProperty({ type: () => [CommentDto], description: 'Replies, oldest first (top-level comments only; replies have none).' })
  replies: CommentDto[];
}

export class CommentPageDto {
  @ApiProperty({ type: [CommentDto], description: 'Top-level comments, oldest first, each with its replies.' })
  items: CommentDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

export class CommentThanksDto {
  @ApiProperty()
  thanksCount: number;

  @ApiProperty()
  thankedByMe: boolean;
}
