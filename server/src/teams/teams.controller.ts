import { Body, Controller, Delete, Get, Headers, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser, Public, Roles } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import type { RequestWithRawBody } from '../common/signed-bodies';
import { UuidParam } from '../common/uuid-param';
import { CreateTeamsChannelDto, CreateTeamsOutgoingWebhookDto, TeamsChannelDto, TeamsSettingsDto } from './dto/teams.dto';
import { TeamsService } from './teams.service';

@ApiTags('teams')
@ApiBearerAuth()
@Roles('admin')
@Controller('teams')
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  @Get()
  @ApiOperation({ summary: 'Teams channels that receive events, and outgoing webhooks (admin)' })
  @ApiOkResponse({ type: TeamsSettingsDto })
  @ApiProblems(401, 403)
  settings(): Promise<TeamsSettingsDto> {
    return this.teams.settings();
  }

  @Post('channels')
  @ApiOperation({ summary: 'Post events to a Teams channel through its Workflows URL (admin)' })
  @ApiCreatedResponse({ type: TeamsChannelDto })
  @ApiProblems(400, 401, 403, 422)
  addChannel(@CurrentUser() actor: CurrentEmployee, @Body() dto: CreateTeamsChannelDto): Promise<TeamsChannelDto> {
    return this.teams.addChannel(actor, dto);
  }

  @Delete('channels/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Stop posting to a Teams channel; queued cards are dropped (admin)' })
  @ApiNoContentResponse()
  @ApiProblems(400, 401, 403, 404)
  async removeChannel(@CurrentUser() actor: CurrentEmployee, @UuidParam('id') id: string): Promise<void> {
    await this.teams.removeChannel(actor, id);
  }

  @Post('outgoing-webhooks')
  @ApiOperation({ summary: "Register a Teams outgoing webhook's security token, so @Heroics in that team is answered (admin)" })
  @ApiCreatedResponse({ type: TeamsSettingsDto })
  @ApiProblems(400, 401, 403)
  addOutgoingWebhook(@CurrentUser() actor: CurrentEmployee, @Body() dto: CreateTeamsOutgoingWebhookDto): Promise<TeamsSettingsDto> {
    return this.teams.addOutgoingWebhook(actor, dto);
  }

  @Delete('outgoing-webhooks/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Forget a Teams outgoing webhook; its requests are refused from now on (admin)' })
  @ApiNoContentResponse()
  @ApiProblems(400, 401, 403, 404)
  async removeOutgoingWebhook(@CurrentUser() actor: CurrentEmployee, @UuidParam('id') id: string): Promise<void> {
    await this.teams.removeOutgoingWebhook(actor, id);
  }
}

@ApiTags('teams')
@Public()
@Controller('integrations/teams')
export class TeamsIncomingController {
  constructor(private readonly teams: TeamsService) {}

  @Post('outgoing')
  @HttpCode(200)
  @ApiOperation({
    summary: '@Heroics in Teams: answered with a card of the latest stories',
    description:
      'Called by a Teams outgoing webhook with `Authorization: HMAC <base64 HMAC-SHA256 of the raw body>` keyed with its security token; anything else is a 401.',
  })
  @ApiBody({ schema: { type: 'object', description: 'The Teams activity that mentioned @Heroics.' } })
  @ApiOkResponse({ description: 'A Teams message with an Adaptive Card.', schema: { type: 'object' } })
  @ApiProblems(401, 413)
  outgoing(@Req() request: RequestWithRawBody, @Headers('authorization') authorization: string | undefined): Promise<object> {
    return this.teams.outgoing(authorization, request.rawBody);
  }
}
