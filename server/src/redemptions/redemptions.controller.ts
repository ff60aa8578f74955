import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems } from '../common/api-problems';
import { csvAttachment } from '../common/csv';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { UuidParam } from '../common/uuid-param';
import {
  CustomRedemptionDto,
  DeclineRedemptionDto,
  FulfilRedemptionDto,
  ListRedemptionsQueryDto,
  RedeemedDto,
  RedeemItemDto,
  RedemptionCodeDto,
  RedemptionDto,
  RedemptionExportQueryDto,
  RedemptionPageDto,
} from './dto/redemption.dto';
import { RedemptionsService } from './redemptions.service';

@ApiTags('redemptions')
@ApiBearerAuth()
@Controller('redemptions')
export class RedemptionsController {
  constructor(private readonly redemptions: RedemptionsService) {}

  @Post()
  @ApiOperation({
    summary: 'Spend points on a catalogue item: the points leave your balance now and the request joins the fulfilment queue',
    description:
      '422 `insufficient_points` (with `balance`), 409 `out_of_stock`, 422 `yearly_limit_reached`, 422 `item_retired`, 404 for an item your department does not see; ' +
      'charity donations name one of the item’s charities. Two requests for the same points: one succeeds. Admins are notified; audited.',
  })
  @ApiCreatedResponse({ type: RedeemedDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  redeem(@CurrentUser() viewer: CurrentEmployee, @Body() dto: RedeemItemDto): Promise<RedeemedDto> {
    return this.redemptions.redeem(viewer, dto);
  }

  @Post('custom')
  @ApiOperation({ summary: 'Propose a custom reward for a number of points: they are held until an admin fulfils (approves) or declines it' })
  @ApiCreatedResponse({ type: RedeemedDto })
  @ApiProblems(400, 401, 403, 422)
  custom(@CurrentUser() viewer: CurrentEmployee, @Body() dto: CustomRedemptionDto): Promise<RedeemedDto> {
    return this.redemptions.requestCustom(viewer, dto);
  }

  @Get('mine')
  @ApiOperation({ summary: 'Your redemptions, newest first' })
  @ApiOkResponse({ type: RedemptionPageDto })
  @ApiProblems(400, 401)
  mine(@CurrentUser() viewer: CurrentEmployee, @Query() query: ListRedemptionsQueryDto): Promise<RedemptionPageDto> {
    return this.redemptions.mine(viewer, query);
  }

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'The fulfilment queue: everyone’s redemptions, newest first, by status (admins)' })
  @ApiOkResponse({ type: RedemptionPageDto })
  @ApiProblems(400, 401, 403)
  queue(@Query() query: ListRedemptionsQueryDto): Promise<RedemptionPageDto> {
    return this.redemptions.queue(query);
  }

  @Get('export')
  @Roles('admin')
  @ApiOperation({ summary: 'Redemptions requested in a period as CSV for finance, with cost totals by status (admins)' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The CSV.', content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiProblems(400, 401, 403)
  async export(@Query() query: RedemptionExportQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const { filename, csv } = await this.redemptions.export(query);
    return csvAttachment(reply, filename, csv);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One of your redemptions (admins: anyone’s); 404 for someone else’s' })
  @ApiOkResponse({ type: RedemptionDto })
  @ApiProblems(400, 401, 404)
  get(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string): Promise<RedemptionDto> {
    return this.redemptions.get(viewer, id);
  }

  @Post(':id/fulfil')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Mark a pending redemption fulfilled, with an optional code (stored encrypted) and note for the person (admins; notified; audited)',
  })
  @ApiOkResponse({ type: RedemptionDto })
  @ApiProblems(400, 401, 403, 404, 409)
  fulfil(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string, @Body() dto: FulfilRedemptionDto): Promise<RedemptionDto> {
    return this.redemptions.fulfil(viewer, id, dto);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Decline a pending redemption with a reason: the points return at once, and the item to stock (admins; notified; audited)' })
  @ApiOkResponse({ type: RedemptionDto })
  @ApiProblems(400, 401, 403, 404, 409)
  decline(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string, @Body() dto: DeclineRedemptionDto): Promise<RedemptionDto> {
    return this.redemptions.decline(viewer, id, dto);
  }

  @Post(':id/code')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reveal the code of your fulfilled redemption: shown once (410 `code_already_shown` after that); audited' })
  @ApiOkResponse({ type: RedemptionCodeDto })
  @ApiProblems(400, 401, 404, 410)
  code(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string): Promise<RedemptionCodeDto> {
    return this.redemptions.revealCode(viewer, id);
  }
}
