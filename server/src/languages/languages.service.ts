import { Injectable } from '@nestjs/common';
import type { Language } from '../common/languages';
import { LanguagesRepository } from './languages.repository';

/** What other modules may know of the company's languages: its default (public pages speak it when nothing else says). */
@Injectable()
export class LanguagesService {
  constructor(private readonly repository: LanguagesRepository) {}

  defaultLanguage(): Promise<Language> {
    return this.repository.defaultLanguage();
  }
}
