import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar';
import { IsCanonicalUuid, IsOptionalNonNull } from '../../common/field-decorators';
import { queryInteger } from '../../common/transforms';
import {
  AUDIT_ACTIONS,
  AUDIT_SUBJECT_TYPES,
  auditActionLabel,
  auditActorName,
  auditChanges,
  auditSubjectLabel,
  redactAuditValues,
  type AuditAction,
  type AuditSubjectType,
} from '../audit.policy';
import type { AuditRow } from '../audit.repository';

export const MAX_AUDIT_PAGE = 100;

/** What the listing and the export are narrowed to; every filter is optional and they combine with AND. */
export class AuditFilterQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only what this person did.' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'actorId must be a UUID' })
  actorId?: string;

  @ApiPropertyOptional({
    enum: AUDIT_ACTIONS,
    enumName: 'AuditAction',
    isArray: true,
    description: 'Only these kinds of action (repeat the parameter for several).',
  })
  @IsOptionalNonNull()
  @Transform(({ value }) => (Array.isArray(value) ? value : [value]))
  @ArrayMaxSize(AUDIT_ACTIONS.length, { message: `action may be given at most ${AUDIT_ACTIONS.length} times` })
  @IsIn(AUDIT_ACTIONS, { each: true, message: 'action must be one of the action kinds listed by GET /api/audit/actions' })
  action?: AuditAction[];

  @ApiPropertyOptional({ enum: AUDIT_SUBJECT_TYPES, enumName: 'AuditSubjectType', description: 'Only entries about this kind of record.' })
  @IsOptionalNonNull()
  @IsIn(AUDIT_SUBJECT_TYPES, { message: `subjectType must be one of ${AUDIT_SUBJECT_TYPES.join(', ')}` })
  subjectType?: AuditSubjectType;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only entries about this record (a person’s id: what was done to them).' })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'subjectId must be a UUID' })
  subjectId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'On or after this day (company time zone).' })
  @IsOptionalNonNull()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'On or before this day (company time zone).' })
  @IsOptionalNonNull()
  @IsCalendarDate()
  to?: string;
}

export class AuditQueryDto extends AuditFilterQueryDto {
  @ApiPropertyOptional({ maxLength: 500, description: 'The nextCursor of the previous page.' })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(500)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_AUDIT_PAGE, default: 50 })
  @IsOptionalNonNull()
  @Transform(queryInteger)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(MAX_AUDIT_PAGE)
  limit?: number;
}

export class AuditActorDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null when Heroics or an identity provider made the change.' })
  id: string | null;

  @ApiProperty({ example: 'Helen Ramirez', description: 'The person, or "Identity provider (scim)", or "Heroics (automatic)".' })
  name: string;
}

export class AuditSubjectDto {
  @ApiProperty({ enum: AUDIT_SUBJECT_TYPES, enumName: 'AuditSubjectType' })
  type: string;

  @ApiProperty({ example: 'Person', description: 'The kind of record in words.' })
  typeLabel: string;

  @ApiProperty({ description: 'The record’s id (a UUID).' })
  id: string;

  @ApiProperty({ type: String, nullable: true, example: 'Grace Okafor', description: 'Its name or title now, when it has one and still exists.' })
  name: string | null;
}

export class AuditChangeDto {
  @ApiProperty({ example: 'points' })
  field: string;

  @ApiProperty({ type: String, nullable: true, example: '1000', description: 'Text, or JSON for a number, list or object; null when not recorded.' })
  before: string | null;

  @ApiProperty({ type: String, nullable: true, example: '1250' })
  after: string | null;
}

export class AuditEntryDto {
  @ApiProperty({ example: '1042' })
  id: string;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ type: AuditActorDto })
  actor: AuditActorDto;

  @ApiProperty({ enum: AUDIT_ACTIONS, enumName: 'AuditAction' })
  action: string;

  @ApiProperty({ example: 'Topped up a quarterly reward budget' })
  actionLabel: string;

  @ApiProperty({ type: AuditSubjectDto })
  subject: AuditSubjectDto;

  @ApiProperty({ type: () => [AuditChangeDto], description: 'The recorded values, before and after, one per field (secrets redacted).' })
  changes: AuditChangeDto[];
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] })
  items: AuditEntryDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page; null at the end.' })
  nextCursor: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'How many entries match, counted up to 1,000 (see countCapped); on the first page only.' })
  count: number | null;

  @ApiProperty({ description: 'true when more entries match than count says.' })
  countCapped: boolean;
}

export class AuditActionOptionDto {
  @ApiProperty({ enum: AUDIT_ACTIONS, enumName: 'AuditAction' })
  action: AuditAction;

  @ApiProperty({ example: 'Set a quarterly reward budget' })
  label: string;
}

export function toAuditEntryDto(row: AuditRow): AuditEntryDto {
  return {
    id: row.id,
    at: new Date(row.createdAt).toISOString(),
    actor: { id: row.actorId, name: auditActorName(row.actorName, row.after) },
    action: row.action,
    actionLabel: auditActionLabel(row.action),
    subject: { type: row.subjectType, typeLabel: auditSubjectLabel(row.subjectType), id: row.subjectId, name: row.subjectName },
    changes: auditChanges(redactAuditValues(row.before), redactAuditValues(row.after)),
  };
}
