import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { UuidParam } from '../common/uuid-param';
import { BadgesService } from './badges.service';
import { BadgeDto, CreateBadgeDto, ListBadgesQueryDto, UpdateBadgeDto } from './dto/badge.dto';

@ApiTags('badges')
@ApiBearerAuth()
@Controller('badges')
export class BadgesController {
  constructor(private readonly badges: BadgesService) {}

  @Get()
  @ApiOperation({ summary: 'The badges a reward of kind badge can give (admins may include the retired ones)' })
  @ApiOkResponse({ type: [BadgeDto] })
  @ApiProblems(400, 401)
  list(@CurrentUser() viewer: CurrentEmployee, @Query() query: ListBadgesQueryDto): Promise<BadgeDto[]> {
    return this.badges.list(viewer, query.includeRetired ?? false);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Add a badge with a name, a description and an icon (admin); audited' })
  @ApiCreatedResponse({ type: BadgeDto })
  @ApiProblems(400, 401, 403, 409)
  create(@CurrentUser() actor: CurrentEmployee, @Body() dto: CreateBadgeDto): Promise<BadgeDto> {
    return this.badges.create(actor, dto);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Rename, describe, change the icon of, retire or bring back a badge (admin); audited' })
  @ApiOkResponse({ type: BadgeDto })
  @ApiProblems(400, 401, 403, 404, 409)
  update(@CurrentUser() actor: CurrentEmployee, @UuidParam('id') id: string, @Body() dto: UpdateBadgeDto): Promise<BadgeDto> {
    return this.badges.update(actor, id, dto);
  }
}
