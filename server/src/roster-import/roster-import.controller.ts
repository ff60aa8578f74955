import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { WriteLimit } from '../rate-limits/write-limit.guard';
import { ApiProblems } from '../common/api-problems';
import { csvAttachment } from '../common/csv';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { RosterImportQueryDto, RosterImportReportDto } from './dto/roster-import.dto';
import { ROSTER_COLUMNS } from './roster-csv';
import { RosterImportService } from './roster-import.service';

const FORMAT =
  `Columns (header row, any order, case and spaces ignored): ${ROSTER_COLUMNS.join(', ')}. name, email, department and hiredOn are required. ` +
  'People are matched by email (case-insensitive); a column left out of the file leaves that field as it is, and people not in the file are untouched. ' +
  'Dates are YYYY-MM-DD calendar days, not in the future; leftOn (last day) not before hiredOn, with leaveReason voluntary, involuntary or other ' +
  '(or a word for one: resigned, retired, quit = voluntary; terminated, dismissed, fired, laid off, redundancy, end of contract = involuntary; ' +
  'deceased, mutual agreement = other). ' +
  'managerEmail names someone in the file or on the roster; a current employee needs a current manager. Role blank = staff for new people, unchanged otherwise. ' +
  'A cell starting with an apostrophe before = + - @ loses the apostrophe (the export adds it against formula injection). At most 20,000 rows and 5 MiB.';

@ApiTags('employees')
@ApiBearerAuth()
@Roles('admin')
@Controller('employees')
export class RosterImportController {
  constructor(private readonly roster: RosterImportService) {}

  @Post('import')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Import the roster from CSV: a dry run with per-row errors, or apply=true to apply every row in one transaction (admin)',
    description:
      `${FORMAT} The file is UTF-8 (a byte-order mark is fine; other encodings are refused with 400 roster_not_utf8), separated by commas, semicolons or tabs (the header row tells which). ` +
      'Columns that are none of ours are ignored and listed in ignoredColumns, unless map reads one as ours; DD/MM/YYYY or MM/DD/YYYY dates need dateFormat. ' +
      `Unknown departments are errors unless createDepartments=true. With apply=true and any row in error, nothing is written and the answer is a 422 ` +
      'whose errors[] name each field as row[N].column and whose `report` is the dry-run report.',
  })
  @ApiConsumes('text/csv')
  @ApiBody({
    schema: { type: 'string', example: `${ROSTER_COLUMNS.join(',')}\nAva Chen,ava.chen@example.com,Shoes,staff,Shoe Fitter,manager@example.com,2024-03-18,,` },
  })
  @ApiOkResponse({ type: RosterImportReportDto })
  @ApiProblems(400, 401, 403, 409, 413, 422, 429)
  @WriteLimit('imports')
  import(@CurrentUser() actor: CurrentEmployee, @Query() query: RosterImportQueryDto, @Body() body: string): Promise<RosterImportReportDto> {
    return this.roster.import(actor, body, query);
  }

  @Get('export')
  @ApiOperation({ summary: 'The whole roster as CSV in the import format, leavers included (admin)', description: FORMAT })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The roster CSV.', content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiProblems(401, 403)
  async export(@CurrentUser() actor: CurrentEmployee, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const { filename, csv } = await this.roster.export(actor);
    return csvAttachment(reply, filename, csv);
  }
}
