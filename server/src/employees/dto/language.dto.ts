import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { LANGUAGES, Language } from '../employee.entity';

export class SetLanguageDto {
  @ApiProperty({
    enum: LANGUAGES,
    enumName: 'Language',
    description: "The language to read the app and email in (DELETE /api/me/language follows the browser's again).",
  })
  @IsIn(LANGUAGES, { message: `language must be one of ${LANGUAGES.join(', ')}` })
  language: Language;
}
