import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { Public, Roles } from '../common/auth.decorators';
import { LANGUAGES } from '../common/languages';
import { LanguageSettingsDto, UpdateLanguageSettingsDto } from './dto/language-settings.dto';
import { LanguagesRepository } from './languages.repository';

@ApiTags('languages')
@Controller('language-settings')
export class LanguagesController {
  constructor(private readonly repository: LanguagesRepository) {}

  /** Public: the sign-in page shows itself in the company's default before anyone signs in. */
  @Get()
  @Public()
  @ApiOperation({ summary: "The languages the app speaks and the company's default" })
  @ApiOkResponse({ type: LanguageSettingsDto })
  async get(): Promise<LanguageSettingsDto> {
    return { languages: [...LANGUAGES], defaultLanguage: await this.repository.defaultLanguage() };
  }

  @Put()
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: "Set the company's default language (admin)" })
  @ApiOkResponse({ type: LanguageSettingsDto })
  @ApiProblems(400, 401, 403)
  async set(@Body() dto: UpdateLanguageSettingsDto): Promise<LanguageSettingsDto> {
    await this.repository.setDefaultLanguage(dto.defaultLanguage);
    return this.get();
  }
}
