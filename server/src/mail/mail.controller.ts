import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { Roles } from '../common/auth.decorators';
import { decodeCursor, keysetPage } from '../common/cursor';
import { DomainError } from '../common/domain-error';
import { ListOutboxQueryDto, OutboxPageDto } from './dto/outbox.dto';
import { MailRepository } from './mail.repository';
import { MailService } from './mail.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@ApiTags('mail')
@ApiBearerAuth()
@Roles('admin')
@Controller('outbox')
export class MailController {
  constructor(
    private readonly mail: MailRepository,
    private readonly sender: MailService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The outbox: every email that went here instead of a mail server (no SMTP_URL), newest first (admin)' })
  @ApiOkResponse({ type: OutboxPageDto })
  @ApiProblems(400, 401, 403)
  async list(@Query() query: ListOutboxQueryDto): Promise<OutboxPageDto> {
    const limit = query.limit ?? 20;
    let after: [string, string] | undefined;
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor, 2);
      if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof id !== 'string' || !UUID.test(id)) {
        throw new DomainError('bad_request', 'invalid_cursor', 'cursor is not a cursor this API returned', 'cursor');
      }
      after = [at, id];
    }
    const page = keysetPage(await this.mail.outboxPage(limit + 1, { recipient: query.to }, after), limit, (r) => [new Date(r.createdAt).toISOString(), r.id]);
    return {
      items: page.rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        to: r.recipient,
        subject: r.subject,
        html: r.html,
        text: r.text,
        listUnsubscribe: r.listUnsubscribe,
        createdAt: new Date(r.createdAt).toISOString(),
      })),
      nextCursor: page.nextCursor,
      delivering: this.sender.delivers,
    };
  }
}
