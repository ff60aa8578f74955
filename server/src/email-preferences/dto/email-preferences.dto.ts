import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { EMAIL_KINDS, EMAIL_MODES, EmailKind, EmailMode } from '../email-preference.entity';

export class EmailPreferenceDto {
  @ApiProperty({ enum: EMAIL_KINDS, enumName: 'EmailKind' })
  kind: EmailKind;

  @ApiProperty({ enum: EMAIL_MODES, enumName: 'EmailMode', description: 'immediately, daily (one digest a day) or never.' })
  mode: EmailMode;
}

export class EmailPreferencesDto {
  @ApiProperty({ type: [EmailPreferenceDto], description: 'Every kind, with the default where nothing was chosen.' })
  preferences: EmailPreferenceDto[];
}

export class SetEmailPreferenceDto {
  @ApiProperty({ enum: EMAIL_KINDS, enumName: 'EmailKind' })
  @IsIn(EMAIL_KINDS as unknown as string[], { message: `kind must be one of ${EMAIL_KINDS.join(', ')}` })
  kind: EmailKind;

  @ApiProperty({ enum: EMAIL_MODES, enumName: 'EmailMode' })
  @IsIn(EMAIL_MODES as unknown as string[], { message: `mode must be one of ${EMAIL_MODES.join(', ')}` })
  mode: EmailMode;
}

export class UnsubscribeQueryDto {
  @ApiProperty({ description: 'The token from the unsubscribe link.' })
  @IsString()
  @MaxLength(200)
  token: string;
}

export class UnsubscribedDto {
  @ApiProperty({ enum: EMAIL_KINDS, enumName: 'EmailKind', description: 'The one kind of email that stopped.' })
  kind: EmailKind;

  @ApiProperty({ enum: EMAIL_MODES, enumName: 'EmailMode', example: 'never' })
  mode: EmailMode;
}
