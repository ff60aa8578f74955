import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { UuidParam } from '../common/uuid-param';
import { WriteLimit } from '../rate-limits/write-limit.guard';
import { GiveKudosDto, KudosDto, KudosPageDto, ListKudosQueryDto } from './dto/kudos.dto';
import { KUDOS_MESSAGE_MAX, KUDOS_UNDO_MINUTES } from './kudos.policy';
import { KudosService } from './kudos.service';

@ApiTags('kudos')
@ApiBearerAuth()
@Controller('kudos')
export class KudosController {
  constructor(private readonly kudos: KudosService) {}

  @Post()
  @ApiOperation({ summary: `Give quick kudos: one colleague, one company value, a sentence of up to ${KUDOS_MESSAGE_MAX} characters; the hero is notified` })
  @ApiCreatedResponse({ type: KudosDto })
  @ApiProblems(400, 401, 422, 429)
  @WriteLimit('kudos')
  give(@CurrentUser() viewer: CurrentEmployee, @Body() dto: GiveKudosDto): Promise<KudosDto> {
    return this.kudos.give(viewer, dto);
  }

  @Get()
  @ApiOperation({ summary: 'Quick kudos, newest first; optionally only those one person received or gave' })
  @ApiOkResponse({ type: KudosPageDto })
  @ApiProblems(400, 401)
  list(@CurrentUser() viewer: CurrentEmployee, @Query() query: ListKudosQueryDto): Promise<KudosPageDto> {
    return this.kudos.list(viewer, query);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: `Remove kudos: the giver within ${KUDOS_UNDO_MINUTES} minutes, or an admin or a manager of the hero's department` })
  @ApiNoContentResponse({ description: 'Removed.' })
  @ApiProblems(400, 401, 403, 404)
  remove(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string): Promise<void> {
    return this.kudos.remove(viewer, id);
  }
}
