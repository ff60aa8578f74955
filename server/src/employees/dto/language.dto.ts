import { ApiProperty } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';
import { LANGUAGES, Language } from '../employee.entity';

export class SetLanguageDto {
  @ApiProperty({
    enum: LANGUAGES,
    enumName: 'Language',
    nullable: true,
    description: "The language to read the app and email in; null follows the browser's language, else the company default.",
  })
  @ValidateIf((_, value) => value !== null)
  @IsIn(LANGUAGES, { message: `language must be one of ${LANGUAGES.join(', ')}, or null` })
  language: Language | null;
}
