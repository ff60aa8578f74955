import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { ListNotificationsQueryDto, MarkNotificationsReadDto, NotificationPageDto, UnreadCountDto } from './dto/notification.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'My notifications, newest first, with the unread count' })
  @ApiOkResponse({ type: NotificationPageDto })
  @ApiProblems(400, 401)
  list(@CurrentUser() viewer: CurrentEmployee, @Query() query: ListNotificationsQueryDto): Promise<NotificationPageDto> {
    return this.notifications.list(viewer, query);
  }

  @Get('unread-count')
  @ApiOperation({ summary: 'How many of my notifications are unread (for the bell)' })
  @ApiOkResponse({ type: UnreadCountDto })
  @ApiProblems(401)
  unreadCount(@CurrentUser() viewer: CurrentEmployee): Promise<UnreadCountDto> {
    return this.notifications.unreadCount(viewer);
  }

  @Post('read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark some (ids) or all of my notifications read' })
  @ApiOkResponse({ type: UnreadCountDto })
  @ApiProblems(400, 401)
  markRead(@CurrentUser() viewer: CurrentEmployee, @Body() dto: MarkNotificationsReadDto): Promise<UnreadCountDto> {
    return this.notifications.markRead(viewer, dto);
  }
}
