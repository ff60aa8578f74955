import { Body, Controller, Delete, Get, Header, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { UuidParam } from '../common/uuid-param';
import { ConnectSlackDto, CreateSlackChannelRouteDto, SlackChannelRouteDto, SlackSettingsDto } from './dto/slack.dto';
import { slackAppManifest } from './slack-manifest';
import { SlackService } from './slack.service';

@ApiTags('slack')
@ApiBearerAuth()
@Roles('admin')
@Controller('slack')
export class SlackController {
  constructor(private readonly slack: SlackService) {}

  @Get()
  @ApiOperation({ summary: 'Whether Slack is connected, the request URLs for the Slack app, and the channel routes (admin)' })
  @ApiOkResponse({ type: SlackSettingsDto })
  @ApiProblems(401, 403)
  settings(): Promise<SlackSettingsDto> {
    return this.slack.settings();
  }

  @Get('manifest')
  @Header('Content-Type', 'text/yaml; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="heroics-slack-app-manifest.yml"')
  @ApiOperation({ summary: "The Slack app manifest with this installation's URLs filled in, to paste at api.slack.com/apps (admin)" })
  @ApiProduces('text/yaml')
  @ApiOkResponse({ schema: { type: 'string' } })
  @ApiProblems(401, 403)
  async manifest(): Promise<string> {
    const settings = await this.slack.settings();
    return slackAppManifest(settings.commandsUrl, settings.interactionsUrl);
  }

  @Put()
  @ApiOperation({ summary: "Connect the company's Slack app with its signing secret and bot token; both are sealed and never shown again (admin)" })
  @ApiOkResponse({ type: SlackSettingsDto })
  @ApiProblems(400, 401, 403, 422)
  connect(@CurrentUser() actor: CurrentEmployee, @Body() dto: ConnectSlackDto): Promise<SlackSettingsDto> {
    return this.slack.connect(actor, dto.signingSecret, dto.botToken);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Disconnect Slack: the bot token is revoked and posting stops at once (admin)' })
  @ApiNoContentResponse()
  @ApiProblems(401, 403)
  async disconnect(@CurrentUser() actor: CurrentEmployee): Promise<void> {
    await this.slack.disconnect(actor);
  }

  @Post('routes')
  @ApiOperation({ summary: "Send a department's (or every department's) events to a Slack channel (admin)" })
  @ApiCreatedResponse({ type: SlackChannelRouteDto })
  @ApiProblems(400, 401, 403, 409, 422)
  addRoute(@CurrentUser() actor: CurrentEmployee, @Body() dto: CreateSlackChannelRouteDto): Promise<SlackChannelRouteDto> {
    return this.slack.addRoute(actor, dto);
  }

  @Delete('routes/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Stop sending events to a channel (admin)' })
  @ApiNoContentResponse()
  @ApiProblems(400, 401, 403, 404)
  async removeRoute(@CurrentUser() actor: CurrentEmployee, @UuidParam('id') id: string): Promise<void> {
    await this.slack.removeRoute(actor, id);
  }
}
