import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser, Public } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { EmailPreferencesDto, SetEmailPreferenceDto, UnsubscribedDto, UnsubscribeQueryDto } from './dto/email-preferences.dto';
import { EmailPreferencesService } from './email-preferences.service';

@ApiTags('email-preferences')
@Controller()
export class EmailPreferencesController {
  constructor(private readonly preferences: EmailPreferencesService) {}

  @Get('me/email-preferences')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Which emails I get, per kind: immediately, daily digest or never' })
  @ApiOkResponse({ type: EmailPreferencesDto })
  @ApiProblems(401)
  mine(@CurrentUser() viewer: CurrentEmployee): Promise<EmailPreferencesDto> {
    return this.preferences.mine(viewer);
  }

  @Put('me/email-preferences')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Choose how I get one kind of email' })
  @ApiOkResponse({ type: EmailPreferencesDto })
  @ApiProblems(400, 401)
  set(@CurrentUser() viewer: CurrentEmployee, @Body() dto: SetEmailPreferenceDto): Promise<EmailPreferencesDto> {
    return this.preferences.set(viewer, dto);
  }

  @Post('email-preferences/unsubscribe')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Stop one kind of email with the signed token from its unsubscribe link (no sign-in; RFC 8058 one-click POST)',
    description:
      'Mail clients POST here with the body `List-Unsubscribe=One-Click`; the token is in the query string. Only that kind of email changes, to never.',
  })
  @ApiOkResponse({ type: UnsubscribedDto })
  @ApiProblems(400)
  unsubscribe(@Query() query: UnsubscribeQueryDto): Promise<UnsubscribedDto> {
    return this.preferences.unsubscribe(query.token);
  }
}
