import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { UuidParam } from '../common/uuid-param';
import { GiveRewardDto, ListChampionsQueryDto, ListRewardsQueryDto, RevokeRewardDto } from './dto/reward-input.dto';
import { ChampionDto, GivenRewardDto, RewardDto, RewardPageDto } from './dto/reward.dto';
import { RewardsService } from './rewards.service';
import { REVOKE_WINDOW_HOURS } from './rewards.policy';

@ApiTags('rewards')
@ApiBearerAuth()
@Controller('rewards')
export class RewardsController {
  constructor(private readonly rewards: RewardsService) {}

  @Post()
  @Roles('manager', 'admin')
  @ApiOperation({
    summary: 'Reward a hero for a story or a period (managers: people in their departments; admins: anyone)',
    description:
      'Points come out of your budget for the current quarter; a reward that would overdraw it is refused with 422 `budget_exceeded` and the `remaining` points. ' +
      'A champion reward names a month or quarter and the recipient’s department; one champion per department and period (409 `champion_taken`). The recipient is notified; the reward is audited.',
  })
  @ApiCreatedResponse({ type: GivenRewardDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  give(@CurrentUser() viewer: CurrentEmployee, @Body() dto: GiveRewardDto): Promise<GivenRewardDto> {
    return this.rewards.give(viewer, dto);
  }

  @Get()
  @ApiOperation({ summary: 'The reward ledger, newest first: admins see all, managers their departments’ and their own, everyone what they received' })
  @ApiOkResponse({ type: RewardPageDto })
  @ApiProblems(400, 401)
  list(@CurrentUser() viewer: CurrentEmployee, @Query() query: ListRewardsQueryDto): Promise<RewardPageDto> {
    return this.rewards.list(viewer, query);
  }

  @Get('champions')
  @ApiOperation({ summary: 'Champions of the month and quarter per department, newest period first (public inside the company)' })
  @ApiOkResponse({ type: [ChampionDto] })
  @ApiProblems(400, 401)
  champions(@Query() query: ListChampionsQueryDto): Promise<ChampionDto[]> {
    return this.rewards.champions(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One reward from your ledger' })
  @ApiOkResponse({ type: RewardDto })
  @ApiProblems(400, 401, 404)
  get(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string): Promise<RewardDto> {
    return this.rewards.get(viewer, id);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @Roles('manager', 'admin')
  @ApiOperation({ summary: `Revoke a reward within ${REVOKE_WINDOW_HOURS} hours (its giver or an admin): the points go back to the budget; audited` })
  @ApiOkResponse({ type: RewardDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  revoke(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string, @Body() dto: RevokeRewardDto): Promise<RewardDto> {
    return this.rewards.revoke(viewer, id, dto);
  }
}
