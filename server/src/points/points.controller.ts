import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { PointsLedgerPageDto, PointsLedgerQueryDto, PointsQueryDto, PointsSettingsDto, PointsSummaryDto, UpdatePointsSettingsDto } from './dto/points.dto';
import { PointsService } from './points.service';

@ApiTags('points')
@ApiBearerAuth()
@Controller('points')
export class PointsController {
  constructor(private readonly points: PointsService) {}

  @Get()
  @ApiOperation({
    summary: 'A points balance with the expiry to come (yours by default; others’ for their managers and admins)',
    description:
      'The balance is read from one row kept in the same transaction as every reward, revoke, redemption, return and expiry; 403 `points_not_visible` for anyone else.',
  })
  @ApiOkResponse({ type: PointsSummaryDto })
  @ApiProblems(400, 401, 403, 404)
  summary(@CurrentUser() viewer: CurrentEmployee, @Query() query: PointsQueryDto): Promise<PointsSummaryDto> {
    return this.points.summary(viewer, query.employeeId);
  }

  @Get('ledger')
  @ApiOperation({ summary: 'What moved a balance, newest first: rewards, revokes, redemptions, returns, expiry' })
  @ApiOkResponse({ type: PointsLedgerPageDto })
  @ApiProblems(400, 401, 403, 404)
  ledger(@CurrentUser() viewer: CurrentEmployee, @Query() query: PointsLedgerQueryDto): Promise<PointsLedgerPageDto> {
    return this.points.ledger(viewer, query);
  }

  @Get('settings')
  @ApiOperation({ summary: 'The company’s points rules: expiry, leaver grace days, whether the points leaderboard is public' })
  @ApiOkResponse({ type: PointsSettingsDto })
  @ApiProblems(401)
  settings(): Promise<PointsSettingsDto> {
    return this.points.settings();
  }

  @Put('settings')
  @Roles('admin')
  @ApiOperation({ summary: 'Change the points rules (admins; audited). Fields left out stay as they are.' })
  @ApiOkResponse({ type: PointsSettingsDto })
  @ApiProblems(400, 401, 403)
  updateSettings(@CurrentUser() viewer: CurrentEmployee, @Body() dto: UpdatePointsSettingsDto): Promise<PointsSettingsDto> {
    return this.points.updateSettings(viewer, dto);
  }
}
