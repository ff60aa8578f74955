import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { LeaderboardDto, LeaderboardQueryDto, SCORE_FORMULA } from './dto/leaderboard.dto';
import { LeaderboardsService } from './leaderboards.service';

@ApiTags('leaderboards')
@ApiBearerAuth()
@Controller('leaderboards')
export class LeaderboardsController {
  constructor(private readonly leaderboards: LeaderboardsService) {}

  @Get()
  @ApiOperation({
    summary: 'Who is recognised most in a week, month, quarter, year or all time, company-wide or in one department',
    description: `Dense ranks (ties share a rank), current employees unless includeLeavers=true, plus your own entry. ${SCORE_FORMULA}. Kept current as stories, endorsements and rewards happen.`,
  })
  @ApiOkResponse({ type: LeaderboardDto })
  @ApiProblems(400, 401)
  board(@CurrentUser() viewer: CurrentEmployee, @Query() query: LeaderboardQueryDto): Promise<LeaderboardDto> {
    return this.leaderboards.board(viewer, query);
  }
}
