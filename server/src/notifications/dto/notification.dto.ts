import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean } from 'class-validator';
import { CursorPageQueryDto } from '../../common/dto/cursor-page-query.dto';
import { EmployeeRefDto } from '../../employees/dto/employee-ref.dto';
import { NOTIFICATION_KINDS, NotificationKind } from '../notification.entity';
import { IsCanonicalUuid, IsOptionalNonNull } from '../../common/field-decorators';

export class NotificationStoryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;
}

export class NotificationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: NOTIFICATION_KINDS, enumName: 'NotificationKind' })
  kind: NotificationKind;

  @ApiProperty({ example: 'Sofia Lindqvist named you a hero in “Found the wedding suit”.' })
  message: string;

  @ApiProperty({ type: NotificationStoryDto, nullable: true })
  story: NotificationStoryDto | null;

  @ApiProperty({ type: EmployeeRefDto, nullable: true })
  actor: EmployeeRefDto | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'For redemption notifications: the redemption.' })
  redemptionId: string | null;

  @ApiProperty()
  read: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] })
  items: NotificationDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;

  @ApiProperty({ example: 3 })
  unreadCount: number;
}

export class UnreadCountDto {
  @ApiProperty({ example: 3 })
  unreadCount: number;
}

export class ListNotificationsQueryDto extends CursorPageQueryDto {}

export class MarkNotificationsReadDto {
  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 100 })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayMaxSize(100)
  @IsCanonicalUuid('all', { each: true, message: 'each notification id must be a UUID' })
  ids?: string[];

  @ApiPropertyOptional({ description: 'Mark every notification read.' })
  @IsOptionalNonNull()
  @IsBoolean()
  all?: boolean;
}
