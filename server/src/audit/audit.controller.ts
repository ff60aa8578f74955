import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems } from '../common/api-problems';
import { Roles } from '../common/auth.decorators';
import { csvAttachment } from '../common/csv';
import { AuditService } from './audit.service';
import { AuditActionOptionDto, AuditFilterQueryDto, AuditPageDto, AuditQueryDto } from './dto/audit.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({
    summary: 'The audit log: who did what, when, newest first, filtered (admins)',
    description: 'Keyset pages (pass nextCursor as cursor). from/to are days in the company time zone; 400 `empty_range` when from is after to.',
  })
  @ApiOkResponse({ type: AuditPageDto })
  @ApiProblems(400, 401, 403)
  list(@Query() query: AuditQueryDto): Promise<AuditPageDto> {
    return this.audit.list(query);
  }

  @Get('actions')
  @Roles('admin')
  @ApiOperation({ summary: 'Every kind of audited action with its description, for filters (admins)' })
  @ApiOkResponse({ type: [AuditActionOptionDto] })
  @ApiProblems(401, 403)
  actions(): AuditActionOptionDto[] {
    return this.audit.actions();
  }

  @Get('export')
  @Roles('admin')
  @ApiOperation({
    summary: 'The audit log as CSV with the same filters, newest first (admins)',
    description: 'At most 50,000 entries: 422 `export_too_large` asks to narrow the dates or filters.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The CSV.', content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiProblems(400, 401, 403, 422)
  async export(@Query() query: AuditFilterQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const { filename, csv } = await this.audit.export(query);
    return csvAttachment(reply, filename, csv);
  }
}
