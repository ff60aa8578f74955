import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { UuidParam } from '../common/uuid-param';
import { CreatedScimTokenDto, CreateScimTokenDto, ScimTokenDto } from './dto/scim-token.dto';
import { ScimTokensService } from './scim-tokens.service';

@ApiTags('scim-tokens')
@ApiBearerAuth()
@Roles('admin')
@Controller('scim-tokens')
export class ScimTokensController {
  constructor(private readonly tokens: ScimTokensService) {}

  @Get()
  @ApiOperation({ summary: 'SCIM tokens (admin): names and when each was last used; never the tokens themselves' })
  @ApiOkResponse({ type: [ScimTokenDto] })
  @ApiProblems(401, 403)
  list(): Promise<ScimTokenDto[]> {
    return this.tokens.list();
  }

  @Post()
  @ApiOperation({ summary: 'Create a SCIM token for an identity provider (admin); the answer shows it once' })
  @ApiCreatedResponse({ type: CreatedScimTokenDto })
  @ApiProblems(400, 401, 403)
  create(@CurrentUser() actor: CurrentEmployee, @Body() dto: CreateScimTokenDto): Promise<CreatedScimTokenDto> {
    return this.tokens.create(actor, dto.name);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a SCIM token (admin): the provider using it is refused from now on' })
  @ApiNoContentResponse({ description: 'Revoked.' })
  @ApiProblems(400, 401, 403, 404)
  async revoke(@CurrentUser() actor: CurrentEmployee, @UuidParam('id') id: string): Promise<void> {
    await this.tokens.revoke(actor, id);
  }
}
