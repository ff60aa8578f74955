import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsCanonicalUuid } from '../../common/field-decorators';
import { trim } from '../../common/transforms';
import { HELPDESK_KINDS, HelpdeskKind } from '../helpdesk-source.entity';

export class HelpdeskDepartmentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;
}

export class HelpdeskSourceDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Zendesk support' })
  name: string;

  @ApiProperty({ enum: HELPDESK_KINDS })
  kind: HelpdeskKind;

  @ApiProperty({ type: HelpdeskDepartmentDto, description: 'Where a rating goes when its agent is not found by email.' })
  department: HelpdeskDepartmentDto;

  @ApiProperty({ example: 'https://heroics.example.com/api/helpdesk/0b6f…/ratings', description: 'Where the helpdesk sends its ratings.' })
  endpointUrl: string;

  @ApiProperty({ description: 'The last characters of the secret; the secret itself is shown only once.', example: '••••a1b2' })
  secretHint: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  rotatedAt: string | null;
}

export class CreatedHelpdeskSourceDto extends HelpdeskSourceDto {
  @ApiProperty({ description: 'The secret: in this answer only. Copy it into the helpdesk now.' })
  secret: string;
}

export class CreateHelpdeskSourceDto {
  @ApiProperty({ maxLength: 80, example: 'Zendesk support' })
  @Transform(trim)
  @IsString({ message: 'name must be text' })
  @IsNotEmpty({ message: 'name is required' })
  @MaxLength(80, { message: 'name must be at most 80 characters' })
  name: string;

  @ApiProperty({ enum: HELPDESK_KINDS })
  @IsIn(HELPDESK_KINDS, { message: `kind must be one of ${HELPDESK_KINDS.join(', ')}` })
  kind: HelpdeskKind;

  @ApiProperty({ format: 'uuid', description: 'The department its ratings go to when the agent is not found by email.' })
  @IsCanonicalUuid('all', { message: 'departmentId must be a department id' })
  departmentId: string;
}

/** The body a helpdesk trigger sends (documentation: the endpoint reads and checks it itself, after the signature). */
export class HelpdeskRatingDto {
  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'integer' }],
    example: 'good',
    description: "'good', 'satisfied', or a score of 4 or 5 out of 5; any other rating is accepted and ignored.",
  })
  rating: string | number;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: "The customer's comment; one longer than 1,500 characters is cut (not refused), as a trigger cannot resend it shorter.",
  })
  comment?: string | null;

  @ApiProperty({ maxLength: 500, example: 'https://acme.zendesk.com/agent/tickets/4512', description: 'An http(s) link to the ticket.' })
  ticketUrl: string;

  @ApiProperty({ maxLength: 100, example: '4512', description: 'The ticket: one compliment per ticket and source, however often it is sent.' })
  ticketId: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 254, description: 'The agent: the compliment goes to their department (else the source’s).' })
  agentEmail?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'The customer’s name as the helpdesk has it; cut to 60 characters.' })
  customerName?: string | null;
}

export class HelpdeskRatingReceiptDto {
  @ApiProperty({
    enum: ['received', 'already_received', 'ignored'],
    description: 'received: in the inbox; already_received: this ticket was sent before; ignored: not a good rating.',
  })
  status: 'received' | 'already_received' | 'ignored';
}
