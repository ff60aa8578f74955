import { Body, Controller, Delete, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { WriteLimit } from '../rate-limits/write-limit.guard';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { UuidParam } from '../common/uuid-param';
import { EndorsementPageDto, EndorsementStateDto, EndorseStoryDto, ListEndorsementsQueryDto } from './dto/endorsement.dto';
import { EndorsementsService } from './endorsements.service';

@ApiTags('endorsements')
@ApiBearerAuth()
@Controller('stories/:id/endorsements')
export class EndorsementsController {
  constructor(private readonly endorsements: EndorsementsService) {}

  @Get()
  @ApiOperation({ summary: 'Who endorsed a story, newest first, with their comments' })
  @ApiOkResponse({ type: EndorsementPageDto })
  @ApiProblems(400, 401, 404)
  list(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string, @Query() query: ListEndorsementsQueryDto): Promise<EndorsementPageDto> {
    return this.endorsements.list(viewer, id, query);
  }

  @Post()
  @ApiOperation({ summary: 'Endorse a story, optionally with a comment (once; not your own)' })
  @ApiCreatedResponse({ type: EndorsementStateDto })
  @ApiProblems(400, 401, 404, 409, 422, 429)
  @WriteLimit('endorsements')
  endorse(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string, @Body() dto: EndorseStoryDto): Promise<EndorsementStateDto> {
    return this.endorsements.endorse(viewer, id, dto);
  }

  @Delete('mine')
  @ApiOperation({ summary: 'Withdraw my endorsement' })
  @ApiOkResponse({ type: EndorsementStateDto })
  @ApiProblems(400, 401, 404)
  withdraw(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string): Promise<EndorsementStateDto> {
    return this.endorsements.withdraw(viewer, id);
  }
}
