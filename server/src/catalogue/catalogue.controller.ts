import { Body, Controller, Get, Headers, Patch, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser, Public, Roles } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { UuidParam } from '../common/uuid-param';
import { CatalogueItemDto, CatalogueItemPageDto, CreateCatalogueItemDto, ListCatalogueQueryDto, UpdateCatalogueItemDto } from './dto/catalogue.dto';
import { IMAGE_BODY_LIMIT_BYTES, IMAGE_CONTENT_TYPES } from './catalogue-image';
import { CatalogueService } from './catalogue.service';

@ApiTags('catalogue')
@ApiBearerAuth()
@Controller('catalogue')
export class CatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  @Get()
  @ApiOperation({ summary: 'The reward catalogue: live items your department may see, by title (admins: all=true for retired and every department’s)' })
  @ApiOkResponse({ type: CatalogueItemPageDto })
  @ApiProblems(400, 401)
  list(@CurrentUser() viewer: CurrentEmployee, @Query() query: ListCatalogueQueryDto): Promise<CatalogueItemPageDto> {
    return this.catalogue.list(viewer, query);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({
    summary: 'Add an item to the catalogue (admins; audited)',
    description: 'Charity donations list the charities to choose among; other categories list none.',
  })
  @ApiCreatedResponse({ type: CatalogueItemDto })
  @ApiProblems(400, 401, 403, 422)
  create(@CurrentUser() viewer: CurrentEmployee, @Body() dto: CreateCatalogueItemDto): Promise<CatalogueItemDto> {
    return this.catalogue.create(viewer, dto);
  }

  @Get('images/:id')
  @Public()
  @ApiOperation({ summary: 'An item’s picture (WebP re-encoded on upload; public so that <img> can load it)' })
  @ApiProduces('image/webp')
  @ApiOkResponse({ description: 'The picture.', content: { 'image/webp': { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 404, 503)
  async image(@UuidParam('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const image = await this.catalogue.image(id);
    // A new upload gets a new id, so a picture never changes under its URL.
    void reply
      .header('Content-Type', image.contentType)
      .header('Cache-Control', 'public, max-age=31536000, immutable')
      .header('X-Content-Type-Options', 'nosniff');
    return image.bytes;
  }

  @Get(':id')
  @ApiOperation({ summary: 'One catalogue item (404 if it is for other departments)' })
  @ApiOkResponse({ type: CatalogueItemDto })
  @ApiProblems(400, 401, 404)
  get(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string): Promise<CatalogueItemDto> {
    return this.catalogue.get(viewer, id);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Change an item, restock it, or retire it (retired: true) (admins; audited)' })
  @ApiOkResponse({ type: CatalogueItemDto })
  @ApiProblems(400, 401, 403, 404, 422)
  update(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string, @Body() dto: UpdateCatalogueItemDto): Promise<CatalogueItemDto> {
    return this.catalogue.update(viewer, id, dto);
  }

  @Put(':id/image')
  @Roles('admin')
  @ApiOperation({
    summary: 'Upload the item’s picture as the request body (admins)',
    description: `PNG, JPEG, WebP, GIF or AVIF up to ${IMAGE_BODY_LIMIT_BYTES / 1024 / 1024} MiB (413 beyond); decoded and re-encoded as WebP (at most 1200 px a side). Another type is a 415, bytes that are not an image a 422 \`not_an_image\`; with STORAGE_URL set, a bucket that cannot be reached a 503 \`storage_unavailable\` (and nothing changes).`,
  })
  @ApiConsumes(...IMAGE_CONTENT_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: CatalogueItemDto })
  @ApiProblems(400, 401, 403, 404, 413, 422, 503)
  setImage(
    @CurrentUser() viewer: CurrentEmployee,
    @UuidParam('id') id: string,
    @Headers('content-type') contentType: string | undefined,
    @Req() request: FastifyRequest,
  ): Promise<CatalogueItemDto> {
    // The raw body, read from the request rather than through the validation pipe (which walks objects key by key).
    return this.catalogue.setImage(viewer, id, contentType ?? '', request.body);
  }
}
