import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { ChampionsService } from './champions.service';
import { UnrecognisedDto, UnrecognisedQueryDto } from './dto/unrecognised.dto';

@ApiTags('rewards')
@ApiBearerAuth()
@Controller('champions')
export class ChampionsController {
  constructor(private readonly champions: ChampionsService) {}

  @Get('unrecognised')
  @Roles('manager', 'admin')
  @ApiOperation({
    summary: 'Unrecognised champions: thanked by customers or a strong peer signal, and no reward in the last N days; and per team, who has had no recognition',
    description:
      'Customer signal = customer compliments sent in the window that a manager made into a story (listed first, most first); peer signal = endorsements received (at least minEndorsements) and stories as hero in the window. Managers see their departments; admins the company.',
  })
  @ApiOkResponse({ type: UnrecognisedDto })
  @ApiProblems(400, 401, 403)
  unrecognised(@CurrentUser() viewer: CurrentEmployee, @Query() query: UnrecognisedQueryDto): Promise<UnrecognisedDto> {
    return this.champions.unrecognised(viewer, query);
  }
}
