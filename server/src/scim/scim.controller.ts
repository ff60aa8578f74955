import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../common/auth.decorators';
import { stackedDecorators } from '../common/stacked-decorators';
import { ScimErrorFilter, SCIM_CONTENT_TYPE } from './scim-error.filter';
import { resourceTypes, schemas, serviceProviderConfig } from './scim-discovery';
import { ScimGroupsService } from './scim-groups.service';
import { ScimTokenGuard } from './scim-token.guard';
import { ScimCaller } from './scim-tokens.service';
import { ScimUsersService } from './scim-users.service';

type ScimRequest = FastifyRequest & { scimCaller: ScimCaller };
const RESOURCE = { description: 'A SCIM resource (application/scim+json).', schema: { type: 'object', additionalProperties: true } };
const SCIM_BODY = ApiBody({
  schema: { type: 'object', additionalProperties: true },
  description: 'A SCIM resource or PatchOp; attributes Heroics does not keep are ignored.',
});
const scimError = (status: number) => ApiResponse({ status, description: 'A SCIM error: schemas, status, scimType, detail.' });
/**
 * The OpenAPI of one SCIM operation: its summary, the `:id` parameter, the query parameters (optional strings) and the SCIM body where it takes them, the
 * resource it answers with (201 where it creates one) and the SCIM errors (400, 401, 404, 409) it may give.
 */
const ScimOperation = (summary: string, errors: number[], { id = false, queries = [] as string[], body = false, created = false } = {}) =>
  stackedDecorators(
    ...(created ? [HttpCode(201)] : []),
    ApiOperation({ summary }),
    ...(id ? [ApiParam({ name: 'id', type: String })] : []),
    ...queries.map((name) => ApiQuery({ name, required: false, type: String })),
    ...(body ? [SCIM_BODY] : []),
    created ? ApiResponse({ status: 201, ...RESOURCE }) : ApiOkResponse(RESOURCE),
    ...errors.map(scimError),
  );
const baseOf = (request: FastifyRequest) => `${request.protocol}://${request.host}/scim/v2`;
const scim = (reply: FastifyReply) => void reply.header('Content-Type', SCIM_CONTENT_TYPE);

/**
 * SCIM 2.0 (RFC 7643/7644) for identity providers. Outside the /api prefix, authenticated by SCIM tokens only
 * (the session guard steps aside with @Public; ScimTokenGuard takes its place), answering in SCIM's own shapes.
 */
@ApiTags('scim')
@ApiBearerAuth('scim-token')
@Public()
@UseGuards(ScimTokenGuard)
@UseFilters(ScimErrorFilter)
@Controller('scim/v2')
export class ScimController {
  constructor(
    private readonly users: ScimUsersService,
    private readonly groups: ScimGroupsService,
  ) {}

  @Get('ServiceProviderConfig')
  @ApiOperation({ summary: 'SCIM: what this service provider supports' })
  @ApiOkResponse(RESOURCE)
  @ApiResponse({ status: 401, description: 'A SCIM error.' })
  config(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    scim(reply);
    return serviceProviderConfig(baseOf(request));
  }

  @Get('ResourceTypes')
  @ApiOperation({ summary: 'SCIM: the resource types (User, Group)' })
  @ApiOkResponse(RESOURCE)
  @ApiResponse({ status: 401, description: 'A SCIM error.' })
  resourceTypes(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    scim(reply);
    return resourceTypes(baseOf(request));
  }

  @Get('Schemas')
  @ApiOperation({ summary: 'SCIM: the schemas and the attributes Heroics keeps' })
  @ApiOkResponse(RESOURCE)
  @ApiResponse({ status: 401, description: 'A SCIM error.' })
  schemas(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    scim(reply);
    return schemas(baseOf(request));
  }

  @Get('Users')
  @ScimOperation('SCIM: list or look up users (`userName eq` / `externalId eq` filters; startIndex and count, at most 200)', [400, 401], {
    queries: ['filter', 'startIndex', 'count'],
  })
  listUsers(@Query() query: Record<string, string>, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    scim(reply);
    return this.users.list(baseOf(request), { filter: str(query.filter), startIndex: str(query.startIndex), count: str(query.count) });
  }

  @Get('Users/:id')
  @ScimOperation('SCIM: one user', [401, 404], { id: true })
  getUser(@Param('id') id: string, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    scim(reply);
    return this.users.get(baseOf(request), id);
  }

  @Post('Users')
  @ScimOperation('SCIM: provision a user (an employee, as staff)', [400, 401, 409], { body: true, created: true })
  createUser(@Body() body: unknown, @Req() request: ScimRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    scim(reply);
    return this.users.create(request.scimCaller, baseOf(request), body);
  }

  @Put('Users/:id')
  @ScimOperation('SCIM: replace a user', [400, 401, 404, 409], { id: true, body: true })
  replaceUser(@Param('id') id: string, @Body() body: unknown, @Req() request: ScimRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    scim(reply);
    return this.users.replace(request.scimCaller, baseOf(request), id, body);
  }

  @Patch('Users/:id')
  @ScimOperation("SCIM: change a user (Okta's and Entra ID's PatchOp shapes); `active: false` records a departure", [400, 401, 404, 409], {
    id: true,
    body: true,
  })
  patchUser(@Param('id') id: string, @Body() body: unknown, @Req() request: ScimRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    scim(reply);
    return this.users.patch(request.scimCaller, baseOf(request), id, body);
  }

  @Delete('Users/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'SCIM: remove a user — recorded as a departure; their history stays' })
  @ApiParam({ name: 'id', type: String })
  @ApiResponse({ status: 204, description: 'Departure recorded.' })
  @scimError(401)
  @scimError(404)
  async deleteUser(@Param('id') id: string, @Req() request: ScimRequest): Promise<void> {
    await this.users.remove(request.scimCaller, id);
  }

  @Get('Groups')
  @ScimOperation('SCIM: list or look up groups (departments; `displayName eq` filter)', [400, 401], {
    queries: ['filter', 'startIndex', 'count', 'excludedAttributes'],
  })
  listGroups(@Query() query: Record<string, string>, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    scim(reply);
    return this.groups.list(baseOf(request), {
      filter: str(query.filter),
      startIndex: str(query.startIndex),
      count: str(query.count),
      excludedAttributes: str(query.excludedAttributes),
    });
  }

  @Get('Groups/:id')
  @ScimOperation('SCIM: one group (a department) with its members', [401, 404], { id: true, queries: ['excludedAttributes'] })
  getGroup(@Param('id') id: string, @Query() query: Record<string, string>, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    scim(reply);
    return this.groups.get(baseOf(request), id, str(query.excludedAttributes));
  }

  @Post('Groups')
  @ScimOperation('SCIM: push a group — the department of that name (created if new); members move into it', [400, 401], { body: true, created: true })
  createGroup(@Body() body: unknown, @Req() request: ScimRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    scim(reply);
    return this.groups.create(request.scimCaller, baseOf(request), body);
  }

  @Patch('Groups/:id')
  @ScimOperation('SCIM: rename a group or add members (they move into that department)', [400, 401, 404, 409], { id: true, body: true })
  patchGroup(@Param('id') id: string, @Body() body: unknown, @Req() request: ScimRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    scim(reply);
    return this.groups.patch(request.scimCaller, baseOf(request), id, body);
  }
}

/** Query values are strings; a repeated parameter (an array) counts as absent rather than failing. */
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
