import { Body, Controller, Headers, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { Public } from '../common/auth.decorators';
import type { RequestWithRawBody } from '../common/signed-bodies';
import { SlackInteractionsService } from './slack-interactions.service';

const SIGNED =
  'Called by Slack, signed with the app\'s signing secret (`X-Slack-Signature: v0=<hex HMAC-SHA256 of "v0:<X-Slack-Request-Timestamp>:<raw body>">`); an unsigned, wrongly signed or older than five minutes request is a 401.';
const FORM = { schema: { type: 'object', additionalProperties: { type: 'string' } } };

@ApiTags('slack')
@Public()
@Controller('integrations/slack')
export class SlackIncomingController {
  constructor(private readonly interactions: SlackInteractionsService) {}

  @Post('commands')
  @HttpCode(200)
  @ApiOperation({ summary: 'The /hero slash command: opens the hero-story form in Slack', description: SIGNED })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiBody(FORM)
  @ApiOkResponse({
    description: 'Empty when the form opened; otherwise an ephemeral message for the person.',
    schema: { type: 'object', properties: { response_type: { type: 'string' }, text: { type: 'string' } } },
  })
  @ApiProblems(401, 413, 415)
  command(@Req() request: RequestWithRawBody, @Headers() headers: Record<string, unknown>, @Body() body: Record<string, string>) {
    return this.interactions.command(headers, request.rawBody, body);
  }

  @Post('interactions')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Interactivity: the story form submitted, the Endorse button, and the "Tell a hero story about this" shortcut',
    description: SIGNED,
  })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiBody(FORM)
  @ApiOkResponse({ description: 'Empty, or field errors for the form (`response_action: errors`).', schema: { type: 'object' } })
  @ApiProblems(401, 413, 415)
  interaction(@Req() request: RequestWithRawBody, @Headers() headers: Record<string, unknown>, @Body() body: Record<string, string>) {
    return this.interactions.interaction(headers, request.rawBody, body);
  }
}
