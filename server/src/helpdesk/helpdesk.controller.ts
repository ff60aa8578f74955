import { Body, Controller, Delete, Get, Headers, HttpCode, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser, Public, Roles } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import type { RequestWithRawBody } from '../common/signed-bodies';
import { UuidParam } from '../common/uuid-param';
import { CreatedHelpdeskSourceDto, CreateHelpdeskSourceDto, HelpdeskRatingDto, HelpdeskRatingReceiptDto, HelpdeskSourceDto } from './dto/helpdesk.dto';
import { HelpdeskService } from './helpdesk.service';

@ApiTags('helpdesk')
@ApiBearerAuth()
@Roles('admin')
@Controller('helpdesk-sources')
export class HelpdeskSourcesController {
  constructor(private readonly helpdesk: HelpdeskService) {}

  @Get()
  @ApiOperation({ summary: 'Helpdesks that send good satisfaction ratings in (admin)' })
  @ApiOkResponse({ type: [HelpdeskSourceDto] })
  @ApiProblems(401, 403)
  list(): Promise<HelpdeskSourceDto[]> {
    return this.helpdesk.list();
  }

  @Post()
  @ApiOperation({ summary: 'Add a helpdesk source (admin). The secret is in this answer only. Audited.' })
  @ApiCreatedResponse({ type: CreatedHelpdeskSourceDto })
  @ApiProblems(400, 401, 403)
  create(@CurrentUser() actor: CurrentEmployee, @Body() dto: CreateHelpdeskSourceDto): Promise<CreatedHelpdeskSourceDto> {
    return this.helpdesk.create(actor, dto);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({ summary: 'Give a helpdesk source a new secret; the old one stops working at once (admin). Audited.' })
  @ApiOkResponse({ type: CreatedHelpdeskSourceDto })
  @ApiProblems(400, 401, 403, 404)
  rotate(@CurrentUser() actor: CurrentEmployee, @UuidParam('id') id: string): Promise<CreatedHelpdeskSourceDto> {
    return this.helpdesk.rotate(actor, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a helpdesk source; its compliments stay in the inbox (admin). Audited.' })
  @ApiNoContentResponse()
  @ApiProblems(400, 401, 403, 404)
  async remove(@CurrentUser() actor: CurrentEmployee, @UuidParam('id') id: string): Promise<void> {
    await this.helpdesk.remove(actor, id);
  }
}

@ApiTags('helpdesk')
@Public()
@Controller('helpdesk')
export class HelpdeskRatingsController {
  constructor(private readonly helpdesk: HelpdeskService) {}

  @Post(':sourceId/ratings')
  @HttpCode(202)
  @ApiOperation({
    summary: 'A helpdesk sends a satisfaction rating: a good one lands in the compliment inbox for a manager to confirm',
    description:
      'No sign-in. Prove the source’s secret with `X-Heroics-Signature: sha256=<hex HMAC-SHA256 of "<X-Heroics-Timestamp>.<raw body>">` and ' +
      '`X-Heroics-Timestamp: <unix seconds>` (within five minutes), or, for helpdesks that cannot sign, `X-Heroics-Token: <secret>` over HTTPS. ' +
      'A rating that is not good is answered 202 `ignored`; a ticket sent again is 202 `already_received`.',
  })
  @ApiBody({ type: HelpdeskRatingDto })
  @ApiAcceptedResponse({ type: HelpdeskRatingReceiptDto })
  @ApiProblems(400, 401, 404, 413)
  receive(
    @UuidParam('sourceId') sourceId: string,
    @Req() request: RequestWithRawBody,
    @Headers('x-heroics-signature') signature: string | undefined,
    @Headers('x-heroics-timestamp') timestamp: string | undefined,
    @Headers('x-heroics-token') token: string | undefined,
  ): Promise<HelpdeskRatingReceiptDto> {
    return this.helpdesk.receive(sourceId, { rawBody: request.rawBody ?? '', heroicsSignature: signature, heroicsTimestamp: timestamp, token }, request.body);
  }
}
