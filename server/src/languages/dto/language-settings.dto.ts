import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { LANGUAGES, type Language } from '../../common/languages';

export class LanguageSettingsDto {
  @ApiProperty({ enum: LANGUAGES, enumName: 'Language', isArray: true, description: 'The languages the app speaks.' })
  languages: Language[];

  @ApiProperty({
    enum: LANGUAGES,
    enumName: 'Language',
    description: "The company's default: for people who chose no language and whose browser speaks none of these.",
  })
  defaultLanguage: Language;
}

export class UpdateLanguageSettingsDto {
  @ApiProperty({ enum: LANGUAGES, enumName: 'Language' })
  @IsIn(LANGUAGES, { message: `defaultLanguage must be one of ${LANGUAGES.join(', ')}` })
  defaultLanguage: Language;
}
