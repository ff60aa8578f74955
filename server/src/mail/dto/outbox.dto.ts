import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, MaxLength } from 'class-validator';
import { IsOptionalNonNull } from '../../common/field-decorators';
import { CursorPageQueryDto } from '../../common/dto/cursor-page-query.dto';

export class ListOutboxQueryDto extends CursorPageQueryDto {
  @ApiPropertyOptional({ format: 'email', description: 'Only the mail to this address.' })
  @IsOptionalNonNull()
  @IsEmail({}, { message: 'to must be an email address' })
  @MaxLength(254)
  to?: string;
}

export class OutboxMessageDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'invitation', description: 'What the email is: invitation, password_reset, named_hero, …' })
  kind: string;

  @ApiProperty({ format: 'email' })
  to: string;

  @ApiProperty({ example: 'You are invited to Larkspur on Heroics' })
  subject: string;

  @ApiProperty({ description: 'The HTML part as it would have been sent (show it in a sandboxed frame).' })
  html: string;

  @ApiProperty({ description: 'The plain-text part.' })
  text: string;

  @ApiProperty({ type: String, nullable: true, description: 'The List-Unsubscribe address, for mail that is not transactional.' })
  listUnsubscribe: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class OutboxPageDto {
  @ApiProperty({ type: [OutboxMessageDto] })
  items: OutboxMessageDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;

  @ApiProperty({ description: 'False: there is no SMTP_URL, so email goes to this outbox instead of being delivered.' })
  delivering: boolean;
}
