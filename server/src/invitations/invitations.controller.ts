import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser, Public, Roles } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { DomainError } from '../common/domain-error';
import { UuidParam } from '../common/uuid-param';
import { AcceptInvitationDto, BulkInvitationResultDto, InvitationDto, InvitationLinkDto } from './dto/invitation.dto';
import { InvitationsService } from './invitations.service';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

function checkedToken(token: string): string {
  if (!TOKEN.test(token)) throw new DomainError('bad_request', 'invalid_token', 'token is not an invitation token', 'token');
  return token;
}

@ApiTags('invitations')
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post('employees/:id/invitations')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Create a one-time link for the employee to set a password (admin)' })
  @ApiCreatedResponse({ type: InvitationLinkDto })
  @ApiProblems(400, 401, 403, 404, 422)
  invite(@CurrentUser() actor: CurrentEmployee, @UuidParam('id') id: string): Promise<InvitationLinkDto> {
    return this.invitations.invite(actor, id);
  }

  @Post('invitations/bulk')
  @Roles('admin')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Invite everyone not yet invited: active people with no password and no open invitation get an email (admin)' })
  @ApiOkResponse({ type: BulkInvitationResultDto })
  @ApiProblems(401, 403)
  inviteEveryone(@CurrentUser() actor: CurrentEmployee): Promise<BulkInvitationResultDto> {
    return this.invitations.inviteEveryoneNotInvited(actor);
  }

  @Get('invitations/:token')
  @Public()
  @ApiParam({ name: 'token', description: 'The token from the invitation link.' })
  @ApiOperation({ summary: 'Who an invitation is for (the set-password page shows it)' })
  @ApiOkResponse({ type: InvitationDto })
  @ApiProblems(400, 404, 410)
  describe(@Param('token') token: string): Promise<InvitationDto> {
    return this.invitations.describe(checkedToken(token));
  }

  @Post('invitations/:token/accept')
  @Public()
  @HttpCode(204)
  @ApiParam({ name: 'token', description: 'The token from the invitation link.' })
  @ApiOperation({ summary: 'Set a password with an invitation; the link is used up' })
  @ApiNoContentResponse({ description: 'Password set; sign in with it.' })
  @ApiProblems(400, 404, 410)
  accept(@Param('token') token: string, @Body() dto: AcceptInvitationDto): Promise<void> {
    return this.invitations.accept(checkedToken(token), dto);
  }
}
